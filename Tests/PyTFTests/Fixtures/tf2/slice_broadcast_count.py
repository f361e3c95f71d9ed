# tf.slice, tf.broadcast_to and tf.math.count_nonzero: values, gradients (eager and in a graph,
# with the ops TF's gradient functions build), and errors.
import tensorflow as tf

x = tf.reshape(tf.range(12, dtype=tf.float32), [3, 4])
print(tf.slice(x, [1, 1], [2, -1]))
print(tf.slice(x, [0, 2], [3, 2]).shape)
print(tf.broadcast_to([1.0, 2.0], [3, 2]))
print(tf.broadcast_to(tf.constant([[5]]), [2, 3]))
print(tf.math.count_nonzero([[0, 1, 2], [0, 0, 3]]))
print(tf.math.count_nonzero([[0.0, 1.0], [0.5, 0.0]], axis=1, keepdims=True, dtype=tf.int32))
print(tf.math.count_nonzero([True, False, True]))

v = tf.Variable([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
with tf.GradientTape(persistent=True) as tape:
    s = tf.reduce_sum(tf.slice(v, [0, 1], [2, 2]) ** 2)
    b = tf.reduce_sum(tf.broadcast_to(v[0:1], [4, 3]) * tf.range(12, dtype=tf.float32)[:, None][:4])
print(tape.gradient(s, v))
print(tape.gradient(b, v))

try:
    tf.slice(x, [0], [1])
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])

g = tf.Graph()
with g.as_default():
    p = tf.compat.v1.placeholder(tf.float32, [3, 4])
    q = tf.compat.v1.placeholder(tf.float32, [1, 4])
    y = tf.reduce_sum(tf.slice(p, [1, 0], [1, 3])) + tf.reduce_sum(tf.broadcast_to(q, [5, 4]))
    grads = tf.gradients(y, [p, q])
    c = tf.math.count_nonzero(p)
    for op in g.get_operations():
        print(op.name, op.type, [i.name for i in op.inputs])
    with tf.compat.v1.Session() as sess:
        gp, gq, cv = sess.run([grads[0], grads[1], c], {p: [[1, 0, 2, 0]] * 3, q: [[1, 2, 3, 4]]})
        print(gp, gq, cv)
