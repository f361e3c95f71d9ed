import tensorflow as tf

# Automatic control dependencies in a tf.function: a read after an assign sees the new value,
# and the traced graph orders every use of a variable after the last write to it, a write after
# the reads since the last write; one NoOp gathers the ops that must run and the outputs wait
# for it. TF lists control inputs in no stable order, so they are printed sorted.


def show_graph(fn, *args):
    for op in fn.get_concrete_function(*args).graph.get_operations():
        print(" ", op.name, op.type, [i.name for i in op.inputs], sorted(c.name for c in op.control_inputs))


v = tf.Variable(1.0)
w = tf.Variable(0.0)


@tf.function
def f(x):
    a = v.read_value()
    v.assign(x)
    b = v.read_value()
    v.assign_add(1.0)
    c = v + 0.0
    return a, b, c


@tf.function
def h():
    v.assign(2.0)
    return v.read_value() * 2.0


@tf.function
def k():
    v.assign(3.0)
    w.assign(v)
    return w.read_value()


@tf.function
def no_outputs(x):
    v.assign_sub(x)
    w.assign_add(v)


@tf.function
def unused_read():
    v.read_value()
    w.assign(5.0)
    return tf.constant(1.0)


opt = tf.keras.optimizers.SGD(0.1)


@tf.function
def step():
    with tf.GradientTape() as tape:
        loss = (v - 2.0) ** 2
    g = tape.gradient(loss, v)
    opt.apply_gradients([(g, v)])
    return v.read_value()


print(f(tf.constant(5.0)))
show_graph(f, tf.constant(5.0))
print(h())
show_graph(h)
print(k(), w.numpy())
show_graph(k)
print(no_outputs(tf.constant(1.0)), v.numpy(), w.numpy())
show_graph(no_outputs, tf.constant(1.0))
print(unused_read())
show_graph(unused_read)
print(step(), step())
