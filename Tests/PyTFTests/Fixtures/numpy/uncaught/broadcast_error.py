import numpy as np

x = np.arange(6).reshape(2, 3)
print(x)
print(x + np.ones(4))
