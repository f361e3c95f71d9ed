# tf.compat.v1.Print: an identity op that prints its message and data (to stderr) when it runs,
# first_n times at most; the ops it adds to the graph.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, [None])
m = tf.constant([[1, 2, 3, 4], [5, 6, 7, 8]])
y = tf.Print(x, [x, m, "s"], message="x and m: ")
z = tf.Print(y * 2, [tf.reduce_sum(y)], summarize=10, first_n=2)
print(y, z)
print([(op.name, op.type) for op in tf.get_default_graph().get_operations()])
print(y.op.get_attr("message"), y.op.get_attr("summarize"), y.op.get_attr("first_n"))
with tf.Session() as s:
    for v in range(3):
        print(s.run(z, {x: [1.0, 2.0, 3.0, 4.0 + v]}))
