import numpy as np
import tensorflow as tf
# TF2 executes eagerly by default; graphs come from tf.function.
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

class Regressor(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = tf.keras.layers.Dense(n_hidden, activation="relu", name="hidden",
                                            kernel_initializer=tf.keras.initializers.Constant(W_hidden))
        self.out = tf.keras.layers.Dense(1, name="output",
                                         kernel_initializer=tf.keras.initializers.Constant(W_output))

    def call(self, inputs):
        return self.out(self.hidden(inputs))

model = Regressor()
optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)
mse = tf.keras.losses.MeanSquaredError()

@tf.function
def train_step(X, y):
    with tf.GradientTape() as tape:
        loss = mse(y, model(X))
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss

for step in range(200):
    loss = train_step(X_data, y_data)
    if step % 50 == 0:
        print("step", step, "loss", round(float(loss), 4))
print([(v.name, v.shape.as_list()) for v in model.trainable_variables])
final_loss = mse(y_data, model(X_data)).numpy()
predictions = model(X_data[:3]).numpy()
print("final loss", round(float(final_loss), 4))
print(np.round(predictions.ravel(), 2))
