# tf.control_dependencies in graph mode: ops created inside the block get control inputs,
# except where an op made in the same block already feeds them; None clears outer blocks.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

counter = tf.Variable(0, name="counter")
w = tf.constant(3, name="w")
bump = counter.assign_add(1)
with tf.control_dependencies([bump]) as ctx:
    print(ctx)
    x = w + 2
    y = tf.identity(w, name="y")
print(bump.op.name, bump.op.type)
for t in [x, y]:
    print(t.op.name, [op.name for op in t.op.control_inputs], [i.op.name for i in t.op.inputs])
z = x * 3
print(z.op.name, [op.name for op in z.op.control_inputs])

a = tf.constant(1.0, name="a")
b = tf.constant(2.0, name="b")
with tf.control_dependencies([a, b.op]):
    with tf.control_dependencies([a, x]):
        c = tf.identity(w, name="c")
    with tf.control_dependencies(None):
        d = tf.identity(w, name="d")
    e = tf.identity(w, name="e")
for t in [c, d, e]:
    print(t.op.name, [op.name for op in t.op.control_inputs])

g = tf.get_default_graph()
with g.control_dependencies([counter]):
    f = tf.identity(w, name="f")
print(f.op.name, [op.name for op in f.op.control_inputs])

try:
    with tf.control_dependencies([3]):
        pass
except TypeError as err:
    print("TypeError:", err)
other = tf.Graph()
with other.as_default():
    o = tf.constant(1, name="o")
try:
    with tf.control_dependencies([o]):
        pass
except ValueError as err:
    print("ValueError:", err)

with tf.Session() as sess:
    sess.run(counter.initializer)
    print(sess.run(y), sess.run(counter))
    print(sess.run(z), sess.run(counter))
    print(sess.run([x, y, z]), sess.run(counter))
    sess.run(d)
    print(sess.run(counter))
