import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

X_data = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], dtype=np.float32)
y_data = np.array([[1.0], [2.0], [3.0]], dtype=np.float32)

X = tf.placeholder(tf.float32, shape=(None, 2), name="X")
y = tf.placeholder(tf.float32, shape=(None, 1), name="y")
theta = tf.Variable([[0.5], [-0.25]], name="theta")
y_pred = tf.matmul(X, theta, name="predictions")

# Every op made inside the block gets the prefix "loss/".
with tf.name_scope("loss") as scope:
    error = y_pred - y
    mse = tf.reduce_mean(tf.square(error), name="mse")

print(scope)
print(error.op.name)
print(mse.op.name)
print(theta.op.name, y_pred.op.name)

# name_scope prefixes tf.Variable, but not a variable made by get_variable.
with tf.name_scope("params"):
    offset = tf.Variable(0.0, name="offset")
    scale = tf.get_variable("scale", shape=[], initializer=tf.ones_initializer())
print(offset.op.name, scale.op.name)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    mse_value = sess.run(mse, feed_dict={X: X_data, y: y_data})
print("mse =", mse_value)
