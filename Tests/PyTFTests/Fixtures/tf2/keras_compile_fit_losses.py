# Model.compile with the new losses and optimizers by name or object, then fit. (Losses are
# rounded: the last bits of a softmax cross-entropy are TF's kernel's, see tf1/known/softmax_rounding.)
import tensorflow as tf
x = tf.constant([[1.0, 2.0], [0.5, -1.0], [2.0, 0.0], [-1.0, 1.5]])
y = tf.constant([1, 0, 1, 0])
for opt, loss in [("rmsprop", "sparse_categorical_crossentropy"), (tf.keras.optimizers.Adagrad(0.1), tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))]:
    model = tf.keras.Sequential([tf.keras.Input(shape=(2,)), tf.keras.layers.Dense(2, kernel_initializer="ones", activation=None if not isinstance(loss, str) else "softmax")])
    model.compile(optimizer=opt, loss=loss)
    h = model.fit(x, y, epochs=3, batch_size=4, verbose=0)
    print([round(v, 6) for v in h.history["loss"]], model.layers[0].kernel.numpy().tolist())
