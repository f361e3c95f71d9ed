import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# Housing-like data, made deterministically: 200 rows, 3 features, scaled.
m, n = 200, 3
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
cols = np.arange(1, n + 1, dtype=np.float64).reshape(1, -1)
data = np.sin(rows * cols * 0.37) + 0.1 * cols
target = (data.dot([0.5, -0.25, 1.0]) + 2.0 + 0.05 * np.cos(rows)[:, 0]).reshape(-1, 1)
scaled = (data - data.mean(axis=0)) / data.std(axis=0)
X_data = np.c_[np.ones((m, 1)), scaled]

X = tf.constant(X_data, dtype=tf.float32, name="X")
y = tf.constant(target, dtype=tf.float32, name="y")
theta = tf.Variable(tf.zeros([n + 1, 1]), name="theta")
mse = tf.reduce_mean(tf.square(tf.matmul(X, theta) - y), name="mse")

# The optimizer adds one slot variable per trainable variable: the accumulator.
optimizer = tf.train.MomentumOptimizer(learning_rate=0.01, momentum=0.9)
training_op = optimizer.minimize(mse)
accumulator = optimizer.get_slot(theta, "momentum")
print(accumulator.name)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for epoch in range(100):
        sess.run(training_op)
    theta_value, mse_value, accum_value = sess.run([theta, mse, accumulator])

print("MSE =", round(float(mse_value), 4))
print(np.round(theta_value.ravel(), 3))
# accum = 0.9 * accum + grad;  theta -= lr * accum
print(np.round(accum_value.ravel(), 3))
