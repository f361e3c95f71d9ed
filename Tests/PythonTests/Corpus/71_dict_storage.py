# dict storage: small tables searched in order, larger ones indexed, and the moves between them
d = {}
for i in range(20):
    d["k%d" % i] = i
print(len(d), list(d)[:5], d["k13"])
for i in range(0, 20, 2):
    del d["k%d" % i]
print(len(d), list(d.items())[:4])
for i in range(0, 20, 3):
    d["k%d" % i] = -i
print(list(d))
while len(d) > 3:
    d.popitem()
print(d, "k1" in d, "k19" in d)
for k in list(d):
    del d[k]
print(d, len(d))
for round_ in range(5):
    for i in range(12):
        d[i] = round_
    for i in range(11):
        del d[i]
print(d)
e = {1: "a", 2: "b", 1.0: "c", True: "d"}
print(e, len(e))
f = dict.fromkeys("abcdefghijk", 0)
f.update({"z": 1, "a": 2})
print(f, f.get("k"), f.get("q", 9))
g = {x: x * x for x in range(10)}
h = {x: x * x for x in range(9, -1, -1)}
print(g == h, list(g) == list(h))
s = {}
s[(1, 2)] = 1
s[frozenset([3])] = 2
s[None] = 3
print(s.pop((1, 2)), s, s.setdefault(None, 7), s.setdefault("n", 8), s)
many = {i: i for i in range(1000)}
for i in range(0, 1000, 7):
    many.pop(i)
print(len(many), sum(many), list(many)[:3], list(many)[-3:])
