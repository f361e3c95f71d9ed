# f-strings with expressions: calls, indexing, attributes, conditionals, nesting, comprehensions
data = {"name": "Widget", "price": 9.5, "tags": ["a", "b", "c"], "dims": (3, 4)}
items = [10, 20, 30, 40]
name = "world"


def shout(s, times=1):
    return s.upper() + "!" * times


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x},{self.y}>"


p = Point(3, -4)
print(f"Hello, {name}!")
print(f"{shout(name)} {shout(name, 3)} {shout(times=2, s='x')}")
print(f"{data['name']} costs {data['price']:.2f} with tags {data['tags']} and {len(data['tags'])} tags")
print(f"first={items[0]} last={items[-1]} slice={items[1:3]} rev={items[::-1]}")
print(f"{p} {p!r} {p!s} {p.x:5.1f} {p.x} {p.norm2()} {p.norm2() ** 0.5}")
print(f"{'even' if len(items) % 2 == 0 else 'odd'} {'big' if items[-1] > 100 else 'small'}")
print(f"{[i * i for i in range(5)]} {sum(x for x in items)} {max(items, key=lambda v: -v)}")
print(f"{ {'k': 1} } {({1, 2} | {3})} {(1, 2)} {[]}")
print(f"{name.upper():>10} {name[::-1]!r} {name * 2} {name + '?'}")
print(f"{data['dims'][0] * data['dims'][1]} {', '.join(data['tags'])} {'-'.join(str(i) for i in items)}")
print(f"{3 > 2} {3 > 2 and 'yes'} {0 or 'fallback'} {None is None} {not items}")
print(f"{len(f'{name}{name}')} {f'{1 + 1}'} {f'{name!r:>9}'}")
width = 7
for v in [1, 22, 333]:
    print(f"|{v:>{width}}|{v:<{width}}|{v:^{width}}|{v * 1.5:{width}.1f}|")
print(f"{1}{2}{3}", f"{'a'}{'b'}", f"{1}" + f"{2}")
print(f"{'{'}{'}'}", f"{{{{", f"}}}}")
print(f"{'x':>{width - 2}}|{name:.{2}}|{3.14159:.{1 + 1}f}")
print(f"{items}", f"{tuple(items)}", f"{set([3, 1, 2])}", f"{dict(a=1)}")
d = {"a": 1, "b": 2}
print(f"{d}", f"{d['a'] + d['b']}", f"{list(d)}", f"{list(d.items())}")
print(f"{-5:3}", f"{-5 % 3}", f"{(-5) // 3}", f"{2 ** 10:,}", f"{7 / 2}", f"{7 // 2}")
print(f"{'multi' + 'ple'} {'parts':*^11} {len('abc') * '#'}")
msg = (f"line one {1}\n"
       f"line two {2}\t{3}")
print(msg)
print(f"""triple {name}
second line {len(name)}""")
print(f"{'%s-%d' % ('x', 5)} {'{}+{}'.format(1, 2)}")
lst = [Point(1, 2), Point(-1, 0)]
print(f"{lst} {lst[0]} {[str(q) for q in lst]}")
total = 0
for i, it in enumerate(items, start=1):
    total += it
    print(f"{i:02d}. item={it:<4d} running={total:>5d} avg={total / i:7.2f} pct={it / sum(items):6.1%}")
print(f"{p.x if p.x > 0 else -p.x} {abs(p.y)} {min(p.x, p.y)} {round(2.675, 2)}")
