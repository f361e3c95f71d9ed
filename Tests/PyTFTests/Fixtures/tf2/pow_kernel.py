# tf.pow and ** on float32 as TF's kernel computes them (Eigen's pow: 2^(y·log2 x) in double-word
# arithmetic on whole packets of 8, the C library's powf on the rest), C's special cases, gradients.
import numpy as np
import tensorflow as tf
rs = np.random.RandomState(0)
x = np.concatenate([np.linspace(0.001, 50, 20000), rs.lognormal(0, 3, 20003)]).astype(np.float32)
for yv in (1.7, 2.0, 0.5, 3.0, -1.0, 2.5, 10.0, -2.5):
    r = tf.pow(x, np.float32(yv)).numpy()
    print(yv, int(r.view(np.int32).astype(np.int64).sum()), r[-3:])
y = rs.uniform(-4, 4, 40003).astype(np.float32)
r = tf.pow(np.abs(x) , y).numpy(); print(int(r.view(np.int32).astype(np.int64).sum()))
sp = np.float32([0.0, -0.0, 1.0, -1.0, 2.0, -2.0, np.inf, -np.inf, np.nan, 0.5, -8.0, 1e-30])
for yv in (0.0, 1.0, -1.0, 2.0, 3.0, 0.5, -0.5, np.inf, -np.inf, np.nan, 1e9, -3.0):
    print(yv, tf.pow(sp, np.float32(yv)).numpy().tolist())
print((tf.constant([1.5, 2.5, 3.5]) ** 2).numpy().tolist(), tf.pow(tf.constant([2.0, 3.0], dtype=tf.float64), 0.5).numpy().tolist())
v = tf.Variable(np.linspace(0.5, 3.0, 11).astype(np.float32))
with tf.GradientTape() as tape:
    loss = tf.reduce_mean((v - 1.25) ** 2) + tf.reduce_sum(tf.pow(v, 1.5))
print(loss, tape.gradient(loss, v))
