# ends with an uncaught NameError for an undefined global name
def area(w, h):
    return w * h

shapes = {"a": (2, 3), "b": (4.5, 2), "c": (1, 1)}
for key, (w, h) in shapes.items():
    print(f"shape {key}: {w} x {h} = {area(w, h)}")
try:
    print(undefined_local_thing)
except NameError as e:
    print("caught NameError:", e)
try:
    del never_defined
except NameError as e:
    print("caught NameError on del:", e)
def uses_missing():
    return missing_helper(3)
try:
    uses_missing()
except NameError as e:
    print("caught NameError from function:", e, e.args)
value = 10
del value
try:
    print(value)
except NameError as e:
    print("caught after del:", e)
print("names are case sensitive:")
Result = 5
try:
    print(result)
except NameError as e:
    print("  ", e)
print("about to use an undefined name at module level")
total = area(2, 2) + undefined_name
print("unreachable", total)
