import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

total = tf.constant(10.0)
with tf.Session() as sess:
    total_value = sess.run(total)
print(total_value)
