import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# tf.group of assign ops runs the assignments.
a = tf.Variable(1.0, name="a")
b = tf.Variable(0, name="b")
step = tf.group(tf.assign(a, a * 2.0), tf.assign_add(b, 1), name="step")
print(step.name, step.type)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(step)
    sess.run(step)
    print(sess.run([a, b]))
