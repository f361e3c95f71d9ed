import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
# tf.assign, assign_add and assign_sub with a value of the wrong shape in a TF1 graph: while building
# (Python's check, the shape function's) and when the session runs (the kernel's).
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", str(e).split("\n\nOriginal")[0].replace(__file__, "F"))
v = tf.Variable([1.0, 2.0], name="v")
t(lambda: tf.assign(v, [1.0, 2.0, 3.0]))
t(lambda: tf.assign_add(v, [1.0]))
t(lambda: tf.assign_sub(v, [[1.0, 2.0]]))
t(lambda: v.assign(5.0))
w = tf.get_variable("w", shape=[2], initializer=tf.zeros_initializer())
t(lambda: w.assign([1.0, 2.0, 3.0]))
p = tf.placeholder(tf.float32, [None])
op = tf.assign(v, p)
with tf.Session() as s:
    s.run(tf.global_variables_initializer())
    t(lambda: s.run(op, {p: [1.0, 2.0, 3.0]}))
