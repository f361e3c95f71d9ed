import os
import tempfile
import numpy as np
import tensorflow as tf

# A small regression, made deterministically: y = 3x + 2 with a little noise.
m = 100
x_data = np.linspace(-1.0, 1.0, m).reshape(-1, 1)
y_data = 3.0 * x_data + 2.0 + 0.1 * np.sin(np.arange(m) * 1.7).reshape(-1, 1)

logdir = tempfile.mkdtemp()
X = tf.constant(np.c_[np.ones((m, 1)), x_data], dtype=tf.float32)
y = tf.constant(y_data, dtype=tf.float32)
theta = tf.Variable(tf.zeros([2, 1]), name="theta")
optimizer = tf.keras.optimizers.SGD(0.1)

@tf.function
def train_step():
    with tf.GradientTape() as tape:
        mse = tf.reduce_mean(tf.square(tf.matmul(X, theta) - y))
    optimizer.apply_gradients(zip(tape.gradient(mse, [theta]), [theta]))
    return mse

# A writer; summaries go to the default writer, and each needs a step.
writer = tf.summary.create_file_writer(logdir)

logged = []
with writer.as_default():
    for step in range(50):
        mse_value = train_step()
        if step % 10 == 0:
            tf.summary.scalar("MSE", mse_value, step=step)
            logged.append(mse_value.numpy())
    # Inside the writer, a summary without a step is an error.
    try:
        tf.summary.scalar("MSE", 0.0)
    except ValueError as e:
        print("ValueError:", e)
writer.close()
theta_value = theta.numpy()

# Outside `writer.as_default()` there is no writer: nothing is written, and scalar says so.
print(tf.summary.scalar("MSE", 0.0, step=50))

print([round(float(v), 4) for v in logged])
print(len([f for f in os.listdir(logdir) if f.startswith("events.out.tfevents")]), "event file")
