# decorators without functools: plain, with arguments, stacked, stateful, class-based, on methods
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} returned {result!r}")
        return result
    wrapper.__name__ = func.__name__
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(2, 3)
add(1, b=10)
print("name preserved:", add.__name__)

def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            results = []
            for _ in range(times):
                results.append(func(*args, **kwargs))
            return results
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def prefix(tag):
    def deco(func):
        def wrapped(*a, **k):
            return f"[{tag}] " + str(func(*a, **k))
        return wrapped
    return deco

@prefix("outer")
@prefix("inner")
def message(text):
    return text.upper()

print(message("stacked"))

def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x

for i in range(5):
    square(i)
print("square called", square.calls, "times; last =", square(7), "now", square.calls)

def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(80), len(slow_fib.cache))

registry = {}
def register(name):
    def deco(func):
        registry[name] = func
        return func
    return deco

@register("double")
def double(x):
    return 2 * x

@register("negate")
def negate(x):
    return -x

print(sorted(registry), [registry[k](21) for k in sorted(registry)], double(4))

def validate_positive(func):
    def wrapper(x):
        if x < 0:
            raise ValueError(f"{func.__name__} needs a non-negative value, got {x}")
        return func(x)
    return wrapper

@validate_positive
def root(x):
    return x ** 0.5

print(root(16))
try:
    root(-4)
except ValueError as e:
    print("ValueError:", e)

class CallCounter:
    def __init__(self, func):
        self.func = func
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.func(*args)

@CallCounter
def mul(a, b):
    return a * b

print(mul(3, 4), mul(5, 6), mul.count, type(mul).__name__)

def log_method(func):
    def wrapper(self, *args):
        print(f"calling {type(self).__name__}.{func.__name__} with {args}")
        return func(self, *args)
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance
    @log_method
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @log_method
    def withdraw(self, amount):
        if amount > self.balance:
            return "insufficient"
        self.balance -= amount
        return self.balance

acct = Account(100)
print(acct.deposit(50), acct.withdraw(500), acct.withdraw(30), acct.balance)

def decorator_with_default(func=None, *, label="default"):
    def deco(f):
        def wrapper(*args):
            return f"{label}:{f(*args)}"
        return wrapper
    if func is not None:
        return deco(func)
    return deco

@decorator_with_default
def one():
    return 1

@decorator_with_default(label="custom")
def two():
    return 2

print(one(), two())
order = []
def mark(n):
    order.append(f"factory {n}")
    def deco(f):
        order.append(f"apply {n}")
        return f
    return deco

@mark(1)
@mark(2)
@mark(3)
def target():
    return "target"

print(order, target())
def timer_free(func):
    def wrapper(*args, **kwargs):
        wrapper.history.append((args, kwargs))
        return func(*args, **kwargs)
    wrapper.history = []
    return wrapper

@timer_free
def power(base, exp=2):
    return base ** exp

print(power(3), power(2, exp=10), power(exp=3, base=4), power.history)


def enforce_types(*types):
    def deco(func):
        def wrapper(*args):
            for i, (arg, expected) in enumerate(zip(args, types)):
                if not isinstance(arg, expected):
                    raise TypeError(f"{func.__name__} argument {i} must be {expected.__name__}, not {type(arg).__name__}")
            return func(*args)
        wrapper.__name__ = func.__name__
        return wrapper
    return deco


@enforce_types(int, str)
def label(n, text):
    return f"{text}#{n}"


print(label(3, "item"))
for args in [(3, 4), ("3", "x"), (True, "bool is int")]:
    try:
        print(label(*args))
    except TypeError as e:
        print("TypeError:", e)


def call_log(func):
    log = []
    def wrapper(*args, **kwargs):
        log.append(func.__name__)
        return func(*args, **kwargs)
    wrapper.log = log
    return wrapper


@call_log
def even(n):
    return n == 0 or odd(n - 1)


@call_log
def odd(n):
    return n != 0 and even(n - 1)


print(even(4), even.log, odd.log)
print(odd(3), len(even.log), len(odd.log))
undecorated = lambda x: x + 1
decorated = trace(undecorated)
print(decorated(41))
square_twice = repeat(2)(lambda v: v * v)
print(square_twice(9))
for name in ["double", "negate"]:
    fn = registry[name]
    print(name, [fn(v) for v in range(-2, 3)])
