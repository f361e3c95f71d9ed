# control flow: if/elif/else, while/else, for/else, break/continue, nested loops, ranges, pass, walrus
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0 and n > 100:
        return "big even"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

print([classify(n) for n in [-5, 0, 3, 8, 102, 101]])

for n in range(1, 16):
    if n % 15 == 0:
        out = "FizzBuzz"
    elif n % 3 == 0:
        out = "Fizz"
    elif n % 5 == 0:
        out = "Buzz"
    else:
        out = str(n)
    print(out, end=" ")
print()

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print("even i:", i)
else:
    print("while-else not reached because of break")

j = 0
while j < 3:
    j += 1
else:
    print("while-else runs when condition becomes false, j =", j)

while False:
    print("never")
else:
    print("while False else runs")

def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print(f"found {target!r} at {idx}")
            break
    else:
        print(f"{target!r} not found")

find(["a", "b", "c"], "b")
find(["a", "b", "c"], "z")
find([], "a")

for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print("are prime")

found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            print("triple:", a, b, c)
            if a > 5:
                found = (a, b, c)
                break
    if found:
        break
print("first triple with a > 5:", found)

print(list(range(10, 0, -1)), list(range(10, 0, -3)), list(range(-1, -10, -2)), list(range(0, -5)))
print(list(range(5, 5)), list(range(-3, 3)), len(range(0, 100, 7)), range(0, 100, 7)[3], range(10)[-1])
print(range(5), range(1, 10, 2), list(reversed(range(1, 10, 2))), 7 in range(1, 10, 2), 8 in range(1, 10, 2))
for k in range(3, -4, -3):
    print("k =", k)

def placeholder():
    pass

class Nothing:
    pass

for _ in range(2):
    pass
if True:
    pass
print(placeholder(), Nothing.__name__)

x = 5
print("in range" if 1 < x < 10 else "out of range", 1 < x > 3, 10 > x >= 5 > 0, 1 < x < 3, x == 5 == 5.0)
print(0 <= x <= 4, "a" < "b" < "c", 1 < 2 < 3 < 4 < 3, 3 > 2 > 1 > 0)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
total = 0
while (chunk := data[:2]):
    data = data[2:]
    total += sum(chunk)
    print("chunk", chunk, "total", total)
print([y for v in range(6) if (y := v * v) % 2 == 0])
count = 0
while True:
    count += 1
    if count == 1:
        continue
    if count >= 4:
        break
print("count:", count)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in matrix:
    for val in row:
        if val % 2 == 0:
            continue
        print(val, end=" ")
    print("| row done")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)
for ch in "hello":
    if ch == "l":
        print("skip l")
        continue
    print("char", ch)
result = []
for a in range(3):
    for b in range(3):
        if a == b:
            continue
        if a + b == 3:
            break
        result.append((a, b))
print(result)
