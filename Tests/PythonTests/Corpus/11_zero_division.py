# ZeroDivisionError messages for every operator/type combination
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("1.0 % 0.0", lambda: 1.0 % 0.0),
    ("5 % 0.0", lambda: 5 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0)", lambda: divmod(1.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("2**100 // 0", lambda: 2 ** 100 // 0),
    ("2**100 / 0", lambda: 2 ** 100 / 0),
    ("True / False", lambda: True / False),
    ("pow(5, 2, 0)", lambda: pow(5, 2, 0)),
]
for text, fn in cases:
    try:
        result = fn()
        print(f"{text:<14} = {result}")
    except ZeroDivisionError as e:
        print(f"{text:<14} -> {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"{text:<14} -> {type(e).__name__}: {e}")

x = 10
for d in [5, 2, 0, -3]:
    try:
        print("10 / %d =" % d, x / d, "10 // %d =" % d, x // d, "10 %% %d =" % d, x % d)
    except ZeroDivisionError as err:
        print("cannot divide by", d, "-", err)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float('inf') if a > 0 else float('-inf') if a < 0 else float('nan')

for a, b in [(1, 2), (1, 0), (-1, 0), (0, 0), (7.5, 2.5)]:
    print("safe_div", a, b, "=", safe_div(a, b))

def ratio(xs):
    return sum(xs) / len(xs)

for xs in [[1, 2, 3], [4], []]:
    try:
        print("mean", xs, ratio(xs))
    except ZeroDivisionError as e:
        print("mean", xs, "error:", e, "| args:", e.args, "| repr:", repr(e))

try:
    n = 0
    r = 100 % n
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e)
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(ZeroDivisionError, Exception))
count = 0
for i in range(-3, 4):
    try:
        print(i, 12 // i, 12 % i, 12 / i)
    except ZeroDivisionError:
        count += 1
        print(i, "skipped")
print("skipped count:", count)
print(0 / 5, -0 / 5, 0.0 / -5, 0 // -5, 0 % -5)
