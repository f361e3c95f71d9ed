# tf.math functions beyond the basics: expm1, tan, erf/erfc, the inverse trigonometric and the
# hyperbolic functions, atan2, floormod/mod/truncatemod, log_sigmoid and reduce_logsumexp, eagerly,
# in tf.function and under GradientTape, with TF's dtype rules and errors.
import numpy as np
import tensorflow as tf

x = tf.constant([-3.5, -1.0, -0.25, 0.0, 0.3, 0.75, 1.0, 2.5, 9.0])
for name in ["expm1", "tan", "erf", "erfc", "atan", "asin", "acos", "sinh", "cosh", "log_sigmoid"]:
    print(name, getattr(tf.math, name)(x))
x64 = tf.constant([-2.0, -0.5, 0.125, 0.9, 3.0], dtype=tf.float64)
for name in ["expm1", "tan", "erf", "erfc", "atan", "asin", "acos", "sinh", "cosh", "log_sigmoid"]:
    print(name, getattr(tf.math, name)(x64).numpy().tolist())
print(tf.math.expm1([1e-10, -1e-10, 100.0, -100.0, np.inf, -np.inf, np.nan]))
print(tf.math.erf([1e-30, 4.0, -5.0, np.inf, -np.inf]), tf.math.erfc([-12.0, 12.0, 9.5, -0.5]))
print(tf.asin([1.0, -1.0, 1.5]), tf.acos([1.0, -1.0, -0.0, 2.0]), tf.atan([1e30, -np.inf, 0.0]))
print(tf.sinh([89.0, 90.0, -1e-3]), tf.cosh([89.5, -90.0, 0.0]))

print(tf.atan2(tf.constant([[1.0], [-1.0], [0.0]]), tf.constant([1.0, -1.0, 0.0, -0.0])))
print(tf.atan2(tf.constant([0.5, -2.0], dtype=tf.float64), tf.constant([-3.0, 0.25], dtype=tf.float64)))
print(tf.math.floormod(tf.constant([7.5, -7.5, 7.5, -7.5, 0.0, 3.0]), tf.constant([2.0, 2.0, -2.0, -2.0, 0.0, np.inf])))
print(tf.math.mod([7, -7, 7, -7], [3, 3, -3, -3]), tf.math.floormod(-7, 3), tf.constant([5, -5]) % 3)
print(tf.truncatemod(tf.constant([7.5, -7.5, 7.5, -7.5]), tf.constant([2.0, 2.0, -2.0, -2.0])))
print(tf.math.floordiv([7.5, -7.5], [2.0, 2.0]), tf.math.floordiv(tf.constant([7, -7]), 2), tf.compat.v1.floordiv(-9, 4))
print(tf.truncatemod([7, -7, 7, -7], [3, 3, -3, -3]), tf.truncatemod(tf.constant([9], dtype=tf.int64), tf.constant([4], dtype=tf.int64)))

m = tf.constant([[1.0, 2.0, 3.0], [-np.inf, -np.inf, -np.inf], [1000.0, 1000.0, -5.0]])
print(tf.reduce_logsumexp(m, axis=1))
print(tf.reduce_logsumexp(m, axis=0, keepdims=True))
print(tf.math.reduce_logsumexp([[0.5, 1.5], [2.5, -1.0]]), tf.reduce_logsumexp([[0.5, 1.5], [2.5, -1.0]], keepdims=True))
print(tf.reduce_logsumexp([np.inf, 1.0]), tf.reduce_logsumexp(tf.zeros([0])), tf.reduce_logsumexp([np.nan, 1.0]))
print(tf.reduce_logsumexp(tf.constant([[1.0, 2.0], [3.0, 4.0]], dtype=tf.float64), axis=-1))

v = tf.Variable([0.4, -1.3, 2.2])
with tf.GradientTape(persistent=True) as tape:
    ys = {name: tf.reduce_sum(getattr(tf.math, name)(v * 0.5)) for name in
          ["expm1", "tan", "erf", "erfc", "atan", "asin", "acos", "sinh", "cosh", "log_sigmoid"]}
    y2 = tf.reduce_sum(tf.atan2(v, v * v - 1.0))
    y3 = tf.reduce_sum(tf.math.floormod(v * 3.0, v + 2.0))
    y4 = tf.reduce_logsumexp(tf.stack([v, v * v]), axis=0)
for name, y in ys.items():
    print(name, tape.gradient(y, v))
print(tape.gradient(y2, v), tape.gradient(y3, v), tape.gradient(y4, v))

@tf.function
def f(a, b):
    return tf.math.erf(a), tf.atan2(a, b), tf.math.floormod(a, b), tf.reduce_logsumexp(a), tf.math.log_sigmoid(b)

print(f(tf.constant([0.5, -1.5]), tf.constant([2.0, 0.75])))
print([op.name for op in f.get_concrete_function(tf.constant([0.5, -1.5]), tf.constant([2.0, 0.75])).graph.get_operations()])

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(__file__, "FILE"))

show("expm1 int", lambda: tf.math.expm1(tf.constant([1, 2])))
show("erf list of ints", lambda: tf.math.erf([1, 2]))
show("atan2 int", lambda: tf.atan2(tf.constant([1]), tf.constant([2])))
show("atan2 mixed", lambda: tf.atan2(tf.constant([1.0]), tf.constant([2], dtype=tf.int32)))
show("atan2 shapes", lambda: tf.atan2(tf.constant([1.0, 2.0]), tf.constant([1.0, 2.0, 3.0])))
show("floormod by zero", lambda: tf.math.floormod(tf.constant([7, 8]), tf.constant([0, 2])))
show("floormod bool", lambda: tf.math.floormod(tf.constant([True]), tf.constant([True])))
show("truncatemod by zero", lambda: tf.truncatemod(tf.constant([7]), tf.constant([0])))
show("log_sigmoid int", lambda: tf.math.log_sigmoid(tf.constant([1])))
show("logsumexp int", lambda: tf.reduce_logsumexp(tf.constant([1, 2])))
show("exp int", lambda: tf.exp(tf.constant([1])))
show("sigmoid bool", lambda: tf.sigmoid(tf.constant([True])))

@tf.function
def bad(a):
    return tf.math.expm1(a)
show("expm1 int in tf.function", lambda: bad(tf.constant([1, 2])))

print([hasattr(tf, n) for n in ["tan", "atan", "asin", "acos", "sinh", "cosh", "atan2", "truncatemod", "reduce_logsumexp",
                                 "expm1", "erf", "floormod", "mod", "log_sigmoid"]])
v1 = tf.compat.v1
print([hasattr(v1, n) for n in ["expm1", "erf", "erfc", "floormod", "mod", "log_sigmoid", "truncatemod", "reduce_logsumexp"]])
print(v1.floormod(7.5, 2.0), v1.log_sigmoid([0.0]), v1.expm1([0.5]), v1.math.mod(-3, 2))
