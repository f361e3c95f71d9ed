# tf.nn.softplus and tf.math.log1p as TF's kernels compute them: Eigen's log1p (Kahan's formula
# over its own log) and exp on whole packets of 8 float32 values, the C library's on the rest and
# on float64; softplus switches to x or exp(x) past log(eps) + 2.
import numpy as np
import tensorflow as tf

x = np.linspace(-20.0, 20.0, 80003).astype(np.float32)
xp = np.linspace(-0.999, 40.0, 80003).astype(np.float32)
sp = tf.nn.softplus(x).numpy()
lp = tf.math.log1p(xp).numpy()
print(int(sp.view(np.int32).astype(np.int64).sum()), int(lp.view(np.int32).astype(np.int64).sum()))
print(sp[::16000], lp[::16000], sp[-3:], lp[-3:])
print(tf.nn.softplus(tf.constant([np.nan, np.inf, -np.inf, 0.0, -13.9, -14.0, 13.9, 14.0, 1.5], dtype=tf.float32)))
print(tf.math.log1p(tf.constant([np.nan, np.inf, -1.0, -2.0, 0.0, 1e-8, 3e-5, 1.0, 1e30], dtype=tf.float32)))
print(tf.nn.softplus(tf.constant([-40.0, -35.0, -1.0, 0.25, 3.0, 34.0, 40.0], dtype=tf.float64)))
print(tf.math.log1p(tf.constant([1e-10, 0.5, 3.0], dtype=tf.float64)))
v = tf.Variable(np.linspace(-3.0, 3.0, 11).astype(np.float32))
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.nn.softplus(v) + tf.math.log1p(v * v))
print(y, tape.gradient(y, v))
print(tf.keras.activations.softplus(tf.constant([[-1.0, 0.0, 2.5]])))
