# bitwise operators incl. negative numbers and big shifts
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10, -12 | -10, -12 ^ -10)
print(12 & -1, 12 | -1, 0 & 0, 0 | 0)
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100, 1 << 200)
print(5 << 70, -5 << 70, (1 << 100) >> 98, (1 << 100) >> 200)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 100, -1 >> 1)
print((2 ** 100 + 12345) >> 64, (-(2 ** 100) - 12345) >> 64)
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
print(~(2 ** 100), -(2 ** 100) & 0xFF, -(2 ** 100) & (2 ** 101 - 1))
print(True & False, True | False, True ^ True, ~True, True << 3)
print(type(True & True).__name__, type(True & 1).__name__, type(True << 1).__name__)

mask = 0
for bit in [0, 3, 5, 8, 13]:
    mask |= 1 << bit
print("mask:", mask, bin(mask))
for bit in range(15):
    if mask >> bit & 1:
        print("bit", bit, "set")
print("popcount:", bin(mask).count("1"))
mask &= ~(1 << 5)
print("after clearing 5:", bin(mask))
mask ^= 0b111
print("after xor 7:", bin(mask))
x = 1
x <<= 65
print("x <<= 65:", x)
x >>= 60
print("x >>= 60:", x)

def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

for n in [0, 1, 255, 256, 2 ** 64 - 1, 12345678901234567890]:
    print(n, popcount(n))

# gray code
for i in range(16):
    g = i ^ (i >> 1)
    print(f"{i:2d} {i:04b} -> {g:04b}")

try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 << 2
except TypeError as e:
    print("TypeError:", e)
try:
    3 & 1.5
except TypeError as e:
    print("TypeError:", e)
print(0 << 1000, (7 << 3) >> 3, 2 ** 10 == 1 << 10)
print(-17 >> 2, -17 // 4, 17 >> 2, 17 // 4)
