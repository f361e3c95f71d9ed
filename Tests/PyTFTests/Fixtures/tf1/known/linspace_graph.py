import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# tf.linspace in a graph: TF builds it from some seventy ops (linspace_nd, which also handles
# tensors of start and stop values); the values are the same.
x = tf.linspace(0.0, 1.0, 5)
print(x)
print([op.name for op in tf.get_default_graph().get_operations()])
with tf.Session() as sess:
    print(sess.run(x))
