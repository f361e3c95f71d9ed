# tf.ones_like / tf.zeros_like: the ops they build in a graph (a constant for a small known
# shape, Fill for a large one, OnesLike/ZerosLike for an unknown one), dtype=, and eager values.
import tensorflow as tf

g = tf.Graph()
with g.as_default():
    x = tf.compat.v1.placeholder(tf.float32, [3, 4])
    big = tf.compat.v1.placeholder(tf.float32, [40, 40])
    y = tf.compat.v1.placeholder(tf.float32, [None, 4])
    tf.ones_like(x); tf.ones_like(big); tf.ones_like(y)
    tf.zeros_like(x); tf.zeros_like(big); tf.zeros_like(y)
    tf.ones_like(x, dtype=tf.int32); tf.zeros_like(y, dtype=tf.int32); tf.ones_like(x, name="o")
    tf.compat.v1.ones_like(x); tf.compat.v1.zeros_like(x); tf.compat.v1.ones_like(y)
    for op in g.get_operations():
        print(op.name, op.type, [i.name for i in op.inputs])

a = tf.constant([[1.5, 2.0], [3.0, 4.0]])
print(tf.ones_like(a))
print(tf.zeros_like(a, dtype=tf.int64))
print(tf.ones_like([1, 2, 3]))
print(tf.zeros_like(tf.Variable([1.0, 2.0])))

@tf.function
def f(t):
    return tf.ones_like(t) + tf.zeros_like(t, dtype=tf.float32)

print(f(tf.constant([7.0, 8.0, 9.0])))
print([op.type for op in f.get_concrete_function(tf.constant([7.0, 8.0, 9.0])).graph.get_operations()])
