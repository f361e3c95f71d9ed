import numpy as np
import tensorflow as tf

# Housing-like data, made deterministically: 200 rows, 3 features, scaled.
m, n = 200, 3
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
cols = np.arange(1, n + 1, dtype=np.float64).reshape(1, -1)
data = np.sin(rows * cols * 0.37) + 0.1 * cols
target = (data.dot([0.5, -0.25, 1.0]) + 2.0 + 0.05 * np.cos(rows)[:, 0]).reshape(-1, 1)
scaled = (data - data.mean(axis=0)) / data.std(axis=0)
X_data = np.c_[np.ones((m, 1)), scaled]

X = tf.constant(X_data, dtype=tf.float32)
y = tf.constant(target, dtype=tf.float32)
theta = tf.Variable(tf.zeros([n + 1, 1]), name="theta")

def compute_mse():
    return tf.reduce_mean(tf.square(tf.matmul(X, theta) - y))

# Keras SGD with momentum: its slot is a velocity, made on the first apply_gradients.
optimizer = tf.keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)

@tf.function
def train_step():
    with tf.GradientTape() as tape:
        mse = compute_mse()
    grads = tape.gradient(mse, [theta])
    optimizer.apply_gradients(zip(grads, [theta]))

for epoch in range(100):
    train_step()
theta_value = theta.numpy()
mse_value = compute_mse().numpy()
velocity = optimizer.momentums[0].numpy()

print("MSE =", round(float(mse_value), 4))
print(np.round(theta_value.ravel(), 3))
# velocity = 0.9 * velocity - lr * grad;  theta += velocity
print(np.round(velocity.ravel(), 5))
