# Calls to a tf.function with an input_signature bind as TF binds them: values converted to the
# spec dtype, and a dtype, a shape or an argument count that does not fit is a TypeError.
import numpy as np
import tensorflow as tf
@tf.function(input_signature=[tf.TensorSpec(shape=[None, 3], dtype=tf.float32)])
def add_five(a):
    return a + 5
for bad in [tf.constant([[1.0, 2.0]]), tf.constant([1.0, 2.0, 3.0]), tf.constant([[1, 2, 3]])]:
    try:
        add_five(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(add_five([[1.0, 2.0, 3.0]]))

@tf.function(input_signature=[tf.TensorSpec(shape=[None, 3], dtype=tf.float32)])
def add_five(a):
    return a + 5
print(add_five(np.ones((1, 3))))
print(add_five([[1, 2, 3]]))
v = tf.Variable([[1.0, 2.0, 3.0]])
print(add_five(v))
try:
    add_five(tf.constant([1.0, 2.0, 3.0]), 4)
except TypeError as e:
    print(e)
try:
    add_five([[1.0, 2.0]])
except TypeError as e:
    print(e)
try:
    add_five(np.ones((2, 2)))
except TypeError as e:
    print(e)
print(add_five.experimental_get_tracing_count())
