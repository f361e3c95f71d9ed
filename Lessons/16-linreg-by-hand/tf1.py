import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# House prices by year, scaled to [0, 1].
X_raw = np.array([2013, 2014, 2015, 2016, 2017], dtype=np.float32)
y_raw = np.array([12000, 14000, 15000, 16500, 17500], dtype=np.float32)
X = (X_raw - X_raw.min()) / (X_raw.max() - X_raw.min())
y = (y_raw - y_raw.min()) / (y_raw.max() - y_raw.min())

learning_rate_ = tf.placeholder(dtype=tf.float32)
X_ = tf.placeholder(dtype=tf.float32, shape=[5])
y_ = tf.placeholder(dtype=tf.float32, shape=[5])
a = tf.get_variable("a", dtype=tf.float32, shape=[], initializer=tf.zeros_initializer)
b = tf.get_variable("b", dtype=tf.float32, shape=[], initializer=tf.zeros_initializer)

# The model, the loss and its gradients, written out by hand as graph ops:
# loss = 1/2 * sum((a*X + b - y)^2)
y_pred = a * X_ + b
loss = tf.constant(0.5) * tf.reduce_sum(tf.square(y_pred - y_))
grad_a = tf.reduce_sum((y_pred - y_) * X_)
grad_b = tf.reduce_sum(y_pred - y_)

# The update is built once, as two assign nodes...
update_a = tf.assign(a, a - learning_rate_ * grad_a)
update_b = tf.assign(b, b - learning_rate_ * grad_b)
train_op = [update_a, update_b]
init = tf.global_variables_initializer()
n_ops = len(tf.get_default_graph().get_operations())

# ...and run many times: the loop only feeds data and runs the same nodes.
num_epoch = 1000
learning_rate = 1e-2
with tf.Session() as sess:
    sess.run(init)
    for e in range(num_epoch):
        sess.run(train_op, feed_dict={X_: X, y_: y, learning_rate_: learning_rate})
    a_value, b_value = sess.run([a, b])
    final_loss = sess.run(loss, feed_dict={X_: X, y_: y})
print([a_value, b_value])
print("loss =", final_loss)
print("graph grew by", len(tf.get_default_graph().get_operations()) - n_ops, "ops")
