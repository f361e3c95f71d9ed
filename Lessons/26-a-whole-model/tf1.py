import numpy as np
import tensorflow.compat.v1 as tf
# One line switches the whole program to TF1 graph mode: placeholders, sessions, variable scopes.
tf.disable_eager_execution()
print("executing eagerly:", tf.executing_eagerly())

# Housing-like data, made deterministically and scaled: 100 districts, 4 features.
m, n, n_hidden = 100, 4, 8
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
data = np.c_[3.0 + 2.0 * np.sin(rows * 0.37), 25.0 + 20.0 * np.cos(rows * 0.11),
             5.0 + np.cos(rows * 0.91), 1500.0 + 800.0 * np.sin(rows * 1.3)]
scaled = (data - data.mean(axis=0)) / data.std(axis=0)
target = np.tanh(scaled[:, :1]) + 0.5 * scaled[:, 1:2] * scaled[:, 2:3] - 0.3 * scaled[:, 3:4]
X_data = scaled.astype(np.float32)
y_data = target.astype(np.float32)

# Initial weights from numpy's seeded generator, the same on both sides.
rng = np.random.RandomState(42)
W_hidden = rng.uniform(-0.5, 0.5, (n, n_hidden)).astype(np.float32)
W_output = rng.uniform(-0.5, 0.5, (n_hidden, 1)).astype(np.float32)

def dense(inputs, kernel_init, name, activation=None):
    with tf.variable_scope(name):
        kernel = tf.get_variable("kernel", initializer=kernel_init)
        bias = tf.get_variable("bias", shape=[kernel_init.shape[1]], initializer=tf.zeros_initializer())
        z = tf.matmul(inputs, kernel) + bias
        return activation(z) if activation else z

X = tf.placeholder(tf.float32, shape=(None, n), name="X")
y = tf.placeholder(tf.float32, shape=(None, 1), name="y")
hidden = dense(X, W_hidden, "hidden", activation=tf.nn.relu)
y_pred = dense(hidden, W_output, "output")
with tf.name_scope("loss"):
    loss = tf.reduce_mean(tf.square(y_pred - y), name="mse")
training_op = tf.train.GradientDescentOptimizer(learning_rate=0.1).minimize(loss)
print([(v.name, v.shape.as_list()) for v in tf.trainable_variables()])

feed = {X: X_data, y: y_data}
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(200):
        if step % 50 == 0:
            print("step", step, "loss", round(float(sess.run(loss, feed_dict=feed)), 4))
        sess.run(training_op, feed_dict=feed)
    final_loss = sess.run(loss, feed_dict=feed)
    predictions = sess.run(y_pred, feed_dict={X: X_data[:3]})
print("final loss", round(float(final_loss), 4))
print(np.round(predictions.ravel(), 2))
