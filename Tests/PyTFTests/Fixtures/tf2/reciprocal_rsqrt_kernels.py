# tf.math.reciprocal and tf.math.rsqrt on float32 as TF's kernels compute them: the processor's
# approximation refined by a Newton step on whole packets of 8, exact arithmetic on the rest;
# Log's gradient (a Reciprocal) and an Adagrad step (an rsqrt) use them too.
import numpy as np
import tensorflow as tf

rs = np.random.RandomState(0)
x = np.concatenate([np.linspace(0.001, 50.0, 100001), rs.lognormal(0, 6, 20000)]).astype(np.float32)
r = tf.math.reciprocal(x).numpy()
s = tf.math.rsqrt(x).numpy()
print(int(r.view(np.int32).astype(np.int64).sum()), int(s.view(np.int32).astype(np.int64).sum()))
print(r[:3], r[-3:], s[:3], s[-3:])
print(tf.math.reciprocal(tf.constant([0.0, -0.0, np.inf, -np.inf, np.nan, 3.0, 7.0, 0.1, 1e30], dtype=tf.float32)))
print(tf.math.rsqrt(tf.constant([0.0, np.inf, np.nan, -1.0, 3.0, 7.0, 0.1, 1e30, 2.0], dtype=tf.float32)))
print(tf.math.reciprocal(tf.constant([3.0, 7.0])), tf.math.rsqrt(tf.constant([3.0, 7.0], dtype=tf.float64)))

v = tf.Variable(np.linspace(0.5, 4.0, 10).astype(np.float32))
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.math.log(v))
print(tape.gradient(y, v))

w = tf.Variable(np.linspace(-1.0, 1.0, 12).astype(np.float32))
opt = tf.keras.optimizers.Adagrad(learning_rate=0.1)
for _ in range(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(w * w * np.linspace(0.3, 2.0, 12).astype(np.float32))
    opt.apply_gradients(zip(tape.gradient(loss, [w]), [w]))
print(w.numpy())
