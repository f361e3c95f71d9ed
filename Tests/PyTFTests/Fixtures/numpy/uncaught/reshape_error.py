import numpy as np

a = np.ones(6)
print(a.reshape(2, 3).shape)
print(a.reshape(4))
