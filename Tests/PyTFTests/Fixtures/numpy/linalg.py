import numpy as np

A = np.array([[4.0, 7.0], [2.0, 6.0]])
B = np.array([[1, 2], [3, 4]])
v = np.array([3.0, 4.0])
print(np.linalg.inv(A), np.linalg.inv(B), repr(np.linalg.inv(np.array([[2.0]], dtype=np.float32))))
print(np.allclose(A @ np.linalg.inv(A), np.eye(2)))
print(repr(np.linalg.norm(v)), repr(np.linalg.norm(A)), repr(np.linalg.norm(B, axis=1)), repr(np.linalg.norm(A, axis=0)), repr(np.linalg.norm(v, ord=1)), repr(np.linalg.norm(np.array([1, 2], dtype=np.float32))))
print(repr(np.linalg.norm(v, 2)), repr(np.linalg.norm(v, np.inf)), repr(np.linalg.norm(A, keepdims=True)))
print(np.linalg.solve(A, v), np.linalg.solve(A, np.eye(2)), repr(np.linalg.det(A)), repr(np.linalg.det(B)))
print(A.dot(v), v.dot(v), B.dot(B), np.dot(A, B), A @ v, v @ A, np.matmul(B, B), B @ B.T)
X = np.arange(12.0).reshape(4, 3)
print(X.T.dot(X), X.T @ X, np.linalg.inv(X.T @ X + np.eye(3)))
M = np.arange(24.0).reshape(2, 3, 4)
print((M @ np.ones((4, 2))).shape, np.matmul(M, np.ones(4)).shape)
m = 20
housing = np.c_[np.ones((m, 1)), np.linspace(0, 1, m), np.linspace(1, 3, m) ** 2]
target = (housing @ np.array([1.0, 2.0, -0.5])).reshape(-1, 1)
theta = np.linalg.inv(housing.T.dot(housing)).dot(housing.T).dot(target)
print(theta, theta.shape, np.round(theta, 6))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: np.linalg.inv(np.array([[1.0, 2.0], [2.0, 4.0]])))
err(lambda: np.linalg.inv(np.ones((2, 3))))
err(lambda: np.dot(np.ones(3), np.ones(2)))
err(lambda: np.ones((2, 3)) @ np.ones((2, 3)))
err(lambda: np.ones(3) @ 2)
err(lambda: np.linalg.solve(np.zeros((2, 2)), np.ones(2)))
