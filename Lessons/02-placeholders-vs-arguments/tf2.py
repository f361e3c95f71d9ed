import tensorflow as tf

# The inputs are the function's parameters: no placeholders, no feed_dict.
@tf.function
def add(a, b):
    return a + b

a_ = int(input("a = "))
b_ = int(input("b = "))
print()

# Calling the function is what sess.run(c, feed_dict=...) was.
c_value = add(tf.constant(a_), tf.constant(b_)).numpy()
print("a + b = %d" % c_value)

c_other = add(tf.constant(10), tf.constant(20)).numpy()
print("10 + 20 =", c_other)

# A missing input is an ordinary Python error, raised at the call.
try:
    add(tf.constant(1))
except TypeError:
    print("TypeError: b was not given")

# Tensors of the same dtype and shape reuse one trace of the function.
print("traces:", add.experimental_get_tracing_count())

# Plain Python numbers work as arguments too, but each new value is traced anew.
add(a_, b_)
add(10, 20)
print("traces after Python ints:", add.experimental_get_tracing_count())
