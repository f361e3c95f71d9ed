import numpy as np
import tensorflow as tf

# House prices by year, scaled to [0, 1].
X_raw = np.array([2013, 2014, 2015, 2016, 2017], dtype=np.float32)
y_raw = np.array([12000, 14000, 15000, 16500, 17500], dtype=np.float32)
X = (X_raw - X_raw.min()) / (X_raw.max() - X_raw.min())
y = (y_raw - y_raw.min()) / (y_raw.max() - y_raw.min())

a = tf.Variable(0.0, name="a")
b = tf.Variable(0.0, name="b")
variables = [a, b]
optimizer = tf.keras.optimizers.SGD(learning_rate=1e-2)

for e in range(1000):
    with tf.GradientTape() as tape:
        y_pred = a * X + b
        loss = 0.5 * tf.reduce_sum(tf.square(y_pred - y))
    # There is no minimize(loss): the tape computes the gradients, and the
    # optimizer applies (gradient, variable) pairs.
    grads = tape.gradient(loss, variables)
    optimizer.apply_gradients(zip(grads, variables))

a_value, b_value = a.numpy(), b.numpy()
print([a_value, b_value])
print("steps:", optimizer.iterations.numpy())

# The pairs are (gradient, variable), in that order.
try:
    optimizer.apply_gradients(zip(variables, grads))
except Exception as e:
    print(type(e).__name__ + ":", str(e).split("\n")[0])
