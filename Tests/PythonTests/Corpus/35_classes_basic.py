# classes: __init__, attributes, methods, class vs instance attributes, properties, static/class methods
class Dog:
    species = "Canis familiaris"
    count = 0

    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return f"{self.name} ({self.age}y) knows {self.tricks}"

    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"

    def __str__(self):
        return f"Dog named {self.name}"


rex = Dog("Rex", 3)
fido = Dog("Fido")
rex.add_trick("sit").add_trick("roll")
print(rex.describe(), "|", fido.describe())
print(rex, "|", str(fido), "|", repr(rex), "|", [rex, fido], "|", (rex,), "|", {"d": fido})
print(f"{rex} / {rex!r} / {rex!s}", "%s %r" % (rex, rex), "{} {!r}".format(fido, fido))
print(Dog.count, rex.count, Dog.species, rex.species)
rex.species = "custom"
print(rex.species, fido.species, Dog.species)
del rex.species
print(rex.species)
Dog.species = "changed at class"
print(rex.species, fido.species)
print(type(rex), type(rex).__name__, rex.__class__.__name__, Dog.__name__, type(Dog).__name__)
print(isinstance(rex, Dog), isinstance(rex, object), isinstance(5, Dog), isinstance(Dog, type))


class Temperature:
    def __init__(self, celsius=0.0):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @staticmethod
    def c_to_k(c):
        return c + 273.15

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    def __repr__(self):
        return f"Temperature({self._celsius!r})"


t = Temperature(25)
print(t.celsius, t.fahrenheit, t)
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.c_to_k(0), t.c_to_k(100), Temperature.from_fahrenheit(212), Temperature.from_fahrenheit(-40).celsius)


class Counter:
    total = 0

    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        Counter.total += 1
        return self.n

    @classmethod
    def reset_total(cls):
        cls.total = 0

    @staticmethod
    def helper(x):
        return x * 2


a, b = Counter(), Counter()
a.inc(); a.inc(); b.inc()
print(a.n, b.n, Counter.total, a.total)
Counter.reset_total()
print(Counter.total, Counter.helper(21), a.helper(1))
bound = a.inc
print(bound(), bound(), a.n)
unbound = Counter.inc
print(unbound(b), b.n)


class Empty:
    pass


e = Empty()
e.x = 10
e.y = "dynamic"
print(e.x, e.y, hasattr(e, "x"), hasattr(e, "z"), getattr(e, "y"), getattr(e, "z", "default"))
setattr(e, "z", [1, 2])
print(e.z, getattr(e, "z"))
delattr(e, "x")
print(hasattr(e, "x"))
try:
    print(e.x)
except AttributeError as err:
    print("AttributeError:", err)
try:
    getattr(e, "nope")
except AttributeError as err:
    print("AttributeError:", err)
try:
    Empty.missing_class_attr
except AttributeError as err:
    print("AttributeError:", err)
try:
    (5).foo
except AttributeError as err:
    print("AttributeError:", err)
try:
    "str".append("x")
except AttributeError as err:
    print("AttributeError:", err)
try:
    None.value
except AttributeError as err:
    print("AttributeError:", err)


class Foo:
    def __init__(self):
        self.present = 1

    def __repr__(self):
        return "Foo()"


try:
    Foo().bar
except AttributeError as err:
    print("AttributeError:", err)
print(Foo(), [Foo(), Foo()], Foo)


class Point:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def move(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point()
q = p.move(1, 2).move(3, 4)
print(p, q, Point(1.5, -0.0), Point("a", None))
pts = [Point(i, i * i) for i in range(4)]
print(pts, [pt.y for pt in pts], max(pts, key=lambda pt: pt.y))
