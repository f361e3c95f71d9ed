import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# TF1: building the graph computes nothing.
a = tf.constant(1)
b = tf.constant(1)
c = tf.add(a, b)
print(c)

# A session runs the graph.
with tf.Session() as sess:
    c_value = sess.run(c)
print(c_value)
