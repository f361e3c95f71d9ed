# input() with prompts from stdin; int(input()); EOFError at the end
name = input("What is your name? ")
print(f"Hello, {name}!")
n = int(input("How many numbers? "))
total = 0
nums = []
for i in range(n):
    v = int(input(f"Number {i + 1}: "))
    nums.append(v)
    total += v
print()
print("numbers:", nums)
print("total:", total)
print("average:", total / n)
print("min/max:", min(nums), max(nums))
print("sorted:", sorted(nums))

line = input()
print("raw line repr:", repr(line))
print("stripped:", repr(line.strip()))
words = input("words> ").split()
print("words:", words, len(words))
floats = [float(w) for w in input("floats> ").split()]
print("floats:", floats)
print("sum of floats:", sum(floats))
age = int(input("age> ").strip())
print("next year:", age + 1)
empty = input("empty> ")
print("empty line:", repr(empty), len(empty))
csv = input().split(",")
print("csv fields:", csv)
print("as ints:", [int(c) for c in csv])
big = int(input())
print("big squared:", big * big)
hexv = int(input(), 16)
print("hex value:", hexv)

count = 0
try:
    while True:
        s = input("> ")
        count += 1
        print(f"[{count}] {s.upper()!r}")
except EOFError as e:
    print()
    print("EOFError:", e)
print("lines read after loop start:", count)
