import numpy as np

a = np.array([[1.5, 2.0, 3.25], [4.0, 5.5, 6.0]], dtype=np.float32)
b = np.arange(6)
c = np.linspace(0.0, 1.0, 5)
print(a)
print(repr(a))
print(b, repr(b))
print(c, repr(c))
print(a.shape, a.dtype, a.ndim, a.size, b.dtype, c.dtype)
print(a.T)
print(a.reshape(3, 2))
print(b.reshape((2, -1)))
print(np.zeros((2, 2)), np.ones(3, dtype=np.int32))
print(a * 2, a + 0.5, (a * 2).dtype, (b + 1.5).dtype, (b * 2).dtype)
print(a.sum(), a.sum(axis=0), a.mean(), a.mean(axis=1), a.max(), a.min(axis=0))
print(b.sum(), b.mean(), b.std(), np.std(c), c.var())
print(a[0], a[1, 2], a[:, 1], a[::-1], a[0, ::2])
print(b[b > 2], b[[0, 2, 4]])
print(np.c_[np.ones((2, 1)), a])
print(np.r_[b, c])
print(np.hstack([b, b]), np.vstack([b, b]))
print(np.dot(a, a.T), a @ a.T)
print(np.float32(6.0), repr(np.float32(6.0)), repr(np.float64(0.1)), repr(np.int64(3)), np.float32(1.5) * 2)
print(repr(np.float32(16777216.0)), repr(np.float32(1e-05)), repr(a.sum()), repr(b.sum()))
print(np.sqrt(a), np.exp(np.array([0.0, 1.0])), np.abs(np.array([-1, 2])))
print(np.allclose(a, a + 1e-9), np.round(c, 2), a.astype(np.int32), a.tolist())
print(float(a[0, 0]), int(b[3]), list(range(np.int64(3))), len(a))
print(np.linalg.inv(np.array([[2.0, 1.0], [1.0, 3.0]])))
x = np.zeros(4)
x[1:3] = 7
x[0] = -1
print(x, x.argmax(), np.argmin(x))
print(np.array([True, False]), np.array(["a", "bc"]).dtype if False else "skip")
print(a.dtype == np.float32, a.dtype == "float32", a.dtype != np.float64, str(a.dtype))
try:
    np.ones(2) + np.ones(3)
except ValueError as e:
    print("ValueError:", e)
try:
    np.ones(6).reshape(4)
except ValueError as e:
    print("ValueError:", e)
