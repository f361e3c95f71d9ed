# ends with an uncaught RecursionError from unbounded recursion (default limit 1000)
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)

print("depth 100:", depth_ok(100))
print("depth 900:", depth_ok(900))

def caught_recursion(n):
    return caught_recursion(n + 1)

try:
    caught_recursion(0)
except RecursionError as e:
    print("caught:", type(e).__name__, "-", e)
print("is RuntimeError:", issubclass(RecursionError, RuntimeError))

def forever(n):
    return forever(n + 1) + 1

print("starting unbounded recursion")
forever(0)
