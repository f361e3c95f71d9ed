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

y_pred = a * X_ + b
loss = tf.constant(0.5) * tf.reduce_sum(tf.square(y_pred - y_))

# TF builds the gradient nodes: no formulas to derive by hand.
grad_a, grad_b = tf.gradients(loss, [a, b])
print(grad_a.op.name, grad_b.op.name)

update_a = tf.assign(a, a - learning_rate_ * grad_a)
update_b = tf.assign(b, b - learning_rate_ * grad_b)
train_op = [update_a, update_b]

num_epoch = 1000
learning_rate = 1e-2
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for e in range(num_epoch):
        sess.run(train_op, feed_dict={X_: X, y_: y, learning_rate_: learning_rate})
    a_value, b_value = sess.run([a, b])
    final_loss = sess.run(loss, feed_dict={X_: X, y_: y})
print([a_value, b_value])
print("loss =", final_loss)
