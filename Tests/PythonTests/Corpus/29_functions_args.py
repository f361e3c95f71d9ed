# function parameters: defaults, *args, **kwargs, keyword-only, positional-only, unpacking calls
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di", greeting="Yo"))

def total(*args):
    print("args =", args, type(args).__name__)
    return sum(args)

print(total(), total(1), total(1, 2, 3))

def report(**kwargs):
    print("kwargs =", kwargs, type(kwargs).__name__)
    return sorted(kwargs)

print(report(), report(b=2, a=1), report(**{"x": 1, "y": 2}))

def everything(a, b=2, *args, c, d=4, **kwargs):
    return f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}"

print(everything(1, c=3))
print(everything(1, 20, 30, 40, c=3, e=5))
print(everything(*[1, 2, 3], **{"c": 9, "z": 0}))
print(everything(a=1, c=2, d=3, q=4))

def kwonly(a, *, scale=1, offset=0):
    return a * scale + offset

print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=-1, scale=2))

def posonly(x, y, /, z=0):
    return x - y + z

print(posonly(10, 3), posonly(10, 3, 1), posonly(10, 3, z=100))

def mixed(p, /, q, *, r):
    return (p, q, r)

print(mixed(1, 2, r=3), mixed(1, q=2, r=3))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket

print(append_bad(1), append_bad(2), append_bad(3, []), append_bad(4))

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket

print(append_good(1), append_good(2), append_good(3, [0]))

counter = 10
def default_time(v=counter):
    return v

counter = 20
print(default_time(), default_time(5), counter)

def make_defaults(n=len("abc") * 2, label="x" * 3):
    return n, label

print(make_defaults(), make_defaults(1), make_defaults(label=''))

def apply(func, *args, **kwargs):
    return func(*args, **kwargs)

print(apply(greet, "Eve"), apply(greet, "Fay", greeting="Hey"), apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))
nums = [4, 5, 6]
opts = {"sep": " | ", "end": " <end>\n"}
print(*nums, **opts)
print(*nums, *"ab", *[None])
print(greet(*["Gus", "Howdy"]), greet(**{"name": "Ivy"}))
first, *rest = nums

def swap(a, b):
    return b, a

x, y = swap(1, 2)
print(x, y, swap(*swap(3, 4)))

def returns_many():
    return 1, [2, 3], {"k": 4}

a, (b, c), d = returns_many()[0], returns_many()[1], returns_many()[2]
print(a, b, c, d)

def describe(func):
    return func.__name__

def some_function_name():
    return None

lam = lambda x: x
print(describe(some_function_name), describe(greet), describe(lam), describe(print), describe(len))

def varsum(first, *more, scale=1):
    return (first + sum(more)) * scale

print(varsum(1), varsum(1, 2, 3), varsum(1, 2, scale=10), varsum(*range(5), scale=-1))

def kw_collector(a, **rest):
    return a, rest

print(kw_collector(1, b=2, c=3), kw_collector(a=0), kw_collector(**{"a": 9, "z": 8}))

def nested_defaults(a, b=(1, 2), c={"k": [1]}):
    return a, b, c

print(nested_defaults(0), nested_defaults(0, c=None))

def countdown(n):
    if n <= 0:
        return ["liftoff"]
    return [n] + countdown(n - 1)

print(countdown(5))

def outer_doc():
    "docstring only"
print(outer_doc(), outer_doc.__name__, some_function_name() is None)
