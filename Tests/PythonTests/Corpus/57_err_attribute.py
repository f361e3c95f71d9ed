# ends with an uncaught AttributeError: 'int' object has no attribute 'foo'
class Config:
    def __init__(self):
        self.name = "cfg"
        self.size = 3

    def __repr__(self):
        return f"Config(name={self.name!r}, size={self.size})"

c = Config()
print(c, c.name, c.size, getattr(c, "size"), getattr(c, "color", "no color"))
for attr in ["name", "size", "color", "__class__"]:
    print(attr, hasattr(c, attr))
try:
    c.color
except AttributeError as e:
    print("caught:", e)
try:
    [].push(1)
except AttributeError as e:
    print("caught:", e)
try:
    {}.has_key("a")
except AttributeError as e:
    print("caught:", e)
try:
    "abc".foo()
except AttributeError as e:
    print("caught:", e)
try:
    Config.missing
except AttributeError as e:
    print("caught:", e)
values = [c.size, len(c.name), 42]
print("values:", values)
for v in values:
    print("real part of", v, "is", v.real)
print("now asking an int for .foo")
print(values[-1].foo)
