import tensorflow as tf

# The number in a failing function's name (__inference_f_<uid>) counts every tensor, graph and
# variable TF's process made before the trace.
v = tf.Variable([1.0, 2.0])


@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def f(x):
    v.assign_add(x)
    return v.read_value()


try:
    f(tf.constant([1.0, 2.0, 3.0]))
except tf.errors.InvalidArgumentError as e:
    print(str(e).split("\n")[-1])
