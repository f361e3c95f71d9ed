import tensorflow as tf
try:
    tf.constant([1, 2]) + tf.constant([1.5])
except tf.errors.InvalidArgumentError as e:
    print(type(e).__name__, str(e).split("\n")[0])
try:
    tf.constant([3.0, 1.0], dtype=tf.int32)
except TypeError as e:
    print("TypeError", e)
try:
    tf.GradientTape().gradient(tf.constant(1.0), tf.constant(2.0))
except Exception as e:
    print(type(e).__name__, e)
x = tf.Variable(2.0)
with tf.GradientTape() as t:
    with t.stop_recording():
        y = x * x
print(t.gradient(y, x))
print(tf.constant(1) == tf.constant(1), tf.constant([1, 2]) == 1)
