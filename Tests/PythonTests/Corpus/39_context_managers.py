# with statements: __enter__/__exit__ order, exceptions passed to __exit__, suppression, multiple items
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"exit {self.name} (clean)")
        else:
            print(f"exit {self.name} with {exc_type.__name__}: {exc} suppress={self.suppress}")
        return self.suppress

    def __repr__(self):
        return f"Tracker({self.name!r})"


with Tracker("a") as t:
    print("inside with", t)
print("after first with")

with Tracker("outer"), Tracker("inner") as inner:
    print("body with", inner)

with Tracker("x") as x, Tracker("y") as y:
    print("x and y:", x, y)

try:
    with Tracker("failing"):
        print("about to fail")
        raise ValueError("boom")
        print("never printed")
except ValueError as e:
    print("caught outside:", e)

with Tracker("suppressor", suppress=True):
    print("raising inside suppressor")
    raise KeyError("hidden")
print("continued after suppressed error")

try:
    with Tracker("A"), Tracker("B", suppress=True), Tracker("C"):
        raise RuntimeError("nested")
    print("B suppressed the error, so A saw a clean exit")
except RuntimeError:
    print("not reached")

try:
    with Tracker("P"), Tracker("Q"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)


class Resource:
    log = []

    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        self.open = True
        Resource.log.append(f"open {self.name}")
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        Resource.log.append(f"close {self.name}")
        return False


res = Resource("db")
with res as handle:
    print("handle:", handle, "open?", res.open)
print("open after?", res.open, Resource.log)


def use_in_function():
    with Resource("file") as h:
        return f"returned from with: {h}"


print(use_in_function(), Resource.log)

for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
print(Resource.log[-4:])


class Timer:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("start")
        return self.events

    def __exit__(self, *exc_info):
        self.events.append("stop")
        print("exit args:", len(exc_info), [type(a).__name__ for a in exc_info[:2]])


timer = Timer()
with timer as ev:
    ev.append("work")
print(timer.events)
try:
    with timer:
        raise TypeError("bad type")
except TypeError as e:
    print("TypeError passed through:", e, timer.events)


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *args):
        self.level -= 1

    def say(self, text):
        print("    " * self.level + text)


ind = Indenter()
with ind:
    ind.say("level one")
    with ind:
        ind.say("level two")
        with ind:
            ind.say("level three")
    ind.say("back to one")
ind.say("level zero")


class Transaction:
    def __init__(self, account):
        self.account = account

    def __enter__(self):
        self.snapshot = dict(self.account)
        return self.account

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.account.clear()
            self.account.update(self.snapshot)
            print("rolled back because of", repr(exc))
            return True
        print("committed")
        return False


acct = {"balance": 100}
with Transaction(acct) as a:
    a["balance"] -= 30
print(acct)
with Transaction(acct) as a:
    a["balance"] -= 500
    if a["balance"] < 0:
        raise ValueError("overdrawn")
print(acct)
