# comprehensions: list/dict/set, nested, conditions, generator expressions, scoping
print([x * x for x in range(10)])
print([x for x in range(30) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(8)])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])
print([sum(row) for row in matrix], [max(col) for col in zip(*matrix)])
print([c.upper() for c in "hello" if c not in "aeiou"], [w[::-1] for w in "ab cd ef".split()])
print([len(w) for w in ["", "a", "abc"]], [i for i, c in enumerate("banana") if c == "a"])
print({x: x ** 2 for x in range(6)}, {k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({w: len(w) for w in ["apple", "kiwi", "fig", "apple"]}, {v: k for k, v in {"x": 1, "y": 1}.items()})
print({x % 5 for x in range(20)}, {c for c in "mississippi"} == set("misp"), sorted({w[0] for w in ["ant", "bat", "ape"]}))
print(sum(x * x for x in range(101)), max(len(w) for w in ["a", "abcd", "ab"]), min(abs(v) for v in [-3, 2, -1]))
print(any(x > 8 for x in range(10)), all(x < 10 for x in range(10)), any(c.isdigit() for c in "abc"), all(c.isalpha() for c in ""))
gen = (x * 2 for x in range(5))
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))
print(list(x for x in "abc"), tuple(x for x in range(3)), set(x % 2 for x in range(5)), dict((k, k * 2) for k in range(3)))
print(sorted((v for v in [5, 2, 8]), reverse=True), "-".join(str(i) for i in range(5)), sum((1 for _ in range(7)), 100))
x = "outer x"
squares = [x * x for x in range(4)]
print(x, squares)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])
nested = [[(i, j) for j in range(i)] for i in range(4)]
print(nested)
flat = [item for sub in nested for item in sub]
print(flat, len(flat))
words = ["Python", "is", "a", "Great", "language", "for", "AI"]
print([w for w in words if w[0].isupper()], {w.lower(): i for i, w in enumerate(words)})
print([w if len(w) > 2 else w.upper() for w in words])
print(sorted(words, key=lambda w: (len(w), w.lower())), [len(w) for w in words if len(w) % 2 == 0])
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if (a + b) % 3 == 0]
print(pairs)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
table = {n: [m for m in range(1, n + 1) if n % m == 0] for n in range(1, 13)}
for n, divs in table.items():
    if len(divs) > 3:
        print(n, divs)
counts = {ch: "hello world".count(ch) for ch in "hello world" if ch != " "}
print(counts)
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(row) for row in grid))
print([[0] * 2 for _ in range(2)], [[i] * i for i in range(4)])
total = sum(v for row in matrix for v in row if v % 2 == 0)
print("sum of even entries:", total)
print(max((v, i) for i, v in enumerate([4, 9, 2, 9])), min(((len(w), w) for w in words)))
data = {"a": [1, 2], "b": [], "c": [3]}
print({k: sum(v) for k, v in data.items() if v}, [k for k, v in data.items() if not v])
print([i for i in range(5)][::-1], [c * 2 for c in "ab"] + [c for c in "cd"])
print(list(map(lambda t: t[0] + t[1], [(1, 2), (3, 4)])), [a + b for a, b in [(1, 2), (3, 4)]])
