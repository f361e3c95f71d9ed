# Inside a tf.function, the reads and writes of a variable happen in program order
# (TF's automatic control dependencies), whatever the data dependencies say.
import tensorflow as tf

v = tf.Variable(0)
w = tf.Variable(100)

@tf.function
def f():
    a = v + 0
    v.assign_add(1)
    b = v + 0
    inc = v.assign_add(10)
    with tf.control_dependencies([inc]):
        c = tf.identity(v)
    w.assign(v * 2)
    v.assign(w + 1)
    return a, b, c, w.read_value(), v.read_value()

print([t.numpy() for t in f()])
print([t.numpy() for t in f()])

counter = tf.Variable(1.0)

@tf.function
def step(x):
    before = counter.read_value()
    counter.assign(counter * x)
    counter.assign_sub(1.0)
    return before, counter.value()

for x in [2.0, 3.0]:
    print([t.numpy() for t in step(tf.constant(x))])
