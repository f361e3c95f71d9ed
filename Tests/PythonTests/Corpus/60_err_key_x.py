# ends with an uncaught KeyError: 'x' raised inside nested function calls
def lookup(table, key):
    return table[key]

def resolve(table, keys):
    return [lookup(table, k) for k in keys]

coords = {"y": 2, "z": 3, "w": 0}
print(resolve(coords, ["y", "z"]), resolve(coords, []), resolve(coords, ["w"] * 3))
try:
    resolve(coords, ["y", "q"])
except KeyError as e:
    print("caught:", e, type(e).__name__)
keys = sorted(coords)
print(keys, [coords[k] for k in keys], sum(coords.values()))
inverse = {v: k for k, v in coords.items()}
print(inverse, inverse[2])
registry = {}
for name, value in [("alpha", 1), ("beta", 2), ("gamma", 3), ("alpha", 10)]:
    if name in registry:
        print(f"overwriting {name}: {registry[name]} -> {value}")
    registry[name] = value
print(registry, list(registry.keys()), len(registry))
for k in ["alpha", "delta", "gamma"]:
    try:
        print(k, "=", lookup(registry, k))
    except KeyError as e:
        print(k, "missing ->", repr(e))
print({(1, 2): "tuple key"}[(1, 2)], {1: "int key"}[1.0], {"x": 0}.get("y", "none"))
print("resolving x, y, z ...")
print(resolve(coords, ["x", "y", "z"]))
