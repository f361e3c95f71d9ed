# module-level loops and globals: bounded "heavy" loops (<= 200000 iterations) with checkable results
total = 0
for i in range(100000):
    total += i * i % 7
print("sum of i*i % 7:", total)

acc = 0
i = 0
while i < 200000:
    acc = (acc * 31 + i) % 1000003
    i += 1
print("rolling hash:", acc, "i:", i)

squares_sum = sum(k * k for k in range(1, 10001))
print("sum of squares 1..10000:", squares_sum, squares_sum == 10000 * 10001 * 20001 // 6)

LIMIT = 50000
sieve = [True] * (LIMIT + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= LIMIT:
    if sieve[p]:
        for multiple in range(p * p, LIMIT + 1, p):
            sieve[multiple] = False
    p += 1
primes = [n for n in range(LIMIT + 1) if sieve[n]]
print("primes below 50000:", len(primes), "last five:", primes[-5:], "sum:", sum(primes))

counts = {}
for n in range(1, 100001):
    d = n % 10
    counts[d] = counts.get(d, 0) + (n % 3 == 0)
print("multiples of 3 by last digit:", counts)

x = 0.0
for step in range(100000):
    x += 0.1
print("float accumulation:", x, round(x, 6), abs(x - 10000.0) < 1e-6)

harmonic = 0.0
for k in range(1, 100001):
    harmonic += 1.0 / k
print("harmonic(100000):", harmonic)

fib_a, fib_b = 0, 1
for _ in range(1000):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib(1000) digits:", len(str(fib_a)), "first 20:", str(fib_a)[:20], "mod 1e9+7:", fib_a % (10 ** 9 + 7))

collatz_best = (0, 0)
for start in range(1, 1000):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > collatz_best[1]:
        collatz_best = (start, steps)
print("longest collatz under 1000:", collatz_best)

lcg = 12345
buckets = [0] * 10
for _ in range(50000):
    lcg = (1103515245 * lcg + 12345) % 2 ** 31
    buckets[lcg % 10] += 1
print("lcg buckets:", buckets, sum(buckets))

text = "the quick brown fox jumps over the lazy dog " * 500
freq = {}
for ch in text:
    if ch != " ":
        freq[ch] = freq.get(ch, 0) + 1
print("letters:", len(freq), "most common:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])

grid = [[(r * 7 + c * 13) % 10 for c in range(100)] for r in range(100)]
row_sums = [sum(row) for row in grid]
col_sums = [sum(grid[r][c] for r in range(100)) for c in range(100)]
diag = sum(grid[k][k] for k in range(100))
print("grid totals:", sum(row_sums), sum(col_sums), diag, max(row_sums), min(col_sums))

def count_calls():
    global calls
    calls += 1

calls = 0
for _ in range(20000):
    count_calls()
print("calls:", calls)

matrix_trace = 0
for a in range(60):
    for b in range(60):
        for c in range(30):
            if (a + b + c) % 17 == 0:
                matrix_trace += a * b - c
print("triple loop result:", matrix_trace)

checkpoints = []
running = 0
for step in range(1, 150001):
    running += step % 13 - 6
    if step % 15000 == 0:
        checkpoints.append(running)
        print(f"step {step:>6}: running={running:>6} min_so_far={min(checkpoints):>6}")

word_lengths = {}
for n in range(1, 2001):
    s = str(n)
    word_lengths[len(s)] = word_lengths.get(len(s), 0) + 1
for length in sorted(word_lengths):
    print(f"numbers with {length} digit(s) in 1..2000: {word_lengths[length]}")

perfect = []
for n in range(2, 3000):
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s += d
            if d != n // d:
                s += n // d
        d += 1
    if s == n:
        perfect.append(n)
print("perfect numbers below 3000:", perfect)
