# sets of small ints (deterministic order) and sorted views of string sets
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s, 5 not in s, type(s).__name__)
e = set()
print(e, len(e), bool(e), bool({0}), set([1, 1, 2, 2, 3]), set(range(5)), set((4, 4, 1)))
s.add(5)
s.add(1)
print(s)
s.remove(5)
s.discard(99)
s.discard(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 8], (0,)), a.intersection(range(3)), a.difference({1}, {2}))
print({1, 2} <= {1, 2, 3}, {1, 2}.issubset({1, 2}), {1, 2} < {1, 2}, {1, 2, 3}.issuperset({2}), {1, 2} >= {3})
print({1, 2}.isdisjoint({3, 4}), {1, 2}.isdisjoint({2}), {1, 2} == {2, 1}, {1} != {1, 2})
c = set(a)
c |= {100}
c &= {1, 2, 3, 100}
c -= {2}
c ^= {3, 50}
print(sorted(c), a)
c.update([7, 8])
print(sorted(c), len(c))
c.clear()
print(c)
evens = {x for x in range(20) if x % 2 == 0}
squares = {x * x % 10 for x in range(10)}
print(evens, squares, evens & squares)
words = ["apple", "banana", "avocado", "cherry", "blueberry", "apple"]
initials = {w[0] for w in words}
print(sorted(initials), len(set(words)), sorted(set(words)))
lengths = {len(w) for w in words}
print(sorted(lengths))
print(sorted({"pear", "fig", "kiwi"} | {"fig", "lime"}), sorted({"x", "y"} & {"y", "z"}))
data = [5, 3, 5, 1, 3, 9, 1, 1]
print(sorted(set(data)), len(set(data)), max(set(data)), sum(set(data)))
seen = set()
dups = set()
for v in data:
    if v in seen:
        dups.add(v)
    seen.add(v)
print("seen:", seen, "dups:", dups)
fs = {3, 1}
print(fs, {1, 2, 3} - {2}, sorted({-1, -2, 0}), {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
print({True, 1, 1.0}, {0, False}, {1, 2} | {2.0}, len({1, 1.0, True}))
try:
    print({[1, 2]})
except TypeError as e:
    print("TypeError:", e)
try:
    print({1} + {2})
except TypeError as e:
    print("TypeError:", e)
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes), len(primes))
x = {1, 2, 3}
y = x
y.add(4)
print(x, x == y, x.copy() == x)
print(sorted({(1, 2), (0, 5), (1, 1)}), {(1, 2)} == {(1, 2)})
for n in sorted({9, 4, 7}):
    print(n, end=" ")
print()
print(set("aaa"), sorted(set("hello")), len(set("mississippi")))
