# ends with an uncaught IndexError: list index out of range
queue = ["a", "b", "c"]
print(queue[0], queue[-1], queue[1:10], queue[5:], queue[-10:1])
for i in range(-3, 3):
    print(i, queue[i])
try:
    queue[3]
except IndexError as e:
    print("caught:", e)
try:
    "abc"[3]
except IndexError as e:
    print("caught:", e)
try:
    (1, 2)[-3]
except IndexError as e:
    print("caught:", e)
try:
    [].pop()
except IndexError as e:
    print("caught:", e)
processed = []
while queue:
    processed.append(queue.pop(0))
    print("processed", processed, "remaining", queue)
matrix = [[1, 2], [3, 4]]
for r in range(2):
    for c in range(2):
        print(f"m[{r}][{c}] = {matrix[r][c]}")
print("reading one past the end of a row...")
print(matrix[1][2])
