import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# The gradients of reduce_sum and reduce_mean over all axes and over some axes, with TF's names.
x = tf.constant([1.0, 2.0])
m = tf.constant([[1.0, 2.0], [3.0, 4.0]])
grads = []
for y in [tf.reduce_sum(x), tf.reduce_mean(m), tf.reduce_sum(m, axis=0), tf.reduce_mean(m, axis=1)]:
    grads.append(tf.gradients(y, [x, m]))
for op in tf.get_default_graph().get_operations():
    if op.name.startswith("gradients"):
        print(op.name, op.type)
print(grads[3])
with tf.Session() as sess:
    for g in grads:
        print(sess.run([t for t in g if t is not None]))
