# Attribute lookups stay right when classes change after they were used.
import math
import sys


class Base:
    kind = "base"

    def greet(self):
        return "hello from Base"


class Child(Base):
    pass


class GrandChild(Child):
    def greet(self):
        return "grandchild, then " + super().greet()


c = Child()
g = GrandChild()
for round_ in range(3):
    print(round_, c.greet(), c.kind, g.greet(), g.kind)
    if round_ == 0:
        Base.greet = lambda self: "replaced on Base"
    elif round_ == 1:
        Child.kind = "child"
        Child.greet = lambda self: "defined on Child"

del Child.greet
print(c.greet(), g.greet(), c.kind)
del Child.kind
print(c.kind, g.kind, hasattr(c, "missing"))
Base.missing = 1
print(hasattr(c, "missing"), c.missing, g.missing)

# An instance attribute shadows a method until it is deleted.
c.greet = lambda: "instance"
print(c.greet())
del c.greet
print(c.greet())

# Changing __bases__ is not supported everywhere; adding dunder methods after the fact is.
class Number:
    def __init__(self, v):
        self.v = v


a, b = Number(2), Number(3)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
Number.__add__ = lambda self, other: Number(self.v + other.v)
print((a + b).v)
Number.__radd__ = lambda self, other: Number(other + self.v)
print((10 + a).v, sum([a, b], 0).v)
del Number.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)

# A property replaced by a plain value, and the other way round.
class Box:
    @property
    def size(self):
        return 1


box = Box()
print(box.size)
Box.size = 2
print(box.size)
Box.size = property(lambda self: 3)
print(box.size)

# One attribute expression reading from several modules, and a module attribute rebound.
for m in [math, sys, math]:
    print(m.__name__)
for step in range(3):
    print(math.pi if step != 1 else "skip")
    math.pi = 3.0 if step == 0 else math.pi
print(math.pi)
