# Reductions over leading and middle axes as TF's kernel adds them (four interleaved running sums
# for whole packets of kept outputs), and the statistics and clipping functions TF writes in Python.
import numpy as np
import tensorflow as tf
rs = np.random.RandomState(7)
for shape, axes in [((4, 40, 12), [1]), ((40, 3, 20), [0, 1]), ((3, 50, 9), [1]), ((1, 64, 33), [1]), ((64, 1, 33), [0]), ((20, 17, 16), [1]), ((6, 30, 8, 5), [1]), ((6, 30, 8, 5), [1, 2]), ((30, 6, 8), [0, 2]), ((30, 6, 20), [0])]:
    a = rs.randn(*shape).astype(np.float32)
    s = tf.reduce_sum(a, axis=axes).numpy(); m = tf.reduce_mean(tf.constant(a, dtype=tf.float64), axis=axes).numpy()
    print(shape, axes, int(s.view(np.int32).astype(np.int64).sum()), int(m.view(np.int64).sum() % 1000000007))
a = rs.randn(64, 33).astype(np.float32)
b = rs.randn(33, 17).astype(np.float32)
print(tf.math.reduce_variance(a, axis=1)[:4], tf.math.reduce_std(a, axis=0)[:4], tf.math.reduce_std(a))
mean, var = tf.nn.moments(tf.constant(a), axes=[0])
print(mean[:3], var[:3], tf.nn.moments(tf.constant(a), axes=[0, 1], keepdims=True)[1])
print(tf.nn.batch_normalization(a[:2, :4], 0.1, 2.0, 0.3, 1.5, 1e-3))
print(tf.clip_by_norm(a[0], 1.0)[:4], tf.clip_by_norm(a[:3, :4], 0.5, axes=[1]))
clipped, norm = tf.clip_by_global_norm([a, b, None], 1.0)
print(norm, clipped[1][0][:3], clipped[2], tf.linalg.global_norm([a, b]))
print(tf.norm(a), tf.norm(a, axis=1)[:3], tf.norm(a[:3, :4], ord=1, axis=1), tf.norm(a[:2], ord=np.inf), tf.linalg.norm(a[:3, :3], ord="fro", axis=[0, 1]))
print(tf.math.cumprod(a[:2, :5], axis=1), tf.math.cumprod([1.0, 2.0, 3.0], exclusive=True, reverse=True))
v = tf.Variable(a[:3, :6])
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.math.reduce_std(v, axis=0)) + tf.reduce_sum(tf.math.cumprod(v, axis=1))
print(tape.gradient(y, v))
g = tf.Graph()
with g.as_default():
    x = tf.compat.v1.placeholder(tf.float32, [None, 4])
    m, s2 = tf.nn.moments(x, axes=[0])
    c = tf.clip_by_norm(x, 2.0)
    print([op.name for op in g.get_operations()])
    with tf.compat.v1.Session() as sess:
        print(sess.run([m, s2, c], {x: a[:5, :4]}))
