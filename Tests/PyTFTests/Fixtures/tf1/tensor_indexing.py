import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.constant([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], name="x")
a = x[0]
b = x[:, 1]
c = x[1, ::-1]
d = x[None, ..., 0]
e = x[-1:, 1:]
y = tf.reduce_sum(b * b) + tf.reduce_sum(e)
g = tf.gradients(y, x)
with tf.Session() as sess:
    for t in [a, b, c, d, e, g[0]]:
        print(t.name, t.shape)
        print(sess.run(t))
print([op.name for op in tf.get_default_graph().get_operations()][:12])
