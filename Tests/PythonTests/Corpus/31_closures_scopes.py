# closures, nonlocal, global, LEGB, late binding in loops, comprehension scope
x = "global x"

def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()

def shadow():
    x = "local x"
    return x

print(outer(), "|", shadow(), "|", x)

def read_global():
    return x

print(read_global())

counter = 0
def increment():
    global counter
    counter += 1
    return counter

for _ in range(3):
    increment()
print("counter:", counter)

def set_new_global():
    global created_later
    created_later = "made inside function"

set_new_global()
print(created_later)

def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    return tick

c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2(), c1())

def make_accumulator():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, len(items)
    return add

acc = make_accumulator()
print(acc(5), acc(10), acc(-3))

def make_multipliers_late():
    return [lambda v: v * i for i in range(4)]

def make_multipliers_bound():
    return [lambda v, i=i: v * i for i in range(4)]

print([m(10) for m in make_multipliers_late()])
print([m(10) for m in make_multipliers_bound()])

funcs = []
for n in range(3):
    def show(n=n):
        return n
    funcs.append(show)
print([fn() for fn in funcs])

late = []
for n in range(3):
    late.append(lambda: n)
print([fn() for fn in late], "n after loop:", n)

def nested_levels():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r = level2()
    return r, a

print(nested_levels())

i = "module i"
squares = [i * i for i in range(5)]
print(squares, i)
gen_total = sum(j for j in range(4))
print(gen_total)
try:
    print(j)
except NameError as e:
    print("NameError:", e)
for k in range(3):
    pass
print("loop var k leaks:", k)

def builtin_shadow():
    len = lambda s: "shadowed"
    return len("abc")

print(builtin_shadow(), len("abc"))

def uses_enclosing_after_change():
    v = 1
    def get():
        return v
    v = 2
    return get()

print(uses_enclosing_after_change())

def make_adders():
    adders = {}
    for name, amount in [("one", 1), ("ten", 10)]:
        def adder(x, amount=amount):
            return x + amount
        adders[name] = adder
    return adders

adders = make_adders()
print(adders["one"](5), adders["ten"](5))

def compose(*fns):
    def composed(v):
        for fn in reversed(fns):
            v = fn(v)
        return v
    return composed

inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7), compose(inc, inc, inc)(0))

def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache

fib, cache = memo_fib()
print(fib(50), len(cache), fib(90))

def local_then_global():
    try:
        print(undefined_here)
    except NameError as e:
        print("NameError:", e)

local_then_global()

def unbound_demo():
    try:
        print(value)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    value = 5
    return value

value = "global value"
print(unbound_demo())

class Scope:
    attr = "class attr"
    doubled = attr * 2
    def method(self):
        try:
            return attr
        except NameError as e:
            return "NameError: " + str(e)

print(Scope.doubled, Scope().method())
total = 0
def add_to_total(v):
    global total
    total = total + v
for v in [1, 2, 3, 4]:
    add_to_total(v)
print("total:", total)

def make_bank(balance):
    history = []
    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount, balance))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("rejected", amount, balance))
            return None
        balance -= amount
        history.append(("withdraw", amount, balance))
        return balance
    def get_history():
        return list(history)
    return deposit, withdraw, get_history

dep, wd, hist = make_bank(100)
print(dep(50), wd(30), wd(500), dep(5))
for entry in hist():
    print("  ", entry)
dep2, wd2, hist2 = make_bank(0)
print(dep2(1), len(hist()), len(hist2()))

level = "module"
def scope_report():
    level = "function"
    def inner():
        return level
    def inner_global():
        return globals_level()
    return inner(), inner_global()
def globals_level():
    return level
print(scope_report())
def counter_factory():
    counts = {"calls": 0}
    def call():
        counts["calls"] += 1
        return counts["calls"]
    return call
cf = counter_factory()
print([cf() for _ in range(4)])
