import numpy as np

# numpy's matrix products go through OpenBLAS, whose kernels fuse multiply-adds and block the
# inner dimension by shape; TensorCore accumulates each element in order without fusing.
A = np.array([[4.0, 7.0], [2.0, 6.0]])
print(A @ np.linalg.inv(A))
np.random.seed(42)
m, n = 50, 3
X = np.random.rand(m, n).astype(np.float32)
y = X.dot(np.array([[2.0], [-1.0], [0.5]], dtype=np.float32)) + 0.1 * np.random.randn(m, 1).astype(np.float32)
w = np.zeros((n, 1), dtype=np.float32)
for epoch in range(100):
    grad = 2.0 / m * X.T.dot(X.dot(w) - y)
    w = w - 0.1 * grad
    if epoch % 25 == 0:
        print("epoch", epoch, "mse =", np.mean(np.square(X.dot(w) - y)))
print(w.ravel())
