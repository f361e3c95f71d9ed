# ends with an uncaught StopIteration from next() on an exhausted iterator (no message)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("caught StopIteration:", repr(e), e.args)
gen = (c for c in "ab")
print(next(gen), next(gen), next(gen, None))
def numbers():
    yield 1
    yield 2
    return "done"

g = numbers()
print(list(g), list(g), next(g, "exhausted"))
g2 = numbers()
print(next(g2), next(g2))
try:
    next(g2)
except StopIteration as e:
    print("generator return value via StopIteration:", e.value, repr(e))
for v in numbers():
    print("for loop swallows StopIteration:", v)
print("calling next() once more without a default")
next(it)
