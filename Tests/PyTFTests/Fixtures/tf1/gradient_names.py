import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.get_variable('x', dtype=tf.float32, shape=[], initializer=tf.constant_initializer(3.))
y = tf.square(x)
g = tf.gradients(y, x)
print([op.name + ":" + op.type for op in tf.get_default_graph().get_operations()])
a = tf.constant([1.0, 2.0]); b = tf.constant(3.0)
c = a * b + a
print(tf.gradients([c, c], [a, b]))
print([op.name + ":" + op.type for op in tf.get_default_graph().get_operations()][len(tf.get_default_graph().get_operations())-30:])
