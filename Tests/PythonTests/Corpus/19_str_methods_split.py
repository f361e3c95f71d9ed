# split/rsplit/splitlines/partition/rpartition/join and small text processing
print("a b  c".split(), "a b  c".split(" "), "  lead and trail  ".split(), "".split(), "".split(","))
print("a,b,,c,".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("one  two three four".split(None, 2), "one  two three four".rsplit(None, 2), "x".split("x"), "xx".split("x"))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "abc".split("abc"), "  x  y  ".rsplit())
print("\ta\nb\r\nc  d\x0be".split())
print("line1\nline2\r\nline3\rline4\n".splitlines(), "no newline".splitlines(), "".splitlines(), "\n\n".splitlines())
print("a\nb\n".split("\n"), "keep\nends\n".splitlines(True))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="), "novalue".rpartition("="))
print("2024-01-15".split("-"), [int(p) for p in "2024-01-15".split("-")], "-".join(["2024", "01", "15"]))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
csv_text = """name,age,city
Alice,30,Paris
Bob,25,Berlin
Carol,35,Tokyo
Dan,,Oslo"""
lines = csv_text.splitlines()
header = lines[0].split(",")
print("header:", header)
records = []
for line in lines[1:]:
    fields = line.split(",")
    rec = dict(zip(header, fields))
    records.append(rec)
    print(rec)
ages = [int(r["age"]) for r in records if r["age"]]
print("ages:", ages, "mean:", sum(ages) / len(ages))
print("cities:", ", ".join(sorted(r["city"] for r in records)))
sentence = "The rain in Spain stays mainly in the plain"
words = sentence.split()
print(words, len(words))
print([w.lower() for w in words if "ain" in w])
print(" ".join(reversed(words)), "|", " ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in sentence.lower().split()))
counts = {}
for w in sentence.lower().split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
letter_counts = {}
for ch in sentence.lower():
    if ch.isalpha():
        letter_counts[ch] = letter_counts.get(ch, 0) + 1
top = sorted(letter_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", top)
path = "/usr/local/lib/python3.11/site-packages/module.py"
print(path.split("/"), path.rsplit("/", 1)[-1], path.rpartition(".")[2], path.partition("/lib/"))
filename = "archive.tar.gz"
stem, dot, ext = filename.partition(".")
print(stem, dot, ext, filename.rsplit(".", 1), filename.split(".", 1))
kv = "a=1; b=2 ;c = 3;; d=4"
pairs = {}
for part in kv.split(";"):
    part = part.strip()
    if not part:
        continue
    k, _, v = part.partition("=")
    pairs[k.strip()] = int(v.strip())
print(pairs)
url = "https://example.com:8080/path/to/page?x=1&y=two&z="
scheme, _, rest = url.partition("://")
hostport, _, pathq = rest.partition("/")
host, _, port = hostport.partition(":")
p, _, q = pathq.partition("?")
params = dict(item.split("=", 1) for item in q.split("&"))
print(scheme, host, int(port), "/" + p, params)
text = "  multiple   spaces   between   words  "
print(repr(" ".join(text.split())), repr(text.strip().replace("   ", " ")))
table = "x|y|z\n1|2|3\n4|5|6"
grid = [row.split("|") for row in table.split("\n")]
print(grid)
print([list(col) for col in zip(*grid)])
print("\n".join(" ".join(row) for row in grid))
print("a b c".split(" ", 5), "a b c".rsplit(" ", 5), "  a  ".split(" "))
