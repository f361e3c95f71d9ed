# compat.v1 losses refuse None labels and predictions with TF's message, first argument first.
import tensorflow as tf
for f in [lambda: tf.compat.v1.losses.mean_squared_error(None, [1.0]), lambda: tf.compat.v1.losses.mean_squared_error([1.0], None), lambda: tf.compat.v1.losses.softmax_cross_entropy(None, None), lambda: tf.compat.v1.losses.sigmoid_cross_entropy([1.0], None), lambda: tf.compat.v1.losses.sparse_softmax_cross_entropy([1], None)]:
    try:
        f()
    except ValueError as e:
        print(e)
