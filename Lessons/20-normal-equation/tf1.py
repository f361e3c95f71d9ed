import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# Housing-like data, made deterministically and left unscaled: 200 districts with
# median income, rooms per house and population (in the thousands).
m = 200
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
income = 3.0 + 2.0 * np.sin(rows * 0.37)
rooms = 5.0 + np.cos(rows * 0.91)
population = 1500.0 + 800.0 * np.sin(rows * 1.3)
target = 1.0 + 0.8 * income - 0.3 * rooms + 0.001 * population + 0.05 * np.cos(rows * 2.1)
data_plus_bias = np.c_[np.ones((m, 1)), income, rooms, population]

# theta = (X^T X)^-1 X^T y, built as nodes of the graph.
X = tf.constant(data_plus_bias, dtype=tf.float32, name="X")
y = tf.constant(target, dtype=tf.float32, name="y")
XT = tf.transpose(X)
theta = tf.matmul(tf.matmul(tf.matrix_inverse(tf.matmul(XT, X)), XT), y)
print(theta)

with tf.Session() as sess:
    theta_value = sess.run(theta)
print([round(float(v), 3) for v in theta_value.ravel()])
