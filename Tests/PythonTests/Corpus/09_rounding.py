# round(): banker's rounding, ndigits positive/negative, floats that are not what they look like
print(round(2.5), round(3.5), round(0.5), round(1.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0))
print(round(1234.5678, -2), round(1234.5678, 2), round(1234.5678, 0), round(1250, -2), round(1350, -2))
print(round(-1234.5678, -1), round(5.5), round(6.5), round(-6.5), round(0.49999999999999994))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(7), round(-7), round(7, -1), round(-75, -1), round(-85, -1), round(123, 5))
print(round(1e20), round(1.23456789e10, 3), round(0.1 + 0.2, 2), round(1 / 3, 5))
print(round(3.14159, 4), round(2.71828, 3), round(-0.0001, 2), round(0.0, 3))
for v in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]:
    print(v, round(v, 1), f"{v:.1f}", "%.1f" % v)
for v in range(-6, 7):
    h = v + 0.5
    print(h, round(h), int(h), h // 1)
print([round(x / 8, 2) for x in range(9)])
print([round(x * 0.1, 1) for x in range(12)])
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-0.5, 0), round(0.5, 0))
print(round(1e300, -300), round(99.99, 1), round(99.95, 1), round(9.995, 2))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f} {1e-7:.3f}")
print("%.0f %.0f %.3f %.1f" % (2.5, 3.5, 1.0005, 0.25))
print(round(True), round(False, 2), round(-1), round(5, 0))
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float('nan'))
except ValueError as e:
    print("ValueError:", e)
print(round(float('inf'), 2), round(float('nan'), 1))
