import numpy as np
import tensorflow as tf

# Housing-like data, made deterministically and left unscaled: 200 districts with
# median income, rooms per house and population (in the thousands).
m = 200
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
income = 3.0 + 2.0 * np.sin(rows * 0.37)
rooms = 5.0 + np.cos(rows * 0.91)
population = 1500.0 + 800.0 * np.sin(rows * 1.3)
target = 1.0 + 0.8 * income - 0.3 * rooms + 0.001 * population + 0.05 * np.cos(rows * 2.1)
data_plus_bias = np.c_[np.ones((m, 1)), income, rooms, population]

# The same formula, computed at once: no graph, no session.
X = tf.constant(data_plus_bias, dtype=tf.float32)
y = tf.constant(target, dtype=tf.float32)
XT = tf.transpose(X)
theta_inv = tf.linalg.inv(XT @ X) @ XT @ y

# Better: solve (X^T X) theta = X^T y without forming the inverse.
theta = tf.linalg.solve(___, ___)
print([round(float(v), 3) for v in theta.numpy().ravel()])

# The exact answer, from float64.
X64 = tf.constant(data_plus_bias)
theta64 = tf.linalg.solve(tf.transpose(X64) @ X64, tf.transpose(X64) @ tf.constant(target))
print([round(float(v), 6) for v in theta64.numpy().ravel()])

def gradient_left(t):
    # The MSE gradient at t, in float64: zero at the exact solution.
    t = t.numpy().astype(np.float64)
    return np.abs(2 / m * data_plus_bias.T @ (data_plus_bias @ t - target)).max()

print("solve leaves less gradient than inv:", gradient_left(theta) < gradient_left(theta_inv) / 3)
print("float64 leaves none to speak of:", gradient_left(theta64) < 1e-9)
