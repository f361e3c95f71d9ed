import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# Every node goes into the default graph unless you say otherwise.
x1 = tf.Variable(1, name="x1")
print("x1 in the default graph:", x1.graph is tf.get_default_graph())

# A graph of your own, the default only inside the with block.
graph = tf.Graph()
with graph.as_default():
    a = tf.constant(3, name="a")
    b = tf.constant(4, name="b")
    total = tf.add(a, b, name="total")
print("total in graph:", total.graph is graph)
print("total in the default graph:", total.graph is tf.get_default_graph())
with tf.Session(graph=graph) as sess:
    total_own_graph = sess.run(total)
print("own graph:", total_own_graph)

# The trap: running graph-building code again (a notebook cell, say) adds new nodes.
def build():
    a = tf.constant(3, name="a")
    b = tf.constant(4, name="b")
    return tf.add(a, b, name="total")

first = build()
second = build()
print(first.name, second.name)
print([op.name for op in tf.get_default_graph().get_operations()][-6:])

# reset_default_graph starts a new, empty default graph.
tf.reset_default_graph()
print("ops after reset:", len(tf.get_default_graph().get_operations()))
print("x1 in the new default graph:", x1.graph is tf.get_default_graph())
with tf.Session() as sess:
    total_default_graph = sess.run(build())
print("default graph:", total_default_graph)
