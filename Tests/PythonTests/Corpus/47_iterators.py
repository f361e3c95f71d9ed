# iterator protocol with built-ins: iter/next, exhaustion, shared iterators, zip/enumerate/reversed laziness
it = iter([1, 2, 3, 4, 5, 6])
print(next(it), list(zip(it, it)))
it = iter(range(7))
pairs = list(zip(it, it))
print(pairs, list(it))
words = ["alpha", "beta", "gamma"]
e = enumerate(words)
print(next(e), next(e), list(e), list(e))
z = zip("abc", [1, 2, 3])
print(next(z), list(z))
r = reversed([1, 2, 3])
print(next(r), list(r))
m = map(str.upper, ["x", "y"])
print(list(m), list(m))
s = "iter"
si = iter(s)
print([next(si) for _ in range(2)], "".join(si))
d = {"one": 1, "two": 2, "three": 3}
di = iter(d)
print(next(di), list(di))
print(list(iter(d.values())), list(iter(d.items()))[1])
it = iter([])
print(next(it, "empty default"), next(iter([None]), "unused"))
try:
    next(iter(()))
except StopIteration as ex:
    print("StopIteration:", repr(ex), ex.args)
lines = iter(["header", "row1", "row2", "", "row3"])
header = next(lines)
rows = []
for line in lines:
    if not line:
        break
    rows.append(line)
print(header, rows, list(lines))
numbers = iter(range(10))
first_even_over_3 = next(n for n in numbers if n > 3 and n % 2 == 0)
print(first_even_over_3, list(numbers))
print(next((w for w in words if w.startswith("g")), None), next((w for w in words if w.startswith("z")), None))
print(sum(1 for _ in iter("count me")), max(iter([3, 9, 2])), sorted(iter({3, 1, 2})))
print(list(zip(range(3), range(10), "abcdef")), list(zip("ab", [])), dict(zip(range(3), iter("xyz"))))
total = 0
for i, (a, b) in enumerate(zip([1, 2, 3], [10, 20, 30]), start=1):
    total += i * (a + b)
    print(i, a, b, total)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [x * 10 for x in c], 2 in c, 5 in c, sum(c))
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), list(Fib(1)), iter(f) is f)
for v in Fib(10):
    print(v, end=" ")
print()
a, b, c = iter([7, 8, 9])
print(a, b, c)
head, *tail = iter("hello")
print(head, tail)
nested = iter([iter([1, 2]), iter([3])])
print([list(x) for x in nested])
rng = range(0, 20, 5)
print(list(rng), list(rng), list(iter(rng)), rng[1], rng[-1], len(rng), 15 in rng, 16 in rng)
stream = iter(range(1, 21))
chunks = []
while True:
    chunk = [v for _, v in zip(range(6), stream)]
    if not chunk:
        break
    chunks.append(chunk)
for ch in chunks:
    print("chunk:", ch, "sum:", sum(ch))
letters = iter("abcdefg")
for a in letters:
    b = next(letters, "-")
    print(a + b, end=" ")
print()
