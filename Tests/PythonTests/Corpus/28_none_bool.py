# None and bool: truthiness of every type, and/or returning operands, not, is None
values = [None, True, False, 0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", "False",
          [], [0], [[]], (), (None,), {}, {0: 0}, set(), {0}, range(0), range(1)]
for v in values:
    print(f"{v!r:>12} -> bool={bool(v)!s:<5} not={not v}")
print(repr(None), str(None), type(None).__name__, None is None, None == None, None != 0, None == False)
x = None
print(x is None, x is not None, not x, bool(x), [x], {x: x}, (x,))
def nothing():
    pass
def explicit():
    return
def implicit_in_branch(flag):
    if flag:
        return "value"
print(nothing(), explicit(), implicit_in_branch(True), implicit_in_branch(False))
print(nothing() is None, [nothing(), explicit()])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, "a" and "b" and "c")
print([] and 1, [1] and 0, None and 1/0, 1 or 1/0, False or None, 0.0 or -0.0, "" and 0)
print(not 0, not 1, not "", not "x", not None, not [], not not [], not (1 and 0))
print(True and True, True and False, False or True, not True or True, not (True or True))
print(True + True + True, True * 3.5, False * 10, sum([True, False, True, True]), True / 4, -False)
print(int(True), float(False), str(True), repr(False), bool("False"), bool(0.0), bool(-1), bool(1e-300))
print(True == 1, False == 0, True != 2, True > False, True < 2, [True, False] == [1, 0], True in [1], 0 in [False])
print(bool(), bool(None), bool(bool), type(True).__name__, isinstance(False, int), isinstance(1, bool), issubclass(bool, int))
print(f"{True}", f"{False!r}", "%s %d %r" % (True, True, False), "{} {}".format(True, False), str(True).upper())
print(["yes" if v else "no" for v in [0, 1, "", "a", None, [0]]])
name = ""
display = name or "anonymous"
print(display)
count = 0
label = count and f"{count} items" or "empty"
print(label)
def first_truthy(*args):
    for a in args:
        if a:
            return a
    return None
print(first_truthy(0, "", None, 5, 6), first_truthy(), first_truthy(0, 0.0))
calls = []
def check(v):
    calls.append(v)
    return v
result = check(0) and check(1)
print(result, calls)
calls.clear()
result = check(0) or check(2) or check(3)
print(result, calls)
calls.clear()
result = check(1) and check(2) and check(0) and check(4)
print(result, calls)
print(all([]), any([]), all([1, 2, 3]), all([1, 0]), any([0, 0, 1]), any([0, "", None]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all("abc"), any(""))
print(None if None else "none falsy", 0 if 0 else "zero falsy", [] if [] else "empty falsy")
print(True is not False, (None,) != (None, None), x is None is not False)
flags = [True, False, True]
print(flags.count(True), flags.index(False), sorted(flags), max(flags), sum(flags), ~True, -True)
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Plain:
    pass
print(bool(Box([])), bool(Box([1])), bool(Flag(False)), bool(Flag(True)), bool(Plain()))
print("box truthy" if Box([0]) else "box falsy", not Flag(False), Flag(True) and "flag on")
