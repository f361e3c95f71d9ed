# TF's float kernels for the element-wise math functions, checked on every bit: the sum of the
# results' bit patterns over sweeps of 100 003 values (the last 3 take TF's scalar path), for
# float32 and float64, and the values at a few points.
import numpy as np
import tensorflow as tf

def sweep(lo, hi, n=100003):
    return np.linspace(lo, hi, n)

def bits(t):
    a = t.numpy()
    if a.dtype == np.float32:
        return int(a.view(np.int32).astype(np.int64).sum())
    return int((a.view(np.int64) % 1000003).sum())

cases = [("sin", tf.sin, -20, 20), ("cos", tf.cos, -20, 20), ("tan", tf.tan, -3, 3), ("expm1", tf.math.expm1, -30, 30),
         ("log1p", tf.math.log1p, -0.99, 50), ("atan", tf.atan, -30, 30), ("asin", tf.asin, -1, 1), ("acos", tf.acos, -1, 1),
         ("sinh", tf.sinh, -20, 20), ("cosh", tf.cosh, -20, 20), ("erf", tf.math.erf, -5, 5), ("erfc", tf.math.erfc, -12, 12),
         ("softplus", tf.nn.softplus, -40, 40), ("elu", tf.nn.elu, -20, 5), ("selu", tf.nn.selu, -20, 5),
         ("softsign", tf.nn.softsign, -50, 50), ("sigmoid", tf.sigmoid, -40, 40), ("tanh", tf.tanh, -20, 20),
         ("gelu", tf.nn.gelu, -8, 8), ("gelu tanh", lambda x: tf.nn.gelu(x, approximate=True), -8, 8),
         ("silu", tf.nn.silu, -20, 20), ("log_sigmoid", tf.math.log_sigmoid, -40, 40), ("exp", tf.exp, -90, 90),
         ("log", tf.math.log, 1e-6, 1e6)]
for name, fn, lo, hi in cases:
    x = sweep(lo, hi)
    y32 = fn(tf.constant(x.astype(np.float32)))
    y64 = fn(tf.constant(x))
    print(name, bits(y32), bits(y64), y32.numpy()[[0, 37777, 75001, 100002]], y64.numpy()[[12345, 100002]].tolist())

x = sweep(-10, 10).astype(np.float32)
y = sweep(7, -6).astype(np.float32)
print("atan2", bits(tf.atan2(tf.constant(x), tf.constant(y))), bits(tf.atan2(tf.constant(x.astype(np.float64)), tf.constant(y.astype(np.float64)))))
base = sweep(0, 12).astype(np.float32)
power = sweep(-4, 4).astype(np.float32)
print("pow", bits(tf.pow(tf.constant(base), tf.constant(power))), bits(tf.pow(tf.constant(base.astype(np.float64)), tf.constant(power.astype(np.float64)))))
print("pow scalar exponents", [bits(tf.pow(tf.constant(base), e)) for e in [2.0, 3.0, 0.5, -1.5]])
print(tf.pow(tf.constant([-2.0, -0.0, 0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 8.0]), tf.constant([3.0, -1.0, -2.0, -0.5, 3.0, 0.0, np.nan, np.inf, 1.0 / 3.0])))
print(tf.constant([1.5, 2.0, -3.0]) ** 2, tf.constant([4.0, 9.0]) ** 0.5)
