import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

a = tf.constant(2.0, name="a")
b = tf.constant([1, 2, 3], name="b")
c = tf.placeholder(tf.float32, shape=(None, 2), name="c")
d = tf.reduce_sum(c, axis=1, name="d")
e = a * d
noop = tf.no_op(name="nothing")
with tf.Session() as sess:
    print(sess.run(a))
    print(sess.run(b))
    print(sess.run([a, b]))
    print(sess.run((a, [b, {"x": a}])))
    print(sess.run({"sum": d, "scaled": e}, feed_dict={c: [[1.0, 2.0], [3.0, 4.5]]}))
    print(sess.run(noop))
    print(sess.run([noop, a]))
    print(sess.run("a:0"))
    print(e.eval(feed_dict={c: [[0.5, 0.25]]}))
    try:
        sess.run(e)
    except tf.errors.InvalidArgumentError as err:
        print(type(err).__name__, str(err).split("\n")[0])
    try:
        sess.run(e, feed_dict={c: [1.0, 2.0, 3.0]})
    except ValueError as err:
        print("ValueError", err)
print(a, b, d, e, sep="\n")
print(d.shape, e.shape, c.shape)
print(e.op.name, e.op.type, [t.name for t in e.op.inputs])
