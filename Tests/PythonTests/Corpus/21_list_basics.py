# lists: literals, indexing, slicing, slice assignment, del, operators, aliasing, comparison
a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(a, len(a), a[0], a[-1], a[2:5], a[::3], a[::-1], a[-3:], a[:-8], a[8:2:-2])
print(a[100:], a[-100:2], a[5:5], a[::-4])
b = a[:]
b[0] = 100
print(a[0], b[0], a == b, a[1:] == b[1:])
b[1:3] = ["x", "y", "z"]
print(b)
b[5:] = []
print(b)
b[:0] = [-1, -2]
print(b)
b[len(b):] = [99]
print(b)
b[::2] = [0, 0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[0]
print(c)
del c[-1]
print(c)
del c[2:5]
print(c)
del c[::2]
print(c)
c[1:1] = [7, 7]
print(c)
c[1:3] = []
print(c)
print([1, 2] + [3], [0] * 5, [[0] * 3] * 2, 3 * ["a"], [] * 10, [1] * 0)
grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
print("aliased rows:", grid_bad)
grid_ok = [[0] * 3 for _ in range(3)]
grid_ok[0][0] = 1
print("separate rows:", grid_ok)
x = [1, 2, 3]
y = x
y.append(4)
print(x, y, x is y, x == [1, 2, 3, 4])
z = x.copy()
z.append(5)
print(x, z)
nested = [[1, 2], [3, 4]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
print(3 in a, 11 in a, "x" not in a, [1, 2] in [[1, 2], [3]], [] in [[]])
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2.0], [1] != [1])
print([[1, "a"], [2.5, None], [True, [False, [0.1]]], "str", ("t",), {"k": [1]}])
print([0.1, 0.2 + 0.1, 1e-7, -0.0, float("inf")], ["it's", 'q"q', "\n"])
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)), list("hey"), list((1, 2)))
print(list(range(-5, 5, 2)), list(range(5, -5, -2)), list(range(3, 3)), list(range(3, 0)))
try:
    print(a[10])
except IndexError as e:
    print("IndexError:", e)
try:
    a[-11] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del a[20]
except IndexError as e:
    print("IndexError:", e)
first, second, *rest = a
print(first, second, rest)
*init, last = a
print(init, last)
p, q = [10, 20]
p, q = q, p
print(p, q)
[m, n], o = [1, 2], 3
print(m, n, o)
for i, v in enumerate(["a", "b", "c"]):
    print(i, v, end=" | ")
print()
for i, v in enumerate(["a", "b", "c"], start=1):
    print(i, v, end=" | ")
print()
for u, v in zip([1, 2, 3], ["x", "y"]):
    print(u, v, end=" ")
print()
print(list(zip(a, a[1:]))[:3], list(reversed(a))[:3], list(enumerate("ab", 10)))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, matrix[1], matrix[1][2], [row[0] for row in matrix], [r[::-1] for r in matrix[::-1]])
print(len([]), len([[]]), len([[], []]), bool([]), bool([0]), [] == [], [] is not None)
acc = []
acc += [1, 2]
acc += "ab"
acc += (3,)
print(acc)
acc *= 2
print(acc, acc.count("a"))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum([0.5, 0.25], 10), max([3, 9, 2]), min([3, 9, 2]))
