# float arithmetic: floor division and modulo signs, mixed int/float, comparisons
print(7 // 2.0, -7 // 2.0, 7 // -2.0, -7.5 // 2, 7.5 // -2)
print(-7 // 2, -7 % 3, 7 % -3, 5.5 % 2, -5.5 % 2, 5.5 % -2, -5.5 % -2)
print(7.0 % 3, -7.0 % 3, 0.0 % 5, -0.0 % 5, 6.0 % 3, -6.0 % 3)
print(10 / 4, 10 // 4, 10 % 4, 10.0 / 4, 9 / 3, type(9 / 3).__name__)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(1.0, 0.1))
print(1.0 // 0.1, 1.0 % 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(2 ** 0.5, 2.0 ** 3, 4 ** 0.5, 8 ** (1 / 3), 2 ** -2, 10.0 ** -3, (-8.0) ** 3)
print(pow(2.0, 10), pow(2, 0.5), pow(1.5, 2), 0.0 ** 0, 1.0 ** 1e308)
print(1 + 2.0, 3 - 1.5, 2 * 2.5, 1 + True + 0.5, 3 * 0.1, 0.1 * 3)
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 2.0 ** 1023, 2 ** 1023 * 1.0)
try:
    print(2.0 ** 1024)
except OverflowError as e:
    print("OverflowError caught for 2.0 ** 1024")
try:
    print(10.0 ** 400)
except ArithmeticError as e:
    print(type(e).__name__, "caught for 10.0 ** 400")
try:
    print(2 ** 2000 / 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
print(3 < 3.5, 3.5 <= 3, 2 == 2.0, 2 != 2.000001, -1.0 < 0 < 1.0, 0.1 + 0.2 > 0.3)
print(abs(-3.5), abs(3.5), -(-2.5), +(-2.5), round(-3.5), round(3.45, 1))
x = 0.0
for i in range(1, 101):
    x += 1 / i
print("harmonic(100):", x)
y = 1.0
for i in range(30):
    y = y * 1.1
print("1.1**30 by loop:", y, "direct:", 1.1 ** 30)
n = 17
print(n / 3, n // 3, n % 3, n / 3.0, n // 3.0, n % 3.0, -n / 3, -n // 3.0, -n % 3.0)
vals = [3.7, -3.7, 3.2, -3.2, 0.5, -0.5, 1e10 + 0.5]
for v in vals:
    print(v, int(v), v // 1, v % 1, -v // 1)
c = 10
c += 2.5
print(c, type(c).__name__)
c -= 0.5
c *= 2
c /= 4
print(c)
c //= 2
print(c)
c **= 3
print(c)
c %= 5
print(c)
temps_c = [-40, 0, 36.6, 100, 37.5]
for t in temps_c:
    f = t * 9 / 5 + 32
    print(f"{t}C = {f}F = {round(f, 1)}F")
items = [19.99, 5.01, 0.1, 100.0, 3.333]
total = 0
for it in items:
    total += it
print("total:", total, "rounded:", round(total, 2), "avg:", total / len(items))
print("mean of ints:", sum([1, 2, 3, 4]) / 4, sum([1, 2]) / 2)
print(float.__name__, (3.0).__class__.__name__, 5 / 2 * 2, 5 // 2 * 2)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-12, 1 / 10 == 0.1)
print(1e16 + 1.0 == 1e16, 9007199254740993 == 9007199254740993.0, 2 ** 53 == 2 ** 53 + 0.0)
