# tf.math.sigmoid on float32 as TF's kernel computes it (Eigen's logistic functor on whole packets of
# 8, its scalar form with the C library's exp on the rest).
import numpy as np
import tensorflow as tf
np.random.seed(1)
x = (np.random.randn(200) * 6).astype(np.float32)
x[:5] = [0.0, -110.0, 20.0, -50.0, 1e-39]
print(tf.math.sigmoid(x).numpy().tolist())
for n in [1, 2, 7, 9, 17]:
    print(n, tf.math.sigmoid(x[:n]).numpy().tolist()[-2:], tf.nn.sigmoid(x[10:10 + n]).numpy().tolist()[-1])
print(tf.math.sigmoid(np.array([0.5, -1.0], dtype=np.float64)).numpy())
