# tf.tensordot: values for integer and paired axes, the ops it builds in a graph for known and
# partly known shapes, its gradient, and its errors.
import numpy as np
import tensorflow as tf

a = tf.reshape(tf.range(24, dtype=tf.float32), [2, 3, 4])
b = tf.reshape(tf.range(12, dtype=tf.float32) * 0.5, [4, 3])
print(tf.tensordot(a, b, 1))
print(tf.tensordot(a, b, [[1, 2], [1, 0]]))
print(tf.tensordot(a, b, [[-2], [-1]]).shape)
print(tf.tensordot(tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0, 5.0]), axes=0))
print(tf.tensordot(tf.constant([1.0, 2.0, 3.0]), tf.constant([3.0, 4.0, 5.0]), axes=1))
print(tf.linalg.tensordot(b, b, axes=[0, 0]))
print(tf.tensordot(np.ones((2, 2), np.float32), [[1.0], [2.0]], 1))
for bad in (-1, 5, [[0]], [[0, 1], [0]]):
    try:
        tf.tensordot(a, b, bad)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])

x = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.tensordot(x, tf.constant([[0.5, -1.0], [2.0, 1.0]]), [[0], [1]]) ** 2)
print(tape.gradient(y, x))

g = tf.Graph()
with g.as_default():
    p = tf.compat.v1.placeholder(tf.float32, [2, 3, 4])
    q = tf.compat.v1.placeholder(tf.float32, [4, 5])
    r = tf.compat.v1.placeholder(tf.float32, [None, 4])
    tf.tensordot(p, q, 1)
    tf.tensordot(q, q, [[0], [0]], name="qq")
    tf.tensordot(r, q, 1)
    tf.tensordot(tf.ones([3, 4]), q, 1)
    for op in g.get_operations():
        print(op.name, op.type, [i.name for i in op.inputs], [o.shape for o in op.outputs])
