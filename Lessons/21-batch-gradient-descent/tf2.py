import numpy as np
import tensorflow as tf

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

X = tf.constant(scaled_plus_bias, dtype=tf.float32)
y = tf.constant(target, dtype=tf.float32)
theta = tf.Variable(tf.random.uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
theta_init = theta.numpy()

@tf.function
def train_step(X, y):
    error = tf.matmul(X, theta) - y
    gradients = 2 / m * tf.matmul(tf.transpose(X), error)
    theta.assign_sub(learning_rate * gradients)
    return tf.reduce_mean(tf.square(error))

for epoch in range(n_epochs):
    mse = train_step(X, y)
    if epoch % 50 == 0:
        print("Epoch", epoch, "MSE =", round(float(mse), 4))
best_theta = theta.numpy()
mse_value = tf.reduce_mean(tf.square(tf.matmul(X, theta) - y)).numpy()

print("MSE =", round(float(mse_value), 6))
print(np.round(best_theta.ravel(), 3))

# The same learning rate on the unscaled features: the steps overshoot and grow.
X_unscaled = tf.constant(np.c_[np.ones((m, 1)), data], dtype=tf.float32)
theta.assign(theta_init)
for epoch in range(n_epochs):
    unscaled_mse = train_step(X_unscaled, y)
print("Unscaled features, MSE =", float(unscaled_mse))
