# tf.exp and tf.math.log round as TF's CPU kernels do (Eigen's approximations, denormals flushed
# to zero), which differs from the C library in the last bit for about one value in six.
import numpy as np
import tensorflow as tf
np.random.seed(0)
x = (np.random.randn(400) * 5).astype(np.float32)
x[:6] = [0.0, -0.0, 88.7, -103.0, -110.0, 1e-30]
for v in tf.exp(x).numpy(): print(repr(v))
xp = (np.abs(x) + np.float32(1e-3)).astype(np.float32)
xp[:4] = [1.0, 1e-40, 3e38, 0.5]
for v in tf.math.log(xp).numpy(): print(repr(v))
d = np.random.randn(300) * 20
for v in tf.exp(d).numpy(): print(repr(v))
for v in tf.math.log(np.abs(d) + 1e-9).numpy(): print(repr(v))
print(tf.exp([np.inf, -np.inf, np.nan]).numpy(), tf.math.log([0.0, -1.0, np.inf, np.nan]).numpy())

# Whole packets of 8 floats (4 doubles) take Eigen's approximation; the elements left over at the
# end of a tensor take the C library's.
v = (np.random.randn(40) * 5).astype(np.float32)
for n in [1, 3, 7, 8, 9, 15, 16, 17, 33]:
    print(n, tf.exp(v[:n]).numpy().tolist()[-3:], tf.math.log(np.abs(v[:n]) + np.float32(0.5)).numpy().tolist()[-3:])
w = np.random.randn(12) * 10
for n in [1, 3, 4, 5, 9]:
    print(n, tf.exp(w[:n]).numpy().tolist()[-2:], tf.math.log(np.abs(w[:n])).numpy().tolist()[-2:])
