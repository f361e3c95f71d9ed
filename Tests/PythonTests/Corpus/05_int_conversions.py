# int() parsing and conversion, bin/oct/hex, bool is int, int/float comparisons
print(int('123'), int('-45'), int('+7'), int(' 42 '), int('\t99\n'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0x1f', 0), int('0o17', 0), int('0b101', 0))
print(int('777', 8), int('1010', 2), int('z', 36), int('Zz', 36))
print(int('1_000_000'), int('0', 0), int('10', 0))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(-2.0))
print(int(True), int(False), int(), int('000123'))
print(int('123456789012345678901234567890'))
print(bin(10), bin(-10), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(0))
print(bin(2 ** 70), hex(2 ** 100), oct(2 ** 40))
print(True + True, True * 10, False - 1, True / 2, -True)
print(isinstance(True, int), type(True) is int, type(True).__name__)
print(True == 1, False == 0, True is True, 1 == 1.0, 0 == -0.0)
print(1 < 1.5 < 2, 2 ** 53 == 2.0 ** 53, 3 > 2.999, -1 < -0.5)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(abs(-7), abs(7), abs(0), abs(-0), abs(True))
print(str(0), str(-0), repr(-5), str(+5), -(-5))
print(int.__name__, type(5), type(5.0), type('5'), type(2 ** 100))
print(int('-0'), int('  -12  '), float(int('12')))
print(7 / 7, type(7 / 7).__name__, 7 // 7, type(7 // 7).__name__)
print(2 ** -1, type(2 ** -1).__name__, 2 ** 0, 2 ** 0.5 == 2 ** 0.5)
print(divmod(17, 5), 17 // 5 * 5 + 17 % 5)

for s in ['12', '-3', '  8 ', '1.5', 'abc', '', '0x10', '1e3']:
    try:
        print(repr(s), '->', int(s))
    except ValueError as e:
        print(repr(s), '-> ValueError:', e)

for s, base in [('101', 2), ('12', 3), ('ff', 16), ('g', 16), ('0x1f', 16), ('0x1f', 0), ('017', 0), ('17', 8)]:
    try:
        print(s, base, '->', int(s, base))
    except ValueError as e:
        print(s, base, '-> ValueError:', e)

try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)

values = [0, 1, -1, 7, 255, 256, -256, 1023, 2 ** 31, -(2 ** 31)]
for v in values:
    print(f"{v:>12} bin={bin(v):>35} oct={oct(v):>14} hex={hex(v):>12}")

print(hex(3735928559).upper(), hex(48879)[2:], bin(5)[2:].zfill(8))
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16))
print(int(hex(-12345), 16), int(bin(-7), 0))
print(float(2 ** 63), float(-(2 ** 63)), float(10 ** 15), float(10 ** 16))
print(int(1e15), int(1.5e15), int(123456789.987))
print(5 == 5.0, 5 != None, 5 != '5', 0.1 + 0.2 == 0.3)
print(max(3, 4.0), min(3, 3.0), max(3.0, 3), max(True, 0), sorted([3, 1.5, True, 0, -2.5]))
