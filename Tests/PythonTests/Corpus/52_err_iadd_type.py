# ends with an uncaught TypeError from augmented assignment mixing int and str
records = [("apples", 3), ("pears", 5), ("plums", "7"), ("figs", 2)]
print("inventory report")
print("=" * 24)
running = 0
for name, qty in records[:2]:
    running += qty
    print(f"{name:<10}{qty!r:>6}{running:>8}")
print("-" * 24)
print("partial total:", running)
values = [1, 2.5, True]
acc = 0
for v in values:
    acc += v
    print("acc after adding", repr(v), "is", acc)
text = "x"
text += "y"
text *= 3
print("string ops:", text)
lst = [1]
lst += (2, 3)
lst += "ab"
print("list +=:", lst)
try:
    lst += 5
except TypeError as e:
    print("caught:", e)
try:
    n = 1
    n += None
except TypeError as e:
    print("caught:", e)
try:
    s = "a"
    s += 1
except TypeError as e:
    print("caught:", e)
try:
    t = (1,)
    t += [2]
except TypeError as e:
    print("caught:", e)
print("now processing the rest without protection...")
for name, qty in records[2:]:
    print("adding", name, repr(qty))
    running += qty
print("never printed", running)
