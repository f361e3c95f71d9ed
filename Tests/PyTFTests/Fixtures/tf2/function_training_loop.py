import tensorflow as tf
w = tf.Variable(0.0)
b = tf.Variable(0.0)
opt = tf.keras.optimizers.SGD(learning_rate=1e-3)
x = tf.constant([0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5])
y = x * 0.5 + 5.0

@tf.function
def step():
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(tf.square(w * x + b - y)) / 8.0
    grads = tape.gradient(loss, [w, b])
    opt.apply_gradients(zip(grads, [w, b]))
    return loss

for i in range(5000):
    loss = step()
print(round(float(loss), 4), round(float(w.numpy()), 3), round(float(b.numpy()), 3))
