# ends with an uncaught custom exception: "MyError: something"
class MyError(Exception):
    pass

class Pipeline:
    def __init__(self, steps):
        self.steps = steps
        self.log = []

    def run(self, value):
        for name, fn in self.steps:
            value = fn(value)
            self.log.append(f"{name} -> {value!r}")
        return value

def check(v):
    if v > 100:
        raise MyError("something")
    return v

p = Pipeline([("double", lambda v: v * 2), ("inc", lambda v: v + 1), ("check", check)])
for start in [1, 10, 49]:
    result = p.run(start)
    print(f"run({start}) = {result}")
print("\n".join(p.log))
try:
    p.run(60)
except MyError as e:
    print("caught MyError:", e, "| repr:", repr(e), "| log size:", len(p.log))
try:
    raise MyError
except MyError as e:
    print("bare raise of class:", repr(e), repr(str(e)))
print("running with 75 (will fail)")
p.run(75)
print("unreachable")
