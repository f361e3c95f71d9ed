import tensorflow as tf
# read_value() reads in a "Read" name scope and returns an identity; value() and the operators read plainly.
v = tf.Variable(1.0, name="v")

@tf.function
def f():
    a = v.read_value()
    b = v.value()
    c = v + 1.0
    d = tf.identity(v)
    e = tf.convert_to_tensor(v)
    g = v.numpy() if False else v * 2.0
    with tf.name_scope("inner"):
        h = v.read_value()
        i = v.value()
    return a, b, c, d, e, g, h, i

cf = f.get_concrete_function()
for op in cf.graph.get_operations():
    if op.type in ("ReadVariableOp", "Identity"):
        print(op.name, op.type, [x.name for x in op.inputs])
for t in f():
    print(t.numpy())
