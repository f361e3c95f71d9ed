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
