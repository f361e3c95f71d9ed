# Keras RMSprop and Adagrad steps traced in a tf.function. TF's graph optimiser rewrites the
# RMSprop step's arithmetic, which changes a last bit (with it off, the values agree).
import tensorflow as tf
for opt in [tf.keras.optimizers.RMSprop(0.1, momentum=0.9), tf.keras.optimizers.Adagrad(0.3)]:
    w = tf.Variable([[1.0], [-1.0]])
    x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
    y = tf.constant([[1.0], [2.0]])
    @tf.function
    def step():
        with tf.GradientTape() as tape:
            loss = tf.keras.losses.MeanSquaredError()(y, x @ w)
        opt.apply_gradients(zip(tape.gradient(loss, [w]), [w]))
        return loss
    print([float(step()) for _ in range(4)], w.numpy().ravel().tolist())
