import tensorflow as tf

# Eager: each line runs as soon as Python reaches it.
a = tf.constant(1)
b = tf.constant(1)
c = tf.add(a, b)        # the same as c = a + b
print(c)                # a tensor that already holds its value
print(c.numpy())

# The graph version: tf.function traces the Python function into a graph
# the first time it is called, and calling it runs that graph.
@tf.function
def one_plus_one():
    a = tf.constant(1)
    b = tf.constant(1)
    c = a + b
    print("tracing:", c)  # runs once, while tracing: c is symbolic here, as in TF1
    return c

c_value = one_plus_one().numpy()
print(c_value)
print(type(c_value))
one_plus_one()            # the trace is reused: nothing is printed this time
