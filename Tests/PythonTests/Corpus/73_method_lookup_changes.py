# A method call site remembers what it found; changing a class, a subclass or an instance
# between calls must be seen at once.
class A:
    def f(self):
        return "A.f"
class B(A):
    pass
def g(self):
    return "patched"
out = []
objs = [A(), B(), A()]
for i in range(6):
    for o in objs:
        out.append(o.f())
    if i == 1:
        A.f = g
    if i == 2:
        B.f = lambda self: "B.own"
    if i == 3:
        objs[2].f = lambda: "instance"
    if i == 4:
        del B.f
        objs[0] = B()
print(out)
s = "a,b"
print([s.split(",") for _ in range(2)], [x.upper() for x in "ab"])
