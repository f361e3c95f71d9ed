import tensorflow as tf
import tensorflow.compat.v1 as v1

# Functions TF1 programs use that their TF2 rewrites keep: tf.linspace, tf.cumsum, tf.eye,
# tf.pad, tf.split, tf.sort/argsort/math.top_k, tf.boolean_mask, tf.where(condition),
# tf.nn.dropout; their values eagerly, their ops in a graph, their gradients.

print(tf.linspace(0.0, 1.0, 5))
print(tf.linspace(1.0, 10.0, 4))
print(tf.linspace(-1.0, 1.0, 1))
print(tf.cumsum([1, 2, 3, 4]))
print(tf.cumsum(tf.constant([[1.0, 2.0], [3.0, 4.0]]), axis=1, exclusive=True, reverse=True))
print(tf.math.cumsum([1.5, 2.5], reverse=True))
print(tf.cumsum(tf.constant([[1, 2], [3, 4]]), axis=-2))
print(tf.eye(3))
print(tf.eye(2, 3, dtype=tf.int32))
print(tf.linalg.eye(2, dtype=tf.float64))
print(tf.pad([[1, 2], [3, 4]], [[1, 0], [0, 2]]))
print(tf.pad(tf.constant([[1.0, 2.0], [3.0, 4.0]]), [[1, 1], [1, 1]], constant_values=9.0))
print(tf.pad([[1, 2, 3], [4, 5, 6]], [[1, 1], [2, 2]], mode="REFLECT"))
print(tf.pad([[1, 2, 3], [4, 5, 6]], [[1, 1], [2, 2]], mode="symmetric"))
print(tf.split(tf.reshape(tf.range(12), [3, 4]), 2, axis=1))
print(tf.split(tf.range(10), [2, 3, -1]))
print(tf.sort([3, 1, 2]))
print(tf.sort([3.0, 1.0, 2.0, 1.0], direction="DESCENDING"))
print(tf.sort(tf.constant([[3, 1], [0, 5]]), axis=0))
print(tf.argsort([3, 1, 2]))
print(tf.argsort([3.0, 1.0, 2.0, 1.0], direction="DESCENDING"))
print(tf.math.top_k([1, 5, 3, 5], k=2))
values, indices = tf.nn.top_k(tf.constant([[1.0, 4.0, 2.0], [9.0, 8.0, 7.0]]), 2)
print(values, indices)
print(tf.boolean_mask([1, 2, 3, 4], [True, False, True, False]))
print(tf.boolean_mask(tf.constant([[1, 2], [3, 4], [5, 6]]), tf.constant([True, False, True])))
print(tf.boolean_mask(tf.constant([[1, 2], [3, 4]]), tf.constant([[True, False], [False, True]])))
print(tf.where([True, False, True]))
print(tf.where(tf.constant([[1, 0], [0, 2]]) > 0))
tf.random.set_seed(7)
print(tf.nn.dropout(tf.ones([3, 4]), rate=0.5, seed=1))
print(tf.nn.dropout(tf.ones([2, 2]), rate=0.0))
for bad in [lambda: tf.nn.dropout(tf.ones([2]), rate=1.5), lambda: tf.nn.dropout(tf.constant([1, 2]), rate=0.5),
            lambda: tf.pad(tf.ones([2]), [[1, 1]], mode="WRAP"), lambda: tf.split(tf.ones([5]), 2),
            lambda: tf.boolean_mask(tf.ones([3]), tf.constant([True, False]))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, "|", e)

x = tf.constant([1.0, 2.0, 3.0, 4.0])
with tf.GradientTape(persistent=True) as tape:
    tape.watch(x)
    ys = [tf.cumsum(x * x, exclusive=True), tf.pad(x * x, [[2, 1]]), tf.split(x * x, 2)[1], tf.sort(x * x, direction="DESCENDING"),
          tf.boolean_mask(x * x, [True, False, True, True]), tf.math.top_k(x * x, 2).values]
for y in ys:
    print(tape.gradient(y, x))

g = tf.Graph()
with g.as_default():
    p = v1.placeholder(tf.float32, [2, 2], name="p")
    outs = [tf.cumsum(p), tf.eye(3), tf.pad(p, [[1, 0], [0, 1]]), tf.split(p, 2)[1], tf.split(p, [1, 1], axis=1)[0],
            tf.sort(p), tf.boolean_mask(p, [True, False]), tf.where(p > 0), tf.nn.dropout(p, rate=0.5), tf.argsort(p)]
    for o in outs:
        print(o)
    print([op.name for op in g.get_operations()])
    print(v1.gradients(tf.reduce_sum(tf.pad(p, [[1, 0], [0, 1]]) * 2.0), p)[0])
    print(v1.gradients(tf.reduce_sum(tf.cumsum(p, reverse=True)), p)[0])
    print(v1.gradients(tf.reduce_sum(tf.split(p, 2)[0]), p)[0])
    print([op.name for op in g.get_operations()][-12:])
    with v1.Session() as sess:
        print(sess.run(outs[:8] + [outs[9]], {p: [[1.0, -2.0], [3.0, 0.5]]}))

with tf.GradientTape() as tape:
    tape.watch(x)
    y = tf.pad(tf.reshape(x * x, [2, 2]), [[1, 1], [0, 1]], mode="SYMMETRIC")
print(y, tape.gradient(y, x))
