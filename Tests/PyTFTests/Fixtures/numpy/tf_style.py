import numpy as np

np.random.seed(42)
m, n = 50, 3
X = np.random.rand(m, n).astype(np.float32)
true_w = np.array([[2.0], [-1.0], [0.5]], dtype=np.float32)
y = X.dot(true_w) + 0.1 * np.random.randn(m, 1).astype(np.float32)
print(X.shape, y.shape, X.dtype, y.dtype)
Xb = np.c_[np.ones((m, 1)), X]
print(Xb.shape, Xb.dtype, Xb[:2])
scaled = (X - X.mean(axis=0)) / X.std(axis=0)
print(scaled.mean(axis=0).round(6), scaled.std(axis=0), scaled.dtype)
theta = np.linalg.inv(Xb.T.dot(Xb)).dot(Xb.T).dot(y)
print(np.round(theta, 4).ravel())
batch_size = 16
n_batches = int(np.ceil(m / batch_size))
print(n_batches, type(n_batches))
for batch_index in range(n_batches):
    np.random.seed(batch_index)
    indices = np.random.randint(m, size=batch_size)
    xb, yb = Xb[indices], y[indices]
    print(batch_index, xb.shape, yb.sum())
shuffled = np.random.permutation(m)
for idx in np.array_split(shuffled, 4) if hasattr(np, "array_split") else []:
    print(len(idx), end=" ")
print()
losses = []
for i in range(3):
    losses.append(np.float32(1.0) / (i + 1))
print(losses, np.mean(losses), np.array(losses))
print("loss: %.4f" % np.float32(0.123456), "{:.3f}".format(theta[0, 0]), f"{y.mean():.5f}")
data = np.linspace(-1, 1, 5)
print(np.sin(data), np.cos(data) * 2, np.round(np.sin(data) * 100) / 100)
labels = np.array([0, 2, 1, 2])
one_hot = np.eye(3)[labels]
print(one_hot, one_hot.argmax(axis=1), (one_hot.argmax(axis=1) == labels).mean())
logits = np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
e = np.exp(logits - logits.max(axis=1, keepdims=True))
print(e / e.sum(axis=1, keepdims=True))
images = np.arange(2 * 4 * 4).reshape(2, 4, 4).astype(np.float32) / 255.0
print(images.reshape(2, -1).shape, images[0, 1:3, 1:3], images.max())
print(np.array([[1, 2], [3, 4]], dtype=np.float32).tolist(), np.arange(3).tolist(), np.float32(2.5).tolist() if hasattr(np.float32(2.5), "tolist") else "")
