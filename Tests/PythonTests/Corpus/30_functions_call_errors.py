# TypeError messages for bad calls (caught and printed)
def f(a, b):
    return a + b

def g(a, b=2, *, c):
    return a + b + c

def h(x, /, y):
    return x * y

def k(*args, **kwargs):
    return len(args) + len(kwargs)

class C:
    def method(self, v):
        return v

    def __init__(self, n):
        self.n = n

ident = lambda x: x
five = 5
text_value = "abc"
nothing = None

attempts = [
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, 2, z=3)", lambda: f(1, 2, z=3)),
    ("f(1, a=1)", lambda: f(1, a=1)),
    ("f(b=1)", lambda: f(b=1)),
    ("f(1, 2)", lambda: f(1, 2)),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g(1, c=3)", lambda: g(1, c=3)),
    ("g(1, 2, c=3, d=4)", lambda: g(1, 2, c=3, d=4)),
    ("h(x=1, y=2)", lambda: h(x=1, y=2)),
    ("h(3, y=4)", lambda: h(3, y=4)),
    ("k(1, 2, a=3)", lambda: k(1, 2, a=3)),
    ("C(1).method()", lambda: C(1).method()),
    ("C(1).method(1, 2)", lambda: C(1).method(1, 2)),
    ("C()", lambda: C()),
    ("C(1, 2)", lambda: C(1, 2)),
    ("ident()", lambda: ident()),
    ("f(*[1, 2, 3])", lambda: f(*[1, 2, 3])),
    ("f(**{'a': 1, 'c': 2})", lambda: f(**{"a": 1, "c": 2})),
    ("f(1, 'x')", lambda: f(1, "x")),
    ("len(5)", lambda: len(5)),
    ("len()", lambda: len()),
    ("len([], [])", lambda: len([], [])),
    ("abs('x')", lambda: abs("x")),
    ("five()", lambda: five()),
    ("text_value()", lambda: text_value()),
    ("nothing()", lambda: nothing()),
    ("[1][0]()", lambda: [1][0]()),
    ("int('1', 2, 3)", lambda: int("1", 2, 3)),
    ("sum(1, 2)", lambda: sum(1, 2)),
    ("iter(5)", lambda: iter(5)),
    ("next([1])", lambda: next([1])),
    ("sorted(1)", lambda: sorted(1)),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("{} + {}", lambda: {} + {}),
    ("-'x'", lambda: -"x"),
    ("'x' < 1", lambda: "x" < 1),
    ("[1] < 'a'", lambda: [1] < "a"),
    ("None + 1", lambda: None + 1),
    ("1 + None", lambda: 1 + None),
    ("'%d' % 'x'", lambda: "%d" % "x"),
]
for text, fn in attempts:
    try:
        result = fn()
        print(f"{text:<24} OK {result!r}")
    except TypeError as e:
        print(f"{text:<24} {type(e).__name__}: {e}")

def with_many(a, b, c, d):
    return a

for args in [(), (1,), (1, 2), (1, 2, 3)]:
    try:
        with_many(*args)
    except TypeError as e:
        print(len(args), "->", e)

def kw_only_many(*, x, y, z):
    return x

try:
    kw_only_many()
except TypeError as e:
    print(e)
try:
    kw_only_many(x=1)
except TypeError as e:
    print(e)
try:
    kw_only_many(1, 2)
except TypeError as e:
    print(e)

def one_default(a, b=1):
    return a

try:
    one_default(1, 2, 3)
except TypeError as e:
    print(e)
try:
    one_default()
except TypeError as e:
    print(e, "|", e.args, "|", repr(e))
