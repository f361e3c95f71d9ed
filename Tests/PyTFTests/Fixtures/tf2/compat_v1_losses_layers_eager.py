import tensorflow as tf
v1 = tf.compat.v1

# tf.compat.v1.losses and tf.compat.v1.layers eagerly (TF2 programs keep them while migrating).
labels = tf.constant([1, 0, 1])
logits = tf.constant([[1.0, 2.0], [0.5, -1.0], [0.0, 3.0]])
print(v1.losses.sparse_softmax_cross_entropy(labels, logits))
print(v1.losses.softmax_cross_entropy(tf.one_hot(labels, 2), logits, weights=[1.0, 2.0, 0.0]))
print(v1.losses.sigmoid_cross_entropy(tf.one_hot(labels, 2), logits, label_smoothing=0.2))
print(v1.losses.mean_squared_error([1.0, 2.0], [1.5, 2.5], reduction=v1.losses.Reduction.SUM))
print(v1.losses.mean_squared_error([[1.0], [2.0]], [[1.5], [3.0]], weights=[[0.0], [2.0]], reduction=v1.losses.Reduction.MEAN))
print(v1.losses.mean_squared_error([1.0, 2.0], [1.5, 2.5], reduction=v1.losses.Reduction.NONE))
print(v1.layers.flatten(tf.ones([2, 2, 2])))
print(v1.layers.dropout(tf.ones([2, 2]), 0.5))
