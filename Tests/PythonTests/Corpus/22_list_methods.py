# list methods: append extend insert pop remove index count reverse copy clear, with errors
lst = []
lst.append(1)
lst.append("two")
lst.append([3])
lst.append(None)
print(lst, len(lst))
lst.extend([4, 5])
lst.extend("ab")
lst.extend(range(2))
lst.extend((9,))
print(lst)
lst.insert(0, "first")
lst.insert(3, "mid")
lst.insert(-1, "before-last")
lst.insert(100, "end")
lst.insert(-100, "start")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(2), lst.pop(-2))
print(lst)
lst.remove("mid")
lst.remove(None)
print(lst)
try:
    lst.remove("not there")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].pop(5)
except IndexError as e:
    print("IndexError:", e)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(nums.index(5), nums.index(5, 5), nums.index(1, 2, 4), nums.count(5), nums.count(7), nums.count(1))
try:
    nums.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    nums.index(9, 0, 3)
except ValueError as e:
    print("ValueError:", e)
r = nums.copy()
r.reverse()
print(r, nums)
print(r.reverse(), r)
print(nums.sort(), nums)
c = nums.copy()
c.clear()
print(c, nums[:3], len(c))
stack = []
for i in range(5):
    stack.append(i * i)
    print("push", i * i, stack)
while stack:
    print("pop", stack.pop(), stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
words = ["apple", "Banana", "cherry", "apple", "date"]
seen = []
for w in words:
    if w not in seen:
        seen.append(w)
print("unique in order:", seen)
print("positions of apple:", [i for i, w in enumerate(words) if w == "apple"])
l2 = [1, 2, 3]
l2.extend(l2)
print(l2)
l2.append(l2[:])
print(l2)
l3 = [0, 0, 0]
l3[1] += 5
l3[-1] -= 2
l3[0] = l3[1] * l3[2]
print(l3)
items = [10, 20, 30, 40, 50]
removed = []
for v in items[:]:
    if v % 20 == 0:
        items.remove(v)
        removed.append(v)
print(items, removed)
pairs = [[1, "a"], [2, "b"]]
pairs[0][1] = "A"
pairs.append(pairs[0])
pairs[0][0] = 100
print(pairs)
print([].copy(), list([1, 2]) == [1, 2], list(list("ab")), [1, [2, [3, [4]]]][1][1][1][0])
lst = list(range(20))
evens = lst[::2]
odds = lst[1::2]
print(evens, odds, [e + o for e, o in zip(evens, odds)])
print(sum(lst), max(lst), min(lst), lst.index(max(lst)), sorted(lst, reverse=True)[:3])
big = [i % 7 for i in range(100)]
print(big.count(0), big.count(6), big.index(6), len(big))
