import numpy as np

x = np.arange(3)
x += 1
print(x)
x += 0.5
