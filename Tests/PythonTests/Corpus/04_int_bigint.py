# arbitrary-precision integers: powers, factorial, negative bigs, // % divmod, pow with modulus
print(2 ** 100)
print(3 ** 200)
print(-(2 ** 127))
print((-2) ** 127)
print((-3) ** 4, -3 ** 4)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1)
print(10 ** 30 + 1)
print(str(10 ** 20), len(str(2 ** 1000)))

fact = 1
for i in range(1, 51):
    fact *= i
print("50! =", fact)
print("digits:", len(str(fact)))
print("digit sum:", sum(int(c) for c in str(fact)))
trailing = 0
f = fact
while f % 10 == 0:
    f //= 10
    trailing += 1
print("trailing zeros:", trailing)

a = 123456789012345678901234567890
b = 987654321
print(a + b, a - b, b - a)
print(a * b)
print(a * -b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b))
print(divmod(-a, b))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(divmod(0, 5), divmod(5, 5), divmod(-5, 5))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(pow(2, 10), pow(2, 100, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(-2, 3), pow(2, -1), pow(10, -2))
print(pow(7, 0), 0 ** 0, pow(0, 5))
print(pow(123456789, 987654321, 1000000007))
print(pow(-5, 3, 7), pow(5, 3, -7))

x = 1
for i in range(70):
    x = x * 3 + 1
print("loop big:", x)
print("x % 97:", x % 97, "x // 10**30:", x // 10 ** 30)
print("x > 2**100:", x > 2 ** 100, "x == x + 0:", x == x + 0)
print(abs(-10 ** 25), abs(10 ** 25), -abs(-5))
print(max(2 ** 70, 3 ** 44), min(-(2 ** 70), -(3 ** 44)))
print(2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 16 < 1e16 + 1, 2 ** 1000 > 1e300, -(2 ** 1000) < -1e300)
print(int(2.0 ** 80), float(2 ** 80))
print(2 ** 100 / 2 ** 98, 10 ** 20 / 10 ** 10, 1 / 3)
print(sum(range(1, 10 ** 6 + 1, 1000)))
print(sum([10 ** 18] * 20))
print(-(10 ** 18) * 20 + 1)

fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print("fib[100] =", fib[100])
print("fib[119] =", fib[119])
print("gcd-like:", fib[119] % fib[59])

n = 2 ** 89 - 1
print("mersenne:", n, n % 7, n.bit_length())
print((2 ** 100).bit_length(), (0).bit_length(), (-255).bit_length())
big_neg = -98765432109876543210
print(big_neg // 1000, big_neg % 1000, big_neg // -1000, big_neg % -1000)
print(big_neg * big_neg, big_neg ** 3)
print(round(123456789, -3), round(-123456789, -4), round(15, -1), round(25, -1))
