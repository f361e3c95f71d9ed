import numpy as np
import tensorflow as tf

# tf.linalg.solve eagerly: A x = b, A^T x = b, batches, float64, the tape's gradient, and errors.
a = tf.constant([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
b = tf.constant([[1.0, 0.0], [2.0, 1.0], [3.0, 0.0]])
print(tf.linalg.solve(a, b))
print(tf.linalg.solve(a, b, adjoint=True))
p = tf.constant([[0.0, 2.0], [1.0, 1.0]], dtype=tf.float64)
print(tf.linalg.solve(p, tf.constant([[2.0], [3.0]], dtype=tf.float64)))
print(np.round(tf.linalg.solve(a, b).numpy() - np.linalg.solve(a.numpy(), b.numpy()), 5))
with tf.GradientTape(persistent=True) as tape:
    tape.watch(a)
    tape.watch(b)
    x = tf.linalg.solve(a, b)
    s = tf.reduce_sum(x)
ga, gb = tape.gradient(s, [a, b])
print(np.round(ga.numpy(), 4))
print(np.round(gb.numpy(), 4))
for matrix, rhs in [([[1.0, 2.0], [2.0, 4.0]], [[1.0], [2.0]]),
                    ([[1.0, 2.0, 3.0], [2.0, 4.0, 5.0]], [[1.0], [2.0]]),
                    ([[2.0, 1.0], [1.0, 3.0]], [[1.0], [2.0], [3.0]])]:
    try:
        tf.linalg.solve(tf.constant(matrix), tf.constant(rhs))
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
# Eigen's LU and triangular solves, bit for bit.
c = tf.constant([[0.3, 1.7, 2.2, 0.1], [1.1, 0.4, 0.9, 3.0], [2.5, 1.3, 0.2, 0.7], [0.6, 2.9, 1.4, 0.8]])
rhs = tf.constant([[1.0, 0.5], [2.0, 0.25], [3.0, 1.0], [4.0, 2.0]])
print(tf.linalg.inv(c).numpy().tolist())
print(tf.linalg.solve(c, rhs).numpy().tolist())
print(tf.linalg.solve(c, rhs, adjoint=True).numpy().tolist())
