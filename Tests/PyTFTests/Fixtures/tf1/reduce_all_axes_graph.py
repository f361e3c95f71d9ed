# Reducing over all axes in graph mode when the rank is 0 or unknown: TF builds Rank and range
# ops for the axes (a constant only for a known rank above 0), and the gradients of Sum, Mean and
# Max fall back on reduced_shape's DynamicStitch when the rank is unknown.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.constant(3.0)
s = tf.reduce_sum(x)
m = tf.reduce_mean(x)
print(s, m)
p = tf.placeholder(tf.float32, name="p")
sp = tf.reduce_sum(p * p)
mp = tf.reduce_mean(tf.square(p - 1.0))
xp = tf.reduce_max(p)
print(sp, mp, xp)
q = tf.placeholder(tf.float32, shape=[None, 3], name="q")
sq = tf.reduce_sum(q)
print(sq)
r = tf.reshape(x, [])
print(r)
grads = tf.gradients(s + m + sp + mp + xp + sq, [x, p, q])
print(grads)
print([op.name for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    feed = {p: [[1.0, 2.0], [3.0, 4.0]], q: np.ones((2, 3), dtype=np.float32)}
    print(sess.run([s, m, sp, mp, xp, sq], feed_dict=feed))
    print(sess.run(grads, feed_dict=feed))
    print(sess.run(grads[1], feed_dict={p: 2.0, q: np.ones((1, 3))}))
