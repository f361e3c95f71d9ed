import numpy as np

print(np.mean(np.ones(3), axis=1))
