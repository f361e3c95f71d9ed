# tf.sin and tf.cos on float32 as TF's kernels compute them (Eigen's reduction by π/2 in four
# parts and its polynomials on whole packets of 8, exact Payne-Hanek reduction for large
# arguments, the C library on the rest and on float64), and their gradients.
import numpy as np
import tensorflow as tf

rs = np.random.RandomState(3)
x = np.concatenate([np.linspace(-100.0, 100.0, 40000),
                    rs.uniform(-1, 1, 24000) * 10.0 ** rs.uniform(0, 30, 24000)]).astype(np.float32)
s = tf.sin(x).numpy()
c = tf.cos(x).numpy()
print(int(s.view(np.int32).astype(np.int64).sum()), int(c.view(np.int32).astype(np.int64).sum()))
print(s[:5], c[:5], s[-5:], c[-5:])
print(tf.sin(tf.constant([np.nan, np.inf, -0.0, 3.1415927, 1e-30, 25965.0, 25966.0, 4e9, 1.0], dtype=tf.float32)))
print(tf.cos(tf.constant([np.nan, -np.inf, 0.0, 1.5707964, 18837.0, 18838.0, 7.5], dtype=tf.float32)))
print(tf.sin(tf.constant([0.5, 3.0, 1e6], dtype=tf.float64)), tf.cos(tf.constant([0.5, 3.0], dtype=tf.float64)))
v = tf.Variable(np.linspace(-4.0, 4.0, 13).astype(np.float32))
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.sin(v) * tf.cos(2.0 * v))
print(y, tape.gradient(y, v))
