# A softmax classifier trained with Adam for 50 steps: the first loss is TF's exactly, later ones
# drift in the last bits (the cross-entropy's and the matrix products' rounding is not all reproduced).
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
np.random.seed(0)
X_data = np.random.randn(100, 4).astype(np.float32)
labels = (X_data[:, 0] + X_data[:, 1] > 0).astype(np.int64)
Y_data = np.eye(2, dtype=np.float32)[labels]

x = tf.placeholder(tf.float32, [None, 4], name="x")
y = tf.placeholder(tf.float32, [None, 2], name="y")
W = tf.Variable(tf.zeros([4, 2]), name="W")
b = tf.Variable(tf.zeros([2]), name="b")
logits = tf.matmul(x, W) + b
pred = tf.nn.softmax(logits)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
train = tf.train.AdamOptimizer(0.1).minimize(loss)
correct = tf.equal(tf.argmax(pred, 1), tf.argmax(y, 1))
acc = tf.reduce_mean(tf.cast(correct, tf.float32))
clipped = tf.clip_by_value(logits, -1.0, 1.0)
sig = tf.nn.sigmoid(logits)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for i in range(50):
        _, l = sess.run([train, loss], feed_dict={x: X_data, y: Y_data})
        if i % 10 == 0:
            print(i, l)
    print(sess.run(acc, {x: X_data, y: Y_data}))
    print(sess.run(W))
    print(sess.run(clipped, {x: X_data[:2]}))
    print(sess.run(sig, {x: X_data[:2]}))
