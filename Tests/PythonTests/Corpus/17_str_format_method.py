# str.format: positional, numbered, named, attribute, index, specs, conversions
print("{} {} {}".format("a", "b", "c"))
print("{0} {1} {0} {2}".format("x", "y", "z"))
print("{2}{1}{0}".format(1, 2, 3))
print("{name} is {age}".format(name="Bob", age=30))
print("{0} and {name}".format("pos", name="kw"))
print("{0.real} {0.imag}".format(5), "{0[1]} {0[0]}".format(["first", "second"]))
print("{d[key]} {d[other]}".format(d={"key": "value", "other": 2}))
print("{0[0][1]} {1[a]}".format([[1, 2]], {"a": "A"}))
print("{:>8}|{:<8}|{:^8}|{:*^8}|".format("r", "l", "c", "s"))
print("{:.3f} {:8.2f} {:+d} {:,} {:_} {:e} {:g} {:%}".format(3.14159, 2.5, 7, 1234567, 1234567, 1234.5, 0.00001, 0.125))
print("{:x} {:#x} {:o} {:#o} {:b} {:#010b} {:X}".format(255, 255, 8, 8, 5, 5, 48879))
print("{!r} {!s} {!r:>10}".format("text", "text", "r"), "{0!r}/{0!s}".format("it's"))
print("{0:{1}} | {0:>{1}} | {2:{3}.{4}f}".format("ab", 6, 3.14159, 10, 2))
print("{:{fill}{align}{width}}".format("mid", fill="-", align="^", width=11))
print("{{literal}} {} {{{}}}".format(1, 2))
print("{} {}".format(None, True), "{:d}".format(True), "{:>5}".format(True), "{}".format([1, "a"]))
print("{}".format(1.0), "{}".format(1e16), "{}".format(0.1 + 0.2), "{:.0f}".format(0.5), "{:.0f}".format(1.5))
template = "{greeting}, {name}! You have {count} new {noun}."
for name, count in [("Ann", 1), ("Bob", 5), ("Cy", 0)]:
    print(template.format(greeting="Hi", name=name, count=count, noun="message" if count == 1 else "messages"))
args = ["alpha", "beta"]
kwargs = {"sep": "::", "end": "!"}
print("{0}{sep}{1}{end}".format(*args, **kwargs))
print("{}-{}".format(*"xy"), "{a}{b}".format(**{"a": 1, "b": 2}))


class Rec:
    def __init__(self):
        self.title = "Rec"
        self.values = [10, 20, 30]
        self.meta = {"k": "v"}


r = Rec()
print("{0.title} has {0.values[2]} and {0.meta[k]}".format(r))
print("{r.title}:{r.values}".format(r=r))
header = "{:<6}{:>8}{:>10}".format("id", "score", "ratio")
print(header)
print("-" * len(header))
for i, (score, total) in enumerate([(45, 50), (3, 7), (0, 1), (100, 100)]):
    print("{:<6}{:>8}{:>10.2%}".format(i, score, score / total))
for bad in ["{", "}", "{0} {2}", "{x}", "{:d}", "{0[5]}", "{} {0}"]:
    try:
        print(bad.format("abc"))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), "->", type(e).__name__, e)
print("{:,.2f}".format(1234567.891), "{:>12,}".format(-987654321), "{:010.3f}".format(-1.5))
print("{:c}".format(97), "{:5}|".format(12), "{:5}|".format("ab"), "{:<5}|".format(12))
print("{:.2}".format(3.14159), "{:.5}".format("truncate me"), "{:10.3}|".format("abcdef"))
print("{0}{0}{0}".format("ab"), "{:}".format("empty spec"), "{0:}".format(42))
print(str.format("{} via str.format", "called"), "{}".format("{}"))
