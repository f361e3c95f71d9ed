import numpy as np

# np.linalg uses LAPACK (OpenBLAS's getrf/getrs kernels); 2x2 systems agree to the bit, larger
# ones can differ in the last bit.
rs = np.random.RandomState(0)
for n in (3, 4, 5, 8):
    M = rs.randn(n, n)
    print(n, np.linalg.inv(M).tolist()[0], np.linalg.det(M), np.linalg.solve(M, np.ones(n)).tolist())
