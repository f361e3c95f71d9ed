# ends with an uncaught ValueError from int('abc')
raw = ["10", " 20 ", "-30", "+40", "0x1F", "1_000", "abc"]
parsed = []
for item in raw[:4]:
    parsed.append(int(item))
    print(repr(item), "->", parsed[-1])
print("hex with base 0:", int(raw[4], 0), "underscore:", int(raw[5]))
for s in ["3.14", "", "  ", "12a", "1e5"]:
    try:
        print(int(s))
    except ValueError as e:
        print("caught:", e)
for s in ["3.14", "nan", "inf", "-0.5"]:
    print(repr(s), "-> float", float(s), "-> int", int(float(s)) if s not in ("nan", "inf") else "n/a")
print("total so far:", sum(parsed))
print("converting the last value...")
parsed.append(int(raw[6]))
print("unreachable", parsed)
