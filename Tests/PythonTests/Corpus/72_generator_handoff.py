# Generators run on their own threads and hand control back and forth: many of them, nested,
# abandoned after one step, closed, raising, and sending values in.
def gen(n):
    for i in range(n):
        yield i

def nested(n):
    for i in range(n):
        yield from gen(i % 5)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closed after", received)

def failing(n):
    for i in range(n):
        yield i
    raise ValueError("done at %d" % n)

total = 0
for k in range(300):
    total += sum(gen(k % 7))
    g = gen(10)
    next(g)
    total += sum(nested(k % 4))
    total += sum(x * x for x in range(k % 6))
print(total)

e = echo()
next(e)
print([e.send(w) for w in ["a", "b", "c"]])
e.close()

for n in (0, 2):
    try:
        print(list(failing(n)))
    except ValueError as err:
        print("ValueError:", err)

pairs = zip(gen(3), (c for c in "xyz"))
print(list(pairs))
