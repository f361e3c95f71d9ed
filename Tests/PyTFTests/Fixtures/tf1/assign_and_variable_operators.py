import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.Variable(1.0, name="a")
b = tf.assign(a, a + 1.0)
c = tf.assign_add(a, 2.0)
d = a.assign(5.0)
e = 2.0 * a
f = tf.square(a)
print(b, c, d, sep="\n")
print([op.name + ":" + op.type for op in tf.get_default_graph().get_operations()])
