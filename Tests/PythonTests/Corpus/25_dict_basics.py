# dicts: literal, order, access, comprehension, construction, merge, views, nested
d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], "a" in d, "z" in d, 2 in d, "z" not in d)
d["d"] = 4
d["a"] = 100
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(dict(), {}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": "v"}, extra=1))
squares = {n: n * n for n in range(6)}
print(squares, {k: v for k, v in squares.items() if v % 2 == 0}, {v: k for k, v in {"a": 1, "b": 2}.items()})
mixed = {1: "int", "1": "str", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", False: 0}
print(mixed)
print(mixed[1], mixed[True], mixed[None], mixed[(1, 2)], len(mixed))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, a | b, b | a, {**a, "w": 0})
c = a.copy()
c |= b
print(c, a)
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in sorted(d.items()):
    print(f"{k}={v}", end=" ")
print()
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
nested = {"user": {"name": "ann", "roles": ["admin", "dev"], "prefs": {"theme": "dark"}}, "count": 2}
print(nested)
print(nested["user"]["roles"][1], nested["user"]["prefs"]["theme"], len(nested["user"]))
nested["user"]["prefs"]["lang"] = "en"
nested["user"]["roles"].append("ops")
print(nested["user"])
print(sorted(d), sorted(d, reverse=True), sorted(d.values()), max(d), min(d, key=lambda k: d[k]))
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    print({}[(1, 2)])
except KeyError as e:
    print("KeyError:", e)
try:
    print({1: 2}[[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    for k in d:
        d["new" + k] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == dict())
print(bool({}), bool({0: 0}), len({}), list({}.items()))
counts = {}
for word in "one two three two three three".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
keys = ["a", "b", "c"]
print(dict.fromkeys(keys), dict.fromkeys(keys, 0), dict(zip(keys, [1, 2, 3])))
print({str(i): i for i in range(3)}, {i % 3: i for i in range(10)})
dd = {}
dd[1] = "one"
dd[1.0] = "float one"
dd[True] = "true"
print(dd)
print(list(reversed({"p": 1, "q": 2, "r": 3})), list(reversed({"p": 1}.items())))
kv = d.items()
d["late"] = 42
print(kv, len(kv), ("late", 42) in kv, "late" in d.keys(), 42 in d.values())
print(repr({"quote": "it's", "dq": 'a"b', "nl": "\n", "float": 0.1, "list": [1.0, -0.0]}))
