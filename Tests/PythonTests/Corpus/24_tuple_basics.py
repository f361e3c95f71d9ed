# tuples: packing/unpacking, starred, single-element repr, methods, comparison, dict keys
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:], t[::-1])
single = (1,)
also_single = 2,
not_tuple = (3)
print(single, also_single, not_tuple, type(not_tuple).__name__, (), tuple(), len(()))
print(("a",), ("a", "b"), (None,), ((),), ((1,),), (1, (2, (3,))), ([1], {"a": (1,)}))
a, b, c = t
print(a, b, c)
a, *b, c = 1, 2, 3, 4, 5
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, *b = [1]
print(a, b)
first, *middle, last = range(10)
print(first, middle, last)
(x, y), z = (1, 2), 3
print(x, y, z)
((p, q), (r, s)) = ((1, 2), (3, 4))
print(p, q, r, s)
m, n = n, m = 5, 6
print(m, n)
a = b = c = 0
print(a, b, c)
a, b = 1, 2
a, b = b, a + b
print(a, b)
for i in range(5):
    a, b = b, a + b
print(a, b)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
nums = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3)
print(nums.count(1), nums.count(5), nums.count(7), nums.index(5), nums.index(5, 5), nums.index(1))
try:
    nums.index(8)
except ValueError as e:
    print("ValueError:", e)
try:
    nums[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    nums[20]
except IndexError as e:
    print("IndexError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") < (1, "b"), (1, 2) == (1, 2.0))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), 3 in nums, 7 not in nums, (1, [2]) == (1, [2]))
print(max((3, "c"), (3, "a"), (1, "z")), min([(2, 1), (1, 5), (1, 2)]), sorted([(2, "b"), (1, "c"), (2, "a")]))
grid = {}
for i in range(3):
    for j in range(3):
        grid[(i, j)] = i * 3 + j
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, (3, 3) in grid, len(grid))
print({(1, 2): "a", (3,): "b", (): "empty", ((1, 2), 3): "nested"})
points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(f"x={x} y={y}", end="; ")
print()
for i, (x, y) in enumerate(points):
    print(i, x + y, end="; ")
print()
for (a, b), c in zip(points, "abc"):
    print(a, b, c, end="; ")
print()
records = [("ann", (90, 85)), ("bob", (70, 95))]
for name, (s1, s2) in records:
    print(name, s1, s2, (s1 + s2) / 2)
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([4, 8, 1, 9])
print(lo, hi, min_max("hello"))
result = min_max([3])
print(result, type(result).__name__)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}), tuple(x * 2 for x in range(3)))
print(list((1, 2)), str((1, "a")), repr((1.5, None)), len(((1, 2), (3, 4))))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
print((1, 2) != None, bool(()), bool((0,)), bool(((),)))
words = ("apple", "banana", "cherry")
print(", ".join(words), words.index("cherry"), sorted(words, key=len, reverse=True), words[1][::-1])
