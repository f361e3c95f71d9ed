import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# Housing-like data, made deterministically and scaled: 1050 districts, 4 features.
m, n = 1050, 4
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
data = np.c_[3.0 + 2.0 * np.sin(rows * 0.37), 25.0 + 20.0 * np.cos(rows * 0.11),
             5.0 + np.cos(rows * 0.91), 1500.0 + 800.0 * np.sin(rows * 1.3)]
target = data.dot([[0.8], [0.01], [-0.3], [0.001]]) + 1.0 + 0.05 * np.cos(rows * 2.1)
scaled = (data - data.mean(axis=0)) / data.std(axis=0)
scaled_plus_bias = np.c_[np.ones((m, 1)), scaled]

learning_rate = 0.05
X = tf.placeholder(tf.float32, shape=(None, n + 1), name="X")
y = tf.placeholder(tf.float32, shape=(None, 1), name="y")
theta = tf.Variable(tf.random_uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
error = y_pred - y
mse = tf.reduce_mean(tf.square(error), name="mse")
optimizer = tf.train.GradientDescentOptimizer(learning_rate=learning_rate)
training_op = optimizer.minimize(mse)
init = tf.global_variables_initializer()

n_epochs = 3
batch_size = 100
n_batches = int(np.ceil(m / batch_size))  # 11: the last batch has only 50 rows

def fetch_batch(batch_index):
    start = batch_index * batch_size
    X_batch = scaled_plus_bias[start:start + batch_size]
    y_batch = target[start:start + batch_size]
    return X_batch, y_batch

with tf.Session() as sess:
    sess.run(init)
    for epoch in range(n_epochs):
        for batch_index in range(n_batches):
            X_batch, y_batch = fetch_batch(batch_index)
            sess.run(training_op, feed_dict={X: X_batch, y: y_batch})
        full_mse = mse.eval(feed_dict={X: scaled_plus_bias, y: target})
        print("Epoch", epoch, "MSE =", round(float(full_mse), 4))
    best_theta = theta.eval()

print(np.round(best_theta.ravel(), 3))
