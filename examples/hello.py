import math
print(1 + 1)
print(f"{math.pi:.3f}", 2 ** 100)
