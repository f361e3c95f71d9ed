# sorting: sort/sorted with key and reverse, stability, min/max with key/default, reversed
nums = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, -1.5]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda v: -v)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
people = [("alice", 30), ("bob", 25), ("carol", 35), ("dave", 25), ("eve", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age = sorted(people, key=lambda p: p[0], reverse=True)
by_age.sort(key=lambda p: p[1])
print("stable:", by_age)
print(sorted([[3, 1], [1, 2], [3, 0], [1, 1]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted("hello world"), sorted({3: "c", 1: "a", 2: "b"}), sorted({5, 3, 8}), sorted(()))
print(sorted([True, False, 0, 1, -1]), sorted([3, 1.5, 2]), sorted([[], [0], [-1, 5]]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("abc"), min("zebra", "apple"), max([1, 2], [1, 3]))
print(min(words, key=len), max(words, key=len), max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(min([], default="empty"), max([], default=None), max([7], default=0), min((), key=len, default=-1))
print(max([-5, 3, -7], key=abs), min([-5, 3, -7], key=abs), max(["b", "a", "c"], key=lambda s: -ord(s)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed(())))
scores = {"ann": 88, "ben": 92, "cid": 75, "dee": 92, "eli": 60}
ranking = sorted(scores, key=lambda k: (-scores[k], k))
for rank, name in enumerate(ranking, 1):
    print(f"{rank}. {name:<4} {scores[name]}")
print(sorted(scores.items(), key=lambda kv: kv[1]))
print(sorted(scores.values()), sorted(scores, reverse=True))
matrix = [[3, 2, 1], [9, 8, 7], [6, 5, 4]]
print(sorted(matrix), sorted(matrix, key=lambda row: row[2]), [sorted(r) for r in matrix])
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
def second(t):
    return t[1]
print(sorted([(1, "b"), (2, "a"), (3, "c")], key=second))
data = [3, 1, 2]
result = data.sort()
print(result, data)
s = sorted(data)
print(s is data, s == data)
print(sorted([0.1 + 0.2, 0.3, 0.30000000000000004, 1 / 3]))
print(sorted(["b", "B", "a", "A", "_", "1", " "]))
