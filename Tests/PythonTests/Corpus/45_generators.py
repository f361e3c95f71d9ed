# generators: yield, next, infinite generators, yield from, return value, send, try/finally, pipelines
def count_up(n):
    print("  start count_up")
    i = 0
    while i < n:
        print(f"  yielding {i}")
        yield i
        i += 1
    print("  count_up finished")

g = count_up(3)
print(type(g).__name__)
print("first:", next(g))
print("second:", next(g))
print("rest:", list(g))
print("exhausted:", list(g), next(g, "default"))
try:
    next(g)
except StopIteration:
    print("StopIteration on exhausted generator")

def naturals():
    n = 1
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        print("first square over 50 from", n)
        break

def take(n, it):
    out = []
    for v in it:
        if len(out) >= n:
            break
        out.append(v)
    return out

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(15, fib_gen()), take(0, fib_gen()), take(3, "abcdef"))

def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v

def squared(it):
    for v in it:
        yield v * v

pipeline = squared(evens(naturals()))
print(take(6, pipeline), next(pipeline))

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (None,))))

def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("  inner returned:", result)
    yield 3

print(list(outer()))

def with_return():
    yield "a"
    return "the value"

gen = with_return()
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value, repr(e))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulator()
print(next(acc), acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print("accumulator stopped")

def guarded():
    try:
        yield "step 1"
        yield "step 2"
    finally:
        print("  cleanup in finally")

for step in guarded():
    print(step)
gen2 = guarded()
print(next(gen2))
gen2.close()
print("closed generator")

def windowed(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]

print(list(windowed([1, 2, 3, 4, 5], 3)), list(windowed("abcd", 2)), list(windowed([1], 3)))

def batches(it, size):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batches(range(10), 4)), list(batches([], 3)))

def enumerate_like(it, start=0):
    i = start
    for v in it:
        yield i, v
        i += 1

print(list(enumerate_like("xyz", 1)), dict(enumerate_like(["a", "b"])))
gen_exp = (c.upper() for c in "gen")
print(next(gen_exp), list(gen_exp))
print(sum(x for x in range(1000) if x % 7 == 0), max(x % 13 for x in range(100)))
lazy = (print(f"  evaluating {v}") or v for v in range(3))
print("generator created, nothing evaluated yet")
print("first value:", next(lazy))
print("remaining:", list(lazy))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(5)), sum(countdown(100)), list(zip(countdown(3), count_up(5))))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

p = primes()
print([next(p) for _ in range(12)])
it = iter([10, 20, 30])
print(next(it), list(it))
