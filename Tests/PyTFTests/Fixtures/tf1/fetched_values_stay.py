# Values fetched from a session are snapshots: later training steps (which update the
# variables in place once the run is compiled) do not change them.
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.placeholder(tf.float32, shape=[3])
lr = tf.placeholder(tf.float32)
w = tf.get_variable("w", shape=[3], initializer=tf.constant_initializer([1.0, 2.0, 3.0]))
b = tf.get_variable("b", shape=[], initializer=tf.zeros_initializer)
loss = tf.reduce_sum(tf.square(w * x + b))
gw, gb = tf.gradients(loss, [w, b])
step = [tf.assign(w, w - lr * gw), tf.assign_sub(b, lr * gb)]
opt_step = tf.train.GradientDescentOptimizer(0.01).minimize(loss)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    history = []
    for i in range(6):
        history.append(sess.run([w, b]))
        sess.run(step, feed_dict={x: np.array([1.0, -1.0, 0.5], dtype=np.float32), lr: 0.05})
    for h in history:
        print(h)
    first = sess.run(w)
    for i in range(5):
        sess.run(opt_step, feed_dict={x: [0.5, 0.5, 0.5]})
    print(first)
    print(sess.run(w), sess.run(b))
    feed = np.array([2.0, 1.0, 0.0], dtype=np.float32)
    for i in range(4):
        sess.run(step, feed_dict={x: feed, lr: 0.01})
    print(feed)
