import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
# read_value() in a graph: Read/ReadVariableOp and an Identity, as in a tf.function.
v = tf.Variable(1.0, name="v")
w = tf.get_variable("w", shape=[], initializer=tf.zeros_initializer)
a = v.read_value()
b = v.value()
c = w.read_value()
d = v + 1.0
for op in tf.get_default_graph().get_operations():
    print(op.name, op.type)
print(a, b, c, d)
