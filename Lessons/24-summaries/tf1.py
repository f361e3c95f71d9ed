import os
import tempfile
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# A small regression, made deterministically: y = 3x + 2 with a little noise.
m = 100
x_data = np.linspace(-1.0, 1.0, m).reshape(-1, 1)
y_data = 3.0 * x_data + 2.0 + 0.1 * np.sin(np.arange(m) * 1.7).reshape(-1, 1)

logdir = tempfile.mkdtemp()
X = tf.constant(np.c_[np.ones((m, 1)), x_data], dtype=tf.float32, name="X")
y = tf.constant(y_data, dtype=tf.float32, name="y")
theta = tf.Variable(tf.zeros([2, 1]), name="theta")
with tf.name_scope("loss"):
    error = tf.matmul(X, theta) - y
    mse = tf.reduce_mean(tf.square(error), name="mse")
training_op = tf.train.GradientDescentOptimizer(0.1).minimize(mse)

# A summary op, and a writer that also stores the graph for TensorBoard.
mse_summary = tf.summary.scalar("MSE", mse)
file_writer = tf.summary.FileWriter(logdir, tf.get_default_graph())
print(mse_summary)

logged = []
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(50):
        if step % 10 == 0:
            summary_str, mse_value = sess.run([mse_summary, mse])
            file_writer.add_summary(summary_str, step)
            logged.append(mse_value)
        sess.run(training_op)
    theta_value = theta.eval()
file_writer.close()

print([round(float(v), 4) for v in logged])
print(len([f for f in os.listdir(logdir) if f.startswith("events.out.tfevents")]), "event file")
