# tf.control_dependencies eagerly is a no-op context that calls the callables it is given; in a
# tf.function the ops created inside depend on the given ones.
import tensorflow as tf

def bump():
    print("called")
with tf.control_dependencies([bump, tf.constant(1)]) as ctx:
    print(ctx)
    x = tf.constant(2) + 1
print(x)
with tf.control_dependencies(None):
    print(x + 1)

@tf.function
def f(a):
    five = tf.constant(5, name="five")
    with tf.control_dependencies([five]):
        b = tf.identity(a, name="b")
        c = a * 2
    return b, c
print(f(tf.constant(4)))
g = f.get_concrete_function(tf.constant(4)).graph
for name in ["five", "b", "mul/y", "mul"]:
    print(name, [c.name for c in g.get_operation_by_name(name).control_inputs])
