# tf.reverse (ReverseV2): values along one or more axes (negative too), its gradient, graph
# names, and its errors.
import tensorflow as tf

x = tf.reshape(tf.range(12, dtype=tf.float32), [2, 3, 2])
print(tf.reverse(x, [1]))
print(tf.reverse(x, [0, -1]))
print(tf.reverse([1, 2, 3], axis=[0]), tf.reverse(tf.constant(5), []))
v = tf.Variable([1.0, 2.0, 3.0])
with tf.GradientTape() as tape:
    y = tf.reduce_sum(tf.reverse(v, [0]) * [1.0, 10.0, 100.0])
print(tape.gradient(y, v))
for bad in ([3], [0, 0]):
    try:
        tf.reverse(x, bad)
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
g = tf.Graph()
with g.as_default():
    p = tf.compat.v1.placeholder(tf.float32, [None, 3])
    r = tf.reverse(p, [1], name="flip")
    print(r)
    gr = tf.gradients(tf.reduce_sum(r * [[1.0, 2.0, 3.0]]), p)
    for op in g.get_operations():
        print(op.name, op.type, [i.name for i in op.inputs])
    with tf.compat.v1.Session() as s:
        print(s.run([r, gr[0]], {p: [[1, 2, 3], [4, 5, 6]]}))
