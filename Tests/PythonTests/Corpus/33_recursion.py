# recursion: factorial, fibonacci, gcd, hanoi, permutations, flatten, binary search, ackermann
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([factorial(i) for i in range(12)])
print(factorial(30), factorial(60))
print([fib(i) for i in range(20)])
print(fib(22))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 10), gcd(123456789, 987654321))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves), moves[:5], moves[-1])

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result

perms = permutations([1, 2, 3])
print(len(perms), perms)
print(["".join(p) for p in permutations(list("abc"))])

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(subsets([1, 2, 3]))
print(sorted(subsets(["x", "y"]), key=len))

def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten([1, [2, [3, [4, [5]]]], (6, 7), [], [[8], 9]]))

def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max([depth(x) for x in nested], default=0)

print(depth([]), depth([1]), depth([1, [2, [3]]]), depth([[[[[]]]]]))

def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)

arr = list(range(0, 100, 3))
print([binary_search(arr, t) for t in [0, 3, 50, 51, 99, 100, -1]])

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 3))

def power_set_count(n):
    return 1 if n == 0 else 2 * power_set_count(n - 1)

print(power_set_count(64))

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]

data = [38, 27, 43, 3, 9, 82, 10, -5, 27, 0]
print(merge_sort(data), data)

def quicksort(xs):
    if len(xs) < 2:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

print(quicksort(data), quicksort(list("recursion")))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(10), is_odd(7), is_even(7), is_odd(0))

def count_down_to_list(n, acc=None):
    if acc is None:
        acc = []
    if n < 0:
        return acc
    acc.append(n)
    return count_down_to_list(n - 1, acc)

print(count_down_to_list(10))

def digits_sum(n):
    return n if n < 10 else digits_sum(sum(int(d) for d in str(n)))

print(digits_sum(987654321), digits_sum(2 ** 100), digits_sum(0))

def tree_sum(tree):
    return tree["value"] + sum(tree_sum(c) for c in tree.get("children", []))

tree = {"value": 1, "children": [{"value": 2}, {"value": 3, "children": [{"value": 4}, {"value": 5}]}]}
print(tree_sum(tree))

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)

print(deep(500))

def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)

print([collatz_len(n) for n in range(1, 16)], max(range(1, 200), key=collatz_len))

def to_binary(n):
    return str(n) if n < 2 else to_binary(n // 2) + str(n % 2)

for n in [0, 1, 2, 5, 10, 255, 1024]:
    print(n, to_binary(n), to_binary(n) == bin(n)[2:])

def reverse(s):
    return s if len(s) <= 1 else reverse(s[1:]) + s[0]

def is_palindrome(s):
    s = "".join(c.lower() for c in s if c.isalnum())
    return len(s) < 2 or (s[0] == s[-1] and is_palindrome(s[1:-1]))

for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "ab"]:
    print(repr(s), reverse(s)[:12], is_palindrome(s))

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 3)), combinations("abc", 3), combinations([], 1))

def pascal(n):
    if n == 0:
        return [1]
    prev = pascal(n - 1)
    return [1] + [a + b for a, b in zip(prev, prev[1:])] + [1]

for i in range(7):
    print(" " * (6 - i) * 2 + "".join(f"{v:4d}" for v in pascal(i)))
