import numpy as np
import tensorflow as tf

# House prices by year, scaled to [0, 1].
X_raw = np.array([2013, 2014, 2015, 2016, 2017], dtype=np.float32)
y_raw = np.array([12000, 14000, 15000, 16500, 17500], dtype=np.float32)
X = (X_raw - X_raw.min()) / (X_raw.max() - X_raw.min())
y = (y_raw - y_raw.min()) / (y_raw.max() - y_raw.min())

a = tf.Variable(0.0, name="a")
b = tf.Variable(0.0, name="b")

# The loss must be computed inside the tape, or the tape cannot trace it back.
with tf.GradientTape() as tape:
    y_pred = a * X + b
loss_outside = 0.5 * tf.reduce_sum(tf.square(y_pred - y))
print(tape.gradient(loss_outside, [a, b]))

num_epoch = 1000
learning_rate = 1e-2
for e in range(num_epoch):
    with tf.___() as tape:
        y_pred = a * X + b
        loss = 0.5 * tf.reduce_sum(tf.square(y_pred - y))
    grad_a, grad_b = tape.gradient(___, ___)
    a.assign_sub(learning_rate * grad_a)
    b.assign_sub(learning_rate * grad_b)

a_value, b_value = a.numpy(), b.numpy()
final_loss = (0.5 * tf.reduce_sum(tf.square(a * X + b - y))).numpy()
print([a_value, b_value])
print("loss =", final_loss)
