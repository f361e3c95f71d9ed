# str methods: case, strip, predicates, padding, find/index/count, startswith/endswith, replace
s = "  Hello, World!  "
print(repr(s.upper()), repr(s.lower()), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("--a-b--".lstrip("-")), repr("..end...".rstrip(".")))
print(repr("\t\n spaced \r\n".strip()), repr("   ".strip()), repr("".strip()), repr("aaa".strip("a")))
print("hello world".title(), "HELLO wORLD".title(), "they're bill's".title(), "hello world".capitalize(), "hELLO".capitalize())
print("MiXeD".swapcase(), "abc".upper().lower(), "Straße".lower())
for t in ["123", "12.3", "abc", "abc123", "ABC", "abc ", " ", "", "Hello World", "hello", "HELLO", "\t\n", "Ab1", "Title Case Words", "UPPER CASE 1"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle())
print("abc".center(9), "|" + "abc".center(9, "*") + "|", "|" + "abcd".center(9, "-") + "|", "|" + "ab".center(1) + "|")
print("|" + "x".ljust(5) + "|" + "x".rjust(5) + "|" + "x".ljust(5, ".") + "|" + "x".rjust(5, "0") + "|")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
text = "the quick brown fox jumps over the lazy dog the end"
print(text.find("the"), text.find("the", 1), text.rfind("the"), text.find("cat"), text.rfind("cat"), text.find(""))
print(text.index("quick"), text.rindex("the"), text.count("the"), text.count("o"), text.count(""), "aaaa".count("aa"))
print(text.find("o", 20, 30), text.count("e", 0, 20), text.startswith("the"), text.endswith("end"))
print(text.startswith(("a", "t")), text.endswith(("x", "y")), "file.py".endswith((".py", ".txt")), text.startswith("quick", 4))
try:
    text.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".rindex("z")
except ValueError as e:
    print("ValueError:", e)
print(text.replace("the", "THE"), "|", text.replace("the", "a", 1), "|", text.replace(" ", ""))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abcabc".replace("bc", "", 1), "x".replace("y", "z"))
print("mississippi".replace("ss", "SS", 2), "mississippi".replace("i", "", -1), "banana".replace("an", "AN", 0))
word = "Racecar"
print(word.lower() == word.lower()[::-1], word == word[::-1])
print("hello".upper().center(11, "~"), "CamelCaseString".lower(), "snake_case_here".upper())
print(len("hello world"), "hello"[1], "hello"[-1], "o" in "hello", "z" not in "hello", "ell" in "hello")
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "10" < "9", "abc" == "abc", "a" * 3 == "aaa")
print(max("hello"), min("hello"), sorted("hello"), sorted("hello", reverse=True), "".join(sorted("dcba")))
print(list("abc"), tuple("ab"), set("aaa"), [c for c in "hey"], list(reversed("abc")))
print("{}|{}".format("a".ljust(3, "b"), "Z".rjust(4, "·")))
print("x".isidentifier(), "1x".isidentifier(), "_ok".isidentifier(), "a b".isidentifier())
print("12".isnumeric(), "12".isdecimal(), "1.2".isnumeric(), "A1".isupper(), "a1".islower(), "1".isupper())
print("hello"[::-1].upper().replace("L", "_").center(9, "."))
vowels = sum(1 for ch in text if ch in "aeiou")
print("vowels:", vowels, "words:", len(text.split()), "unique letters:", len(set(text) - {" "}))
print("ab".join(["1", "2", "3"]), ", ".join([]), "-".join("xyz"), "".join(["only"]))
try:
    print(", ".join([1, 2]))
except TypeError as e:
    print("TypeError:", e)
print("a,b".upper().lower().title().swapcase().strip().center(7, "#"))
