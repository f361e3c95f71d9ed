# TF optimises a session's graph before running it (grappler), which can change the last bits
# of a result: the loss below differs from the value of the same ops fetched one by one.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.placeholder(tf.float32, shape=[None, 2], name="x")
w = tf.Variable([0.35910082, 0.22572406])
b = tf.Variable(0.2591924)
sq = tf.square(tf.reduce_sum(x * w, axis=1) + b - 1.0)
loss = tf.reduce_mean(sq)
data = np.array([[1.0, 2.0]], dtype=np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(loss, {x: data}))
    print(sess.run([sq, loss], {x: data}))
