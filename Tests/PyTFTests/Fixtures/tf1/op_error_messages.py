import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
c = tf.placeholder(tf.float32, shape=(None, 2), name="c")
e = c * 2.0
a = tf.Variable(1.0, name="a")
with tf.Session() as sess:
    try:
        sess.run(e)
    except tf.errors.InvalidArgumentError as err:
        print(repr(str(err).split("\n\nOriginal stack trace")[0].replace(__file__, "<this file>")))
        print(repr(err.message.replace(__file__, "<this file>")))
    try:
        sess.run(a)
    except tf.errors.FailedPreconditionError as err:
        print(repr(str(err).split("\n\nOriginal stack trace")[0].replace(__file__, "<this file>")))
