# ends with an uncaught TypeError: can only concatenate str (not "int") to str
name = "epoch"
for i in range(3):
    print(name + " " + str(i), name + "_" + f"{i:02d}", "%s-%d" % (name, i))
label = "loss=" + format(0.25, ".3f")
print(label, "a" + "b" * 3, "-".join(["x", "y"]))
try:
    "count: " + 5
except TypeError as e:
    print("caught:", e)
try:
    "pi: " + 3.14
except TypeError as e:
    print("caught:", e)
try:
    "items: " + [1, 2]
except TypeError as e:
    print("caught:", e)
try:
    "none: " + None
except TypeError as e:
    print("caught:", e)
try:
    5 + "5"
except TypeError as e:
    print("caught:", e)
print("building message with an int step...")
step = 100
message = "step " + step
print(message)
