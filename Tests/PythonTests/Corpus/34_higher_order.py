# higher-order functions: map, filter, lambda, functions as values, reduce by hand, pipelines
nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(list(map(str, nums)), "".join(map(str, nums)))
print(list(map(int, ["1", "-2", " 3 "])), list(map(float, ["1.5", "2"])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(pow, [2, 3], [10, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])), list(map(str.upper, "abc")))
m = map(lambda x: x + 1, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, list(f), list(f))

def reduce(fn, seq, initial):
    acc = initial
    for item in seq:
        acc = fn(acc, item)
    return acc

print(reduce(lambda a, b: a + b, nums, 0), reduce(lambda a, b: a * b, nums, 1), reduce(max, [3, 8, 2], 0))
print(reduce(lambda acc, w: acc + [w.upper()], ["x", "y"], []), reduce(lambda a, b: b + a, "abc", ""))
ops = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "pow": pow,
    "max": max,
}
for name in ops:
    print(name, ops[name](7, 2))

def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x

print(apply_n(lambda v: v * 2, 10, 1), apply_n(lambda s: s + "!", 3, "hey"), apply_n(abs, 0, -5))

def make_pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value
    return run

clean = make_pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print([clean(s) for s in ["  Hello World ", "ALREADY_CLEAN", " Mixed Case Words"]])
stats = make_pipeline(sorted, lambda xs: xs[1:-1], lambda xs: sum(xs) / len(xs))
print(stats([10, 1, 7, 3, 100, 5]))
print(sorted(["b", "A", "c"], key=str.lower), max(["aa", "b", "cccc"], key=len), min(nums, key=lambda n: abs(n - 5.6)))
print(callable(len), callable(lambda: 0), callable(5), callable("s"), callable(str), callable(ops["add"]))
square = lambda x: x ** 2
cube = lambda x: x ** 3
print([fn(3) for fn in (square, cube, abs, str, float, bool)])
print(list(map(lambda p: p[0] * p[1], zip(range(5), range(5, 10)))))
print(list(map(lambda kv: f"{kv[0]}={kv[1]}", {"a": 1, "b": 2}.items())))
print(sum(map(lambda x: x * x, filter(lambda x: x % 2, range(10)))))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), list(map(list, zip([1, 2], [3, 4]))))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("x")("y")("z"))
def derivative(fn, h=1e-6):
    return lambda x: (fn(x + h) - fn(x - h)) / (2 * h)
d_square = derivative(square)
print(round(d_square(3), 4), round(derivative(cube)(2), 4))
table = [(x, square(x), cube(x)) for x in range(1, 6)]
for row in table:
    print(*row, sep="\t")
events = [("click", 3), ("view", 10), ("click", 5), ("buy", 1), ("view", 2)]
by_type = {}
for kind, n in events:
    by_type[kind] = by_type.get(kind, 0) + n
print(by_type, sorted(by_type.items(), key=lambda kv: kv[1], reverse=True))
handlers = []
for word in ["alpha", "beta"]:
    handlers.append(lambda prefix, w=word: prefix + w)
print([h(">") for h in handlers])
print((lambda *a, **k: (a, k))(1, 2, x=3), (lambda x=5: x)(), (lambda: "no args")())
print(list(map(lambda x: "even" if x % 2 == 0 else "odd", range(4))))
