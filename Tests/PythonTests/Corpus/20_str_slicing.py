# string indexing and slicing: negative indices, steps, out-of-range, iteration, unicode
s = "Hello, World"
print(s[0], s[4], s[-1], s[-5], s[len(s) - 1])
print(s[0:5], s[7:], s[:5], s[:], s[-5:], s[:-7], s[-5:-2], s[3:3], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1], s[5:0:-1], s[5::-1], s[:5:-1])
print(repr(s[100:]), s[-100:3], s[2:100], repr(s[100:200]), s[-100:-50] == "", s[::100])
print(s[0:12:3], s[11:0:-3], s[-2::-3], s[1:-1:4], s[::-5])
digits = "0123456789"
for start in (None, 0, 3, -3, 20):
    for stop in (None, 5, -2, -20):
        for step in (None, 1, 2, -1, -3):
            sub = digits[start:stop:step]
            if len(sub) > 0:
                print(f"[{start}:{stop}:{step}]={sub}", end=" ")
    print()
try:
    print(s[12])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-13])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    print(s["1"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[1.5])
except TypeError as e:
    print("TypeError:", e)
t = "J" + s[1:]
print(t, s, t != s)
u = "héllo wörld ✓"
print(u[1], u[-1], u[::-1], u[7:10], len(u), u.upper())
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch), end="; ")
print()
for ch in "tab\there":
    print(repr(ch), end=" ")
print()
print([s[i] for i in range(0, len(s), 3)], [s[i:i + 4] for i in range(0, len(s), 4)])
print("a" in s, "World" in s, "world" in s, "" in s, s.lower().count("l"))
print("abc" * 2 + "d", ("ab" + "cd") * 2, "-" * 0 + "x", 2 * "na" + " batman")
print("abc" < "abd", "abc" > "ab", "a" < "b" < "c", "apple" < "Apple", "B" < "a")
print(str(123)[::-1], int(str(123)[::-1]) + 1, str(3.14)[2:], str([1, 2])[1:-1])
word = "palindrome"
rotations = [word[i:] + word[:i] for i in range(len(word))]
print(rotations[:4], sorted(rotations)[0])
print(s[True], s[False:True + 3], "xyz"[-True])
bits = "1011001"
print(bits[::-1], int(bits, 2), int(bits[::-1], 2), bits.count("1"), bits.find("00"))
print(len(""), ""[:], ""[::-1] == "", "x"[0:1], "x"[-1:], "ab"[2:] == "")
