# tf.tanh on float32 as TF's kernel computes it (a rational approximation, not the C library's
# tanhf): every bit of 200 001 values, special values, the gradient, and an eager Keras layer.
import numpy as np
import tensorflow as tf

x = np.linspace(-10.0, 10.0, 200001).astype(np.float32)
y = tf.tanh(tf.constant(x)).numpy()
bits = y.view(np.int32)
print(y.dtype, bits.dtype, int(bits.astype(np.int64).sum()))
for i in range(0, 200001, 19999):
    print(x[i], y[i])
print(tf.tanh(tf.constant([np.nan, np.inf, -np.inf, -0.0, 1e-30, 7.9, 7.91, 20.0], dtype=tf.float32)))
print(tf.tanh(tf.constant([0.5, -1.25], dtype=tf.float64)))

v = tf.Variable([0.3, -1.7, 2.9])
with tf.GradientTape() as tape:
    out = tf.reduce_sum(tf.tanh(v * 1.5))
print(out, tape.gradient(out, v))

tf.keras.utils.set_random_seed(1)
layer = tf.keras.layers.Dense(3, activation="tanh")
print(layer(tf.constant([[0.25, -2.0, 1.5, 0.75]])))
print(np.float32(3.5).view(np.int32), np.array([1.0, -2.0]).view(np.int64))
