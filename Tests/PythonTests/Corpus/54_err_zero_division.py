# ends with an uncaught ZeroDivisionError ("division by zero") raised deep inside a call chain
def mean(xs):
    return sum(xs) / len(xs)

def normalize(xs):
    m = mean(xs)
    spread = max(xs) - min(xs)
    return [(x - m) / spread for x in xs]

def accuracy(correct, seen):
    return correct / seen

def report(batches):
    for correct, seen in batches:
        print(f"  batch {correct}/{seen}: accuracy={accuracy(correct, seen):.3f}")

datasets = [[1, 2, 3, 4], [10, 0, -10], [2.5, 7.5], [5, 5, 5]]
for data in datasets[:3]:
    print("data:", data, "mean:", mean(data), "normalized:", [round(v, 4) for v in normalize(data)])
print("safe checks:")
for a, b in [(7, 2), (-7, 2), (7.0, -2), (1, 3), (-1, -3), (2 ** 70, 3)]:
    print(f"  {a} / {b} = {a / b}, {a} // {b} = {a // b}, {a} % {b} = {a % b}")
for label, fn in [("mean([])", lambda: mean([])), ("5 % 0", lambda: 5 % 0), ("5.0 // 0", lambda: 5.0 // 0),
                  ("normalize([5, 5, 5])", lambda: normalize(datasets[3])), ("divmod(1, 0)", lambda: divmod(1, 0))]:
    try:
        print(fn())
    except ZeroDivisionError as e:
        print(f"caught {label}: {e}")
print("report for good batches:")
report([(8, 10), (3, 4), (0, 5)])
print("report including an empty batch:")
report([(9, 10), (0, 0), (1, 1)])
print("unreachable")
