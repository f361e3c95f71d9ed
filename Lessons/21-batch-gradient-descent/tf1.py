import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# Housing-like data, made deterministically: 1000 districts, 4 features on very
# different scales (income, house age, rooms, population).
m, n = 1000, 4
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
data = np.c_[3.0 + 2.0 * np.sin(rows * 0.37), 25.0 + 20.0 * np.cos(rows * 0.11),
             5.0 + np.cos(rows * 0.91), 1500.0 + 800.0 * np.sin(rows * 1.3)]
target = data.dot([[0.8], [0.01], [-0.3], [0.001]]) + 1.0 + 0.05 * np.cos(rows * 2.1)
scaled = (data - data.mean(axis=0)) / data.std(axis=0)
scaled_plus_bias = np.c_[np.ones((m, 1)), scaled]

n_epochs = 300
learning_rate = 0.02

X = tf.constant(scaled_plus_bias, dtype=tf.float32, name="X")
y = tf.constant(target, dtype=tf.float32, name="y")
theta = tf.Variable(tf.random_uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
y_pred = tf.matmul(X, theta, name="predictions")
error = y_pred - y
mse = tf.reduce_mean(tf.square(error), name="mse")
gradients = 2 / m * tf.matmul(tf.transpose(X), error)
training_op = tf.assign(theta, theta - learning_rate * gradients)

init = tf.global_variables_initializer()

with tf.Session() as sess:
    sess.run(init)
    for epoch in range(n_epochs):
        if epoch % 50 == 0:
            print("Epoch", epoch, "MSE =", round(float(mse.eval()), 4))
        sess.run(training_op)
    best_theta = theta.eval()
    mse_value = mse.eval()

print("MSE =", round(float(mse_value), 6))
print(np.round(best_theta.ravel(), 3))
