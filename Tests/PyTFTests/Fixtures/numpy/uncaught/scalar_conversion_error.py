import numpy as np

print(float(np.array([1.0, 2.0])))
