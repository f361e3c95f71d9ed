# Default names of the binary math ops in a graph: tf.add is "Add" (type AddV2), a + b is "add".
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
a = tf.constant(1.0); b = tf.constant(2.0)
for n in ["add","subtract","multiply","divide","truediv","maximum","minimum","pow","squared_difference","equal","not_equal","less","less_equal","greater","greater_equal"]:
    t = getattr(tf, n)(a, b)
    print(n, t.name, t.op.type)
t = tf.logical_and(a > b, a < b); print(t.name, t.op.type)
t = tf.logical_or(a > b, a < b); print(t.name, t.op.type)
print((a + b).name, tf.add(a, b).name, tf.add(a, b, name="sum").name)
