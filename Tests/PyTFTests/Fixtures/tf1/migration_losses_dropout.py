import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# tf.compat.v1.losses.mean_squared_error and tf.nn.dropout's keep_prob form, in a TF1 graph.
tf.set_random_seed(3)
labels = tf.placeholder(tf.float32, [None, 2], name="labels")
preds = tf.placeholder(tf.float32, [None, 2], name="preds")
loss = tf.losses.mean_squared_error(labels, preds)
weighted = tf.losses.mean_squared_error(labels, preds, weights=[[1.0, 0.0]])
summed = tf.losses.mean_squared_error(labels, preds, reduction=tf.losses.Reduction.SUM)
print(loss, weighted, summed)
print(tf.get_collection(tf.GraphKeys.LOSSES))
x = tf.placeholder(tf.float32, [3, 4], name="x")
keep = tf.placeholder(tf.float32, name="keep")
d = tf.nn.dropout(x, keep_prob=keep, seed=5)
d2 = tf.nn.dropout(x, 0.5)
print(d, d2)
grad = tf.gradients(tf.reduce_sum(loss), preds)[0]
print(grad)
with tf.Session() as sess:
    feed = {labels: [[1.0, 2.0], [3.0, 4.0]], preds: [[1.5, 1.0], [2.0, 4.5]]}
    print(sess.run([loss, weighted, summed, grad], feed))
    print(sess.run(d, {x: [[1.0] * 4] * 3, keep: 0.5}))
    print(sess.run(d, {x: [[1.0] * 4] * 3, keep: 1.0}))
