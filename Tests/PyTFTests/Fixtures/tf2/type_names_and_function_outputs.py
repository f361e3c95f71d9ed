# The classes of TF's objects as type() shows them: eager and symbolic tensors, resource variables
# and what assign returns, in eager and graph mode; and tf.function converting Python outputs.
import tensorflow as tf
print(tf.Tensor, tf.Variable, tf.Operation, tf.Graph, tf.compat.v1.Session, tf.compat.v1.InteractiveSession, tf.DType, tf.TensorShape)
v = tf.Variable(1.0)
print(type(v.assign(2.0)), type(v.assign_add(1.0)))
g = tf.Graph()
with g.as_default():
    w = tf.compat.v1.Variable(1.0)
    u = tf.compat.v1.get_variable("u", shape=[])
    print(type(w), type(u), type(w.assign(3.0)), type(tf.constant(1.0).op))
    with tf.compat.v1.Session() as s:
        print(type(s))
t = tf.constant(1.0)
print(type(t), type(t).__name__, isinstance(t, tf.Tensor), type(t).__module__)
g = tf.Graph()
with g.as_default():
    p = tf.compat.v1.placeholder(tf.float32)
    print(type(p), type(p).__name__, isinstance(p, tf.Tensor))
v = tf.Variable(1.0)
print(type(v), type(v).__name__)
print(type(v + 1), type(tf.constant([1, 2]).shape), type(t.dtype))
@tf.function
def f(x):
    print(type(x))
    return x
f(t)
@tf.function
def f(x):
    return 1, 2.5, True, "s", None, [x, 3], {"a": 4}
print(f(tf.constant(1.0)))
@tf.function
def g():
    return 7
print(g(), type(g()).__name__)
