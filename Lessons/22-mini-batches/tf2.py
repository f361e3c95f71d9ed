import numpy as np
import tensorflow as tf

# Housing-like data, made deterministically and scaled: 1050 districts, 4 features.
m, n = 1050, 4
rows = np.arange(m, dtype=np.float64).reshape(-1, 1)
data = np.c_[3.0 + 2.0 * np.sin(rows * 0.37), 25.0 + 20.0 * np.cos(rows * 0.11),
             5.0 + np.cos(rows * 0.91), 1500.0 + 800.0 * np.sin(rows * 1.3)]
target = data.dot([[0.8], [0.01], [-0.3], [0.001]]) + 1.0 + 0.05 * np.cos(rows * 2.1)
scaled = (data - data.mean(axis=0)) / data.std(axis=0)
scaled_plus_bias = np.c_[np.ones((m, 1)), scaled]
# feed_dict cast to the placeholder's float32; a function argument keeps numpy's float64.
X_all = scaled_plus_bias.astype(np.float32)
y_all = target.astype(np.float32)

learning_rate = 0.05
theta = tf.Variable(tf.random.uniform([n + 1, 1], -1.0, 1.0, seed=42), name="theta")
optimizer = tf.keras.optimizers.SGD(learning_rate=learning_rate)

@tf.function
def train_step(X_batch, y_batch):
    with tf.GradientTape() as tape:
        mse = tf.reduce_mean(tf.square(tf.matmul(X_batch, theta) - y_batch))
    gradients = tape.gradient(mse, [theta])
    optimizer.apply_gradients(zip(gradients, [theta]))
    return mse

n_epochs = 3
batch_size = 100
n_batches = int(np.ceil(m / batch_size))  # 11: the last batch has only 50 rows

def fetch_batch(batch_index):
    start = batch_index * batch_size
    X_batch = X_all[start:start + batch_size]
    y_batch = y_all[start:start + batch_size]
    return X_batch, y_batch

for epoch in range(n_epochs):
    for batch_index in range(n_batches):
        X_batch, y_batch = fetch_batch(batch_index)
        train_step(X_batch, y_batch)
    full_mse = tf.reduce_mean(tf.square(tf.matmul(X_all, theta) - y_all))
    print("Epoch", epoch, "MSE =", round(float(full_mse), 4))
best_theta = theta.numpy()

print(np.round(best_theta.ravel(), 3))
# Batches of 100 rows: traced twice (the first trace made the optimizer's slot variable,
# so TF traced again without making it). The last batch of 50 rows: one trace more.
print("train_step traced", train_step.experimental_get_tracing_count(), "times")

# A signature with None for the batch dimension: one trace serves every batch size.
@tf.function(input_signature=[tf.TensorSpec([None, n + 1], tf.float32), tf.TensorSpec([None, 1], tf.float32)])
def batch_mse(X_batch, y_batch):
    return tf.reduce_mean(tf.square(tf.matmul(X_batch, theta) - y_batch))

for batch_index in range(n_batches):
    batch_mse(*fetch_batch(batch_index))
print("batch_mse traced", batch_mse.experimental_get_tracing_count(), "time")
