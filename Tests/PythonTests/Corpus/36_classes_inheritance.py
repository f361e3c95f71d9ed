# inheritance: multi-level, super().__init__, super().method(), overriding, isinstance/issubclass
class Animal:
    kingdom = "animalia"
    registry = []

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.registry.append(name)

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"

    def describe(self):
        return f"{self.name} is a {self.kind()}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Mammal(Animal):
    def __init__(self, name, sound, legs=4):
        super().__init__(name, sound)
        self.legs = legs

    def kind(self):
        return "mammal"

    def describe(self):
        return super().describe() + f" with {self.legs} legs"


class Dog(Mammal):
    def __init__(self, name, breed):
        super().__init__(name, "woof")
        self.breed = breed

    def kind(self):
        return "dog"

    def speak(self):
        base = super().speak()
        return base + "!"


class Puppy(Dog):
    def speak(self):
        return super().speak().upper()


class Bird(Animal):
    def __init__(self, name, can_fly=True):
        Animal.__init__(self, name, "tweet")
        self.can_fly = can_fly

    def kind(self):
        return "bird" if self.can_fly else "flightless bird"


zoo = [Animal("generic"), Mammal("cow", "moo"), Dog("rex", "lab"), Puppy("bit", "pug"), Bird("tweety"), Bird("pingu", False)]
for a in zoo:
    print(f"{a!r:18} {a.speak():24} {a.describe()}")
print(Animal.registry)
print(zoo[2].legs, zoo[2].breed, zoo[3].kingdom, zoo[4].can_fly, zoo[5].kind())
d = zoo[2]
p = zoo[3]
print(isinstance(d, Dog), isinstance(d, Mammal), isinstance(d, Animal), isinstance(d, Bird), isinstance(d, object))
print(isinstance(p, Dog), isinstance(d, Puppy), isinstance(d, (Bird, Puppy)), isinstance(d, (Bird, Dog)))
print(issubclass(Puppy, Animal), issubclass(Bird, Mammal), issubclass(Dog, Dog), issubclass(Dog, (Bird, Mammal)), issubclass(bool, int))
print(type(p) is Puppy, type(p) is Dog, type(p) == Puppy, type(p).__name__, Puppy.__name__)
print(Dog.kingdom, Puppy.registry is Animal.registry, len(Puppy.registry))
print([type(a).__name__ for a in zoo if isinstance(a, Mammal)])


class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Square(4), Circle(1), Circle(2.5)]
for s in shapes:
    print(s)
print(sorted(shapes, key=lambda s: s.area())[0], "|", max(shapes, key=lambda s: s.area()))
print(sum(s.area() for s in shapes))
try:
    print(Shape())
except NotImplementedError as e:
    print("NotImplementedError:", e)


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base.hello"

    def template(self):
        return f"[{self.hook()}]"

    def hook(self):
        return "base hook"


class Child(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child")

    def hello(self):
        return "Child>" + super().hello()

    def hook(self):
        return "child hook"


class GrandChild(Child):
    def __init__(self):
        super().__init__()
        self.log.append("GrandChild")

    def hello(self):
        return "GrandChild>" + super().hello()


g = GrandChild()
print(g.log, g.hello(), g.template())
print(Base().template(), Child().template(), Child().log, Base().hello())
print(isinstance(g, Base), issubclass(GrandChild, Child), issubclass(Base, GrandChild))


class Vehicle:
    wheels = 4

    def __init__(self, make):
        self.make = make

    def info(self):
        return f"{self.make} on {self.wheels} wheels"


class Motorbike(Vehicle):
    wheels = 2


class Trike(Motorbike):
    wheels = 3

    def info(self):
        return "trike: " + super().info()


for v in [Vehicle("vw"), Motorbike("honda"), Trike("can-am")]:
    print(v.info(), type(v).wheels, Vehicle.wheels)


class MyError(ValueError):
    pass


print(issubclass(MyError, ValueError), issubclass(MyError, Exception), isinstance(MyError("x"), ValueError))
