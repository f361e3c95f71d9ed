# dict methods: get setdefault update pop popitem clear copy keys/values/items, KeyError handling
inv = {"apple": 3, "banana": 0, "cherry": 7}
print(inv.get("apple"), inv.get("kiwi"), inv.get("kiwi", 0), inv.get("banana", 99), inv.get("kiwi", []))
print(inv.setdefault("apple", 100), inv.setdefault("kiwi", 5), inv.setdefault("fig"), inv)
inv.update({"apple": 4, "date": 1})
print(inv)
inv.update(banana=10, elder=2)
print(inv)
inv.update([("fig", 8), ("grape", 9)])
print(inv)
inv.update({"x": 1}, y=2)
print(inv)
print(inv.pop("x"), inv.pop("nothing", "default"), inv.pop("y", None), inv)
try:
    inv.pop("nothing")
except KeyError as e:
    print("KeyError:", e)
print(inv.popitem(), inv.popitem(), inv)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
snapshot = inv.copy()
inv.clear()
print(inv, snapshot, len(inv), len(snapshot))
keys = snapshot.keys()
vals = snapshot.values()
items = snapshot.items()
snapshot["new"] = -1
print(keys)
print(vals)
print(items)
print(list(keys)[-1], sum(vals), sorted(keys), "new" in keys, ("new", -1) in items)
del snapshot["new"]
print(len(keys), keys)
print(keys & {"apple", "zzz"}, sorted(keys - {"apple"}), sorted(keys | {"q"}))
matrix = {}
for r in range(3):
    for c in range(3):
        matrix.setdefault(r, {})[c] = r * c
print(matrix)
groups = {}
for word in ["ant", "bee", "cat", "ape", "bat", "cow", "eel"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print({k: len(v) for k, v in groups.items()}, max(groups, key=lambda k: len(groups[k])))
counts = {}
for ch in "mississippi":
    if ch in counts:
        counts[ch] += 1
    else:
        counts[ch] = 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
d = {"a": 1}
e = d
f = dict(d)
e["b"] = 2
print(d, e, f, d == e, d == f)
cfg = {"lr": 0.01, "epochs": 10}
defaults = {"lr": 0.1, "epochs": 5, "batch": 32, "optimizer": "sgd"}
merged = dict(defaults)
merged.update(cfg)
print(merged)
print({**defaults, **cfg} == merged, defaults | cfg == merged)
for key in ["lr", "batch", "momentum"]:
    value = cfg.get(key, defaults.get(key, "n/a"))
    print(f"{key:>10}: {value}")
table = dict(zip(range(5), "abcde"))
print(table, {v: k for k, v in table.items()})
while table:
    k, v = table.popitem()
    print("popped", k, v, "remaining", len(table))
ages = {"ann": 31, "bob": 25}
try:
    print(ages["cy"])
except KeyError as e:
    print("lookup failed for", e, "|", type(e).__name__, "|", e.args[0])
ages.setdefault("cy", 40)
print(ages["cy"], list(ages.items()))
value = ages.pop("ann")
ages["ann"] = value
print(list(ages))
print(dict(sorted(ages.items())), dict(sorted(ages.items(), key=lambda kv: kv[1])))
