import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# Build the graph. These lines compute nothing yet.
a = tf.constant(1)
b = tf.constant(1)
c = tf.add(a, b)        # the same as c = a + b
print(c)                # a symbolic tensor: a name, a shape and a dtype, no value

# Run the graph. The session computes c and hands back a NumPy value.
sess = tf.Session()
c_value = sess.run(c)
print(c_value)
print(type(c_value))
sess.close()
