# float repr/str: shortest round-trip digits, exponent thresholds, specials
vals = [0.1 + 0.2, 0.1, 0.2, 0.3, 1e-05, 1e-5, 0.0001, 0.00001234, 1e+16, 1e16, 1e15,
        123456789012345678.0, 1234567890123456.0, 12345678901234567.0, 1.5e-10, -0.0, 0.0,
        1.0, -1.0, 100.0, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        1 / 3, 2 / 3, 2 / 3 * 3, 10 / 4, 1 / 7, 22 / 7, 3.14159, 2.5, 0.5, 1e-7, 9.999999999999999e22,
        0.1 * 3, 1.1 * 1.1, 3 * 1.1, 100 * 1.1, 0.7 + 0.1, 4.35 * 100, 1.15 * 100, 2 ** 0.5]
for v in vals:
    print(repr(v), str(v), v)
print(vals)
inf = float('inf')
ninf = float('-inf')
nan = float('nan')
print(inf, ninf, nan, -inf, [inf, ninf, nan])
print(repr(inf), str(ninf), repr(nan))
print(float('inf'), float('-Infinity'), float('INF'), float('nan'), float('-nan'))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, ninf < -1e308, inf == inf)
print(float('1e-5'), float(' 2.5 '), float('3'), float('-0'), float('.5'), float('5.'), float('1_000.5'))
print(float('1E10'), float('+1.5e+3'), float(' -12.25\n'), float(7), float(True), float(-2 ** 60))
print(float('0.1'), float('0.30000000000000004'), float('1e400'), float('-1e400'), float('1e-400'))
for s in ['abc', '', '1.2.3', '1e', 'inf5', '0x10']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError:', e)
print(1e16 == 10 ** 16, 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(0.1 + 0.7, 0.1 * 0.1, 1 - 0.9, 1.0 - 0.1 - 0.1 - 0.1)
print(3.0, 3.0 * 2, 6 / 2, 7 / 2, -7 / 2, 1e3, 1e-3, 1.0e0)
print(123.456e2, 0.000123456, 1234567.0, 12345678.9, 1e21 + 1, 1e20 * 10)
print(float(10 ** 20), float(10 ** 21), float(10 ** 15 + 0.5), 2.0 ** 70)
print(-1.5e-10, -123456789.123456789, 1.0000000000000002, 0.9999999999999999)
print(round(0.1 + 0.2, 10), 0.1 + 0.2 - 0.3, 1e-10 * 1e-10, 1e200 * 1e200)
print((1.5).is_integer(), (2.0).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print(type(1.0).__name__, type(1e3).__name__, type(1 / 1).__name__, isinstance(1.0, float))
print(str(1.0), str(10 ** 20), str(1e20), int(1e20), str(-1e-20), str(1e-4), str(0.001))
print(f"{0.1 + 0.2}", f"{1e16}", f"{-0.0}", f"{nan}", f"{inf}", f"{1/3!r}")
print('%s %r' % (0.1, 0.1 + 0.2), '{} {!r}'.format(1e-5, 2.5))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(max(0.1, 0.2), min(-0.0, 0.0), max(-0.0, 0.0), abs(-0.0), abs(-2.5), -(0.0))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), 0.1 * 10)
print([1.0, 2.0] == [1, 2], (1.0,) == (1,), {1.0: 'a'}[1], {1: 'x', 1.0: 'y'})
