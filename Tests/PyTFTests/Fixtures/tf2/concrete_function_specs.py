# get_concrete_function takes tf.TensorSpec arguments: each becomes a placeholder of the spec's
# dtype and shape, named after the spec or the parameter; structured_outputs are its symbolic outputs.
import tensorflow as tf

@tf.function
def f(a, b):
    return a + b, (a, b * 2)

c = f.get_concrete_function(tf.TensorSpec([None, 3], tf.float32), tf.TensorSpec([], tf.float32, name="scale"))
print(c.structured_outputs)
print(c.inputs)
print(c(tf.ones([2, 3]), tf.constant(2.0)))
c2 = f.get_concrete_function(tf.TensorSpec([None, 3], tf.float32), tf.TensorSpec([], tf.float32, name="scale"))
print(c2 is c, f.experimental_get_tracing_count())

@tf.function
def g(x):
    return tf.reduce_sum(x)
print(g.get_concrete_function(tf.TensorSpec([2, 2], tf.int32)).structured_outputs)
print(f.get_concrete_function(tf.TensorSpec(None, tf.float64), 1.5).inputs)
