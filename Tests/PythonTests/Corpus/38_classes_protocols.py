# container and iteration protocols: __len__ __getitem__ __setitem__ __contains__ __iter__ __next__ __call__ __bool__
class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.data = [[fill] * cols for _ in range(rows)]

    def __getitem__(self, pos):
        r, c = pos
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell {pos} out of range")
        return self.data[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.data[r][c] = value

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, value):
        return any(value in row for row in self.data)

    def __iter__(self):
        for row in self.data:
            for v in row:
                yield v

    def __repr__(self):
        return "\n".join(" ".join(f"{v:>2}" for v in row) for row in self.data)


g = Grid(3, 4)
for r in range(3):
    for c in range(4):
        g[r, c] = r * 4 + c
print(g)
print(len(g), g[1, 2], g[2, 3], 5 in g, 99 in g, sum(g), max(g), list(g)[:5])
try:
    g[3, 0]
except IndexError as e:
    print("IndexError:", e)


class Sequence:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __iter__(self):
        for i in range(self.n):
            yield self[i]

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i < 0 or i >= self.n:
            raise IndexError("Sequence index out of range")
        return i * i


sq = Sequence(6)
print(len(sq), sq[0], sq[5], sq[-1], sq[-6], [sq[i] for i in range(1, 4)])
print(list(sq), 16 in sq, 17 in sq, [x for x in sq if x % 2], sorted(sq, reverse=True))
try:
    sq[6]
except IndexError as e:
    print("IndexError:", e)


class CountDown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


cd = CountDown(5)
print(list(cd), list(cd))
for n in CountDown(3):
    print("tick", n)
it = iter(CountDown(2))
print(next(it), next(it), next(it, "done"), next(it, "still done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration raised", repr(e))


class Range2:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return Range2Iterator(self)


class Range2Iterator:
    def __init__(self, r):
        self.r = r
        self.i = r.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.r.hi:
            raise StopIteration
        v = self.i
        self.i += self.r.step
        return v


r2 = Range2(0, 10, 3)
print(list(r2), list(r2), sum(r2), [a * b for a in Range2(1, 3) for b in Range2(10, 12)])
print(dict(zip(Range2(0, 3), "abc")), list(enumerate(Range2(5, 8))), max(Range2(-5, 0)))


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))

    def __len__(self):
        return len(self.coeffs)

    def __bool__(self):
        return any(self.coeffs)

    def __repr__(self):
        terms = [f"{c}x^{i}" for i, c in enumerate(self.coeffs) if c]
        return " + ".join(terms) if terms else "0"


p = Polynomial(1, 0, 2)
print(p, p(0), p(1), p(2), p(-1.5), [p(x) for x in range(5)], len(p), callable(p))
zero = Polynomial(0, 0)
print(bool(p), bool(zero), zero, "truthy" if p else "falsy", "truthy" if zero else "falsy", not zero)


class LengthOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(LengthOnly(0)), bool(LengthOnly(3)), len(LengthOnly(7)))


class Matrix2:
    def __init__(self, rows):
        self.rows = rows

    def __getitem__(self, idx):
        return self.rows[idx]

    def __iter__(self):
        return iter(self.rows)

    def __contains__(self, item):
        print("  __contains__ called for", item)
        return any(item in row for row in self.rows)


m = Matrix2([[1, 2], [3, 4]])
print(m[1][0], m[0], [sum(row) for row in m], 3 in m, 9 in m)
a, b = m
print(a, b)
first, *rest = Sequence(4)
print(first, rest)


class Bag:
    def __init__(self):
        self.items = {}

    def add(self, item, n=1):
        self.items[item] = self.items.get(item, 0) + n
        return self

    def __getitem__(self, key):
        return self.items.get(key, 0)

    def __setitem__(self, key, value):
        if value <= 0:
            self.items.pop(key, None)
        else:
            self.items[key] = value

    def __delitem__(self, key):
        del self.items[key]

    def __len__(self):
        return sum(self.items.values())

    def __iter__(self):
        return iter(sorted(self.items))

    def __contains__(self, key):
        return key in self.items

    def __repr__(self):
        return f"Bag({self.items})"


bag = Bag().add("apple", 3).add("pear").add("apple")
print(bag, len(bag), bag["apple"], bag["kiwi"], "pear" in bag, "kiwi" in bag, list(bag))
bag["pear"] = 0
bag["kiwi"] = 2
print(bag, len(bag))
del bag["kiwi"]
print(bag, list(bag))
try:
    del bag["kiwi"]
except KeyError as e:
    print("KeyError:", e)
