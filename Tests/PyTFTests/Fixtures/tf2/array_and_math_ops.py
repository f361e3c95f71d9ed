# Common array and math functions: expand_dims, squeeze, stack, unstack, one_hot, range, gather,
# where, reduce_any/all, floor/ceil/round, sin/cos/log1p, softplus, leaky_relu, l2_loss; eagerly,
# in a graph (names), and their gradients.
import numpy as np
import tensorflow as tf

x = tf.constant([[1.5, -2.0, 0.5], [3.0, 0.0, -1.25]])
print(tf.expand_dims(x, 0).shape, tf.expand_dims(x, -1).shape, tf.squeeze(tf.ones([1, 3, 1])).shape,
      tf.squeeze(tf.ones([1, 3, 1]), axis=[2]).shape)
print(tf.stack([x, x * 2], axis=1))
print(tf.unstack(x))
print(tf.unstack(x, axis=1)[2])
print(tf.one_hot([0, 2, 1], 3))
print(tf.one_hot([1, 0], 2, on_value=5, off_value=-1, dtype=tf.int32))
print(tf.one_hot([[0, 1]], 3, axis=0))
print(tf.range(5), tf.range(1, 10, 3), tf.range(0.0, 1.0, 0.25), tf.range(3, dtype=tf.float64))
print(tf.gather(x, [1, 0]), tf.gather(x, [2, 2], axis=1))
print(tf.where(x > 0, x, tf.zeros_like(x)))
print(tf.reduce_any(x > 2), tf.reduce_all(x > -3), tf.reduce_any(x > 2, axis=1))
print(tf.floor(x), tf.math.ceil(x), tf.round(tf.constant([0.5, 1.5, 2.5, -0.5])))
print(tf.sin(tf.constant([0.0, 1.0])), tf.cos(tf.constant([0.0, 1.0])), tf.math.log1p(tf.constant([0.0, 1.0])))
print(tf.nn.softplus(tf.constant([0.0, 2.0, -3.0])), tf.nn.leaky_relu(x), tf.nn.leaky_relu(x, alpha=0.5))
print(tf.nn.l2_loss(x))

w = tf.Variable([[0.5, -1.0], [2.0, 0.25]])
with tf.GradientTape() as tape:
    s = tf.stack([w[0], w[1] * 2.0])
    u = tf.unstack(w, axis=1)
    y = tf.reduce_sum(s) + tf.reduce_sum(u[0] * 3.0) + tf.nn.l2_loss(w) + tf.reduce_sum(tf.nn.leaky_relu(w))
    y += tf.reduce_sum(tf.squeeze(tf.expand_dims(w, 0))) + tf.reduce_sum(tf.where(w > 0, w, w * 4.0))
    y += tf.reduce_sum(tf.gather(w, [1, 1])) + tf.reduce_sum(tf.sin(w)) + tf.reduce_sum(tf.floor(w))
print(y, tape.gradient(y, w))

v1 = tf.compat.v1
g = tf.Graph()
with g.as_default():
    a = v1.placeholder(tf.float32, [None, 3], name="a")
    ops = [tf.expand_dims(a, 1), tf.squeeze(tf.expand_dims(a, 1), [1]), tf.stack([a, a]), tf.one_hot([1, 2], 3),
           tf.range(4), tf.gather(a, [0]), v1.where(a > 0, a, a), tf.reduce_any(a > 0), tf.floor(a), v1.nn.l2_loss(a)]
    print([t.name for t in ops])
    print([t.shape for t in ops])
    print(sorted(op.name for op in g.get_operations()))
