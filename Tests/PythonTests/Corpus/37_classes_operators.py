# operator overloading: arithmetic, reflected, unary, comparisons, sorting with __lt__, NotImplemented
class Vec:
    def __init__(self, *components):
        self.c = list(components)

    def __repr__(self):
        return "Vec(" + ", ".join(repr(x) for x in self.c) + ")"

    def __str__(self):
        return "<" + " ".join(str(x) for x in self.c) + ">"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return Vec(*[a + other for a in self.c])
        return NotImplemented

    def __radd__(self, other):
        print("  (radd called with", repr(other) + ")")
        return self.__add__(other)

    def __sub__(self, other):
        return Vec(*[a - b for a, b in zip(self.c, other.c)])

    def __mul__(self, k):
        if isinstance(k, Vec):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vec(*[a * k for a in self.c])

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(*[a / k for a in self.c])

    def __neg__(self):
        return Vec(*[-a for a in self.c])

    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c

    def __len__(self):
        return len(self.c)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.c, other.c))


u = Vec(1, 2, 3)
v = Vec(4, 5, 6)
print(u + v, u - v, u * 2, 3 * u, u * v, u @ v, -u, abs(Vec(3, 4)), u / 2)
print(repr(u + 1), 10 + u, len(u), u == Vec(1, 2, 3), u != v, u == "Vec(1, 2, 3)")
print(sum([u, v, Vec(10, 10, 10)], Vec(0, 0, 0)))
print(sum([u, v]))
try:
    print(u + "text")
except TypeError as e:
    print("TypeError:", e)
try:
    print("text" + u)
except TypeError as e:
    print("TypeError:", e)
w = u
w += v
print(w, u, w is u)


class Money:
    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def of(cls, amount):
        return cls(round(amount * 100))

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(round(self.cents * factor))

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents


prices = [Money.of(19.99), Money.of(5), Money.of(0.1), Money(1234567), Money.of(-3.5)]
print(prices)
print(sorted(prices), min(prices), max(prices))
print(sum(prices), sum(prices[:2]) * 3, -prices[0], prices[0] - prices[1])
print(Money(100) == Money(100), Money(100) == 100, Money(1) < Money(2), Money(2) <= Money(2), Money(3) > Money(2), Money(3) >= Money(4))
print(sorted(prices, reverse=True)[0], Money.of(0.29) * 3, Money.of(2.675))


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __lt__(self, other):
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return f"v{self.text}"


versions = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9", "2.0", "1.2.10"]]
print(sorted(versions), max(versions), min(versions))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"), Version("1.0") > Version("0.9"))


class NoOps:
    def __repr__(self):
        return "NoOps()"


for expr, fn in [("NoOps() + 1", lambda: NoOps() + 1), ("NoOps() < NoOps()", lambda: NoOps() < NoOps()),
                 ("-NoOps()", lambda: -NoOps()), ("NoOps() * 2", lambda: NoOps() * 2),
                 ("NoOps() @ NoOps()", lambda: NoOps() @ NoOps())]:
    try:
        fn()
    except TypeError as e:
        print(f"{expr}: TypeError: {e}")
x, y = NoOps(), NoOps()
print(x == x, x == y, x != y)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        a, b = abs(n), d
        while b:
            a, b = b, a % b
        g = a or 1
        self.n, self.d = n // g, d // g

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"

    def _coerce(self, other):
        return other if isinstance(other, Frac) else Frac(other)

    def __add__(self, other):
        o = self._coerce(other)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, other):
        return self._coerce(other) - self

    def __mul__(self, other):
        o = self._coerce(other)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, other):
        o = self._coerce(other)
        return self.n == o.n and self.d == o.d

    def __lt__(self, other):
        o = self._coerce(other)
        return self.n * o.d < o.n * self.d


half = Frac(1, 2)
third = Frac(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 - half, 2 * third, third + 1)
print(Frac(6, -8), Frac(0, 5), Frac(10, 5), half == Frac(2, 4), half == Frac(1, 2), half < third, third < half)
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print("H(10) =", h, h.n / h.d)
print(sorted([Frac(3, 4), Frac(1, 8), Frac(5, 6), Frac(-1, 2), Frac(2)]), max([half, third, Frac(7, 10)]))
print(sum([Frac(1, 2 ** k) for k in range(1, 11)], Frac(0)))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
