import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# The ops tf.compat.v1.losses.mean_squared_error builds: TF also checks that the weights
# broadcast (assert_broadcastable) and broadcasts them (broadcast_weights) before counting them.
labels = tf.placeholder(tf.float32, [None, 2], name="labels")
preds = tf.placeholder(tf.float32, [None, 2], name="preds")
loss = tf.losses.mean_squared_error(labels, preds)
print(loss)
print([op.name for op in tf.get_default_graph().get_operations()])
