import tensorflow as tf
import tensorflow.compat.v1 as v1

# `==` and `!=` on tensors and variables (math_ops.tensor_equals): elementwise with broadcasting,
# and shapes that cannot broadcast give a scalar False (True for !=), eagerly and in a
# tf.function, where the op's static shape follows; tf.equal itself still fails on them.
# In a TF1 graph, == is object identity.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", str(e).replace(__file__, "FILE"))


a = tf.constant([1, 2, 3])
b = tf.constant([1, 2])
show(lambda: a == b)
show(lambda: a != b)
show(lambda: tf.constant([[1, 2], [3, 4]]) == tf.constant([1, 2, 3]))
show(lambda: tf.constant([[1, 2], [3, 4]]) == tf.constant([1, 2]))
show(lambda: a == "x")
show(lambda: a == None)
show(lambda: a != None)
show(lambda: tf.constant([1.0, 2.0]) == tf.constant([1, 2]))
show(lambda: tf.constant([1.0, 2.0]) == 1)
show(lambda: tf.constant([1, 2]) == 1.5)
show(lambda: a == [1, 2])
show(lambda: a == [1, 2, 3])
show(lambda: tf.equal(a, b))
show(lambda: tf.math.not_equal(a, b))

v = tf.Variable([1.0, 2.0])
show(lambda: (v == v, v != v))
show(lambda: v != None)
show(lambda: v == tf.constant([1.0, 2.0, 3.0]))
show(lambda: v != tf.constant([1.0, 2.0, 3.0]))
show(lambda: v != [1.0, 3.0])
show(lambda: {v: 1})
show(lambda: v.ref() in {v.ref(): 1})
show(lambda: v in [v])


@tf.function
def eq(x, y):
    r = x == y
    print(r, r.op.type, r.op.get_attr("incompatible_shape_error"))
    return r


@tf.function
def ne(x, y):
    r = x != y
    print(r)
    return r


@tf.function
def with_const(x):
    print(x == tf.constant([1, 2]), x == None)
    return tf.equal(x, tf.constant([1, 2]))


@tf.function
def variable_eq():
    r = v == [1.0, 5.0]
    print(r)
    return r


show(lambda: eq(a, b))
show(lambda: eq(a, a))
show(lambda: ne(a, b))
show(lambda: with_const(a))
show(variable_eq)
print(eq.get_concrete_function(a, b).graph.get_operations())

for sx, sy in [(None, [2]), ([None], [3]), ([None], [None]), ([None], [1]), ([2, None], [3, 1]), ([2, 3], [None, 2])]:
    @tf.function(input_signature=[tf.TensorSpec(sx, tf.int32), tf.TensorSpec(sy, tf.int32)])
    def partial(x, y):
        r = x == y
        print(sx, sy, r)
        return r
    partial.get_concrete_function()


@tf.function(input_signature=[tf.TensorSpec(None, tf.int32), tf.TensorSpec([None], tf.int32)])
def unknown(x, y):
    return x == y


show(lambda: unknown(a, b))
show(lambda: unknown(a, a))

with tf.Graph().as_default():
    p = v1.placeholder(tf.int32, [2])
    w = v1.Variable([1.0, 2.0])
    show(lambda: (p == p, p != p, p == [1, 2], w == w, w == [1.0, 2.0]))
    show(lambda: len({p: 1, w: 2}))
    show(lambda: tf.equal(p, [1, 2]).op.get_attr("incompatible_shape_error"))
    show(lambda: tf.equal(p, [1, 2, 3]))
    show(lambda: tf.equal(p, [1, 2]).op.get_attr("nope"))
