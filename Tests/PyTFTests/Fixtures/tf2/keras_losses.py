import tensorflow as tf

# Keras loss classes and functions TF1 ports use, eagerly and with their from_logits forms.
y_true = tf.constant([[0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y_prob = tf.constant([[0.2, 0.7], [0.9, 0.3], [0.6, 0.99]])
logits = tf.constant([[-1.0, 2.0], [3.0, -0.5], [0.2, 4.0]])
labels = tf.constant([1, 0, 1])
onehot = tf.one_hot(labels, 2)
probs = tf.nn.softmax(logits)
for loss in [tf.keras.losses.MeanSquaredError(), tf.keras.losses.MeanAbsoluteError(),
             tf.keras.losses.BinaryCrossentropy(), tf.keras.losses.BinaryCrossentropy(from_logits=True)]:
    print(type(loss).__name__, loss.name, loss(y_true, y_prob if not getattr(loss, "from_logits", False) else logits))
print(tf.keras.losses.CategoricalCrossentropy()(onehot, probs))
print(tf.keras.losses.CategoricalCrossentropy(from_logits=True)(onehot, logits))
print(tf.keras.losses.SparseCategoricalCrossentropy()(labels, probs))
print(tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)(labels, logits))
print(tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True, reduction="none")(labels, logits))
print(tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True, reduction="sum")(labels, logits))
print(tf.keras.losses.BinaryCrossentropy()(y_true, y_prob, sample_weight=[1.0, 0.0, 2.0]))
print(tf.keras.losses.binary_crossentropy(y_true, y_prob))
print(tf.keras.losses.categorical_crossentropy(onehot, logits, from_logits=True))
print(tf.keras.losses.sparse_categorical_crossentropy(labels, probs))
print(tf.keras.losses.get("binary_crossentropy").__name__, tf.keras.losses.get("sparse_categorical_crossentropy").__name__)
print(tf.nn.sigmoid_cross_entropy_with_logits(labels=y_true, logits=logits))
w = tf.Variable([[0.5, -0.5], [1.0, 0.0]])
x = tf.constant([[1.0, 2.0], [0.5, -1.0], [2.0, 0.0]])
for loss in [tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), tf.keras.losses.CategoricalCrossentropy(),
             tf.keras.losses.BinaryCrossentropy(from_logits=True)]:
    with tf.GradientTape() as tape:
        out = x @ w
        target = labels if isinstance(loss, tf.keras.losses.SparseCategoricalCrossentropy) else (onehot if isinstance(loss, tf.keras.losses.CategoricalCrossentropy) else y_true)
        value = loss(target, tf.nn.softmax(out) if isinstance(loss, tf.keras.losses.CategoricalCrossentropy) else out)
    print(value, tape.gradient(value, w))
