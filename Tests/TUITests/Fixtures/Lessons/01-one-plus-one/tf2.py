import tensorflow as tf

# TF2: each line runs as soon as Python reaches it.
a = tf.constant(1)
b = tf.constant(1)
c = tf.add(a, b)
print(c)

c_value = c.numpy()
print(c_value)
