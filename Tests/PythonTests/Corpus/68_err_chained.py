# ends with an exception raised while handling another one (two tracebacks; last line is the new error)
def load(name, store):
    try:
        return store[name]
    except KeyError:
        raise RuntimeError(f"failed to load {name!r}")

store = {"weights": [0.5, -1.25], "bias": 0.1}
print(load("weights", store), load("bias", store))
try:
    load("optimizer", store)
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("bad value") from inner
except ValueError as e:
    print("explicit cause:", repr(e.__cause__), "| suppress context:", e.__suppress_context__)
for key in ["weights", "bias", "lr"]:
    try:
        print(key, "->", load(key, store))
    except RuntimeError as e:
        print(key, "->", type(e).__name__, e)
print("loading a missing checkpoint...")
load("checkpoint", store)
