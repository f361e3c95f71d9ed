import numpy as np

print(np.ones(3).T @ np.ones(4))
