import tensorflow.compat.v1 as tf

# A kernel's failure in a session: the kernel's message, without the eager [Op:...] suffix.
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [None])
y = x + tf.constant([1.0, 2.0])
with tf.Session() as s:
    try:
        s.run(y, {x: [1.0, 2.0, 3.0]})
    except tf.errors.InvalidArgumentError as e:
        print(repr(e.message.replace(__file__, "F")))
    try:
        s.run(tf.transpose(x, [0, 0]) if False else tf.matmul(tf.reshape(x, [1, -1]), tf.ones([2, 2])), {x: [1.0, 2.0, 3.0]})
    except tf.errors.InvalidArgumentError as e:
        print(repr(e.message.replace(__file__, "F")))
