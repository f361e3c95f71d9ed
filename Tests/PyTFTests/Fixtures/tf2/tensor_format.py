# Eager tensors in f-strings and format(): they format as their numpy values; symbolic tensors
# (while tracing) as their str; variables as their repr.
import sys

import tensorflow as tf

t = tf.constant([[1.0, 2.0], [3.0, 4.5]])
print(f"{t}")
print(f"loss: {tf.constant(0.25)} step: {tf.constant(7)} done: {tf.constant(True)}")
print("{} and {}".format(t, tf.constant([1, 2, 3])))
print(format(tf.constant(2.5), ".3f"), f"{tf.constant(1234.5678):.2e}", f"{tf.constant(42):5d}|")
print(f"{tf.constant(3.0, dtype=tf.float64):>8.2f}|", f"{tf.constant(-1, dtype=tf.int64):+d}")
print(f"{tf.constant('hello')}", tf.constant(['a', 'bc']), repr(tf.constant([["it's"], ['q"']])))
v = tf.Variable([1.0, 2.0])
print(f"{v}")
print(f"{v.read_value()} {v[0]:.1f}")
try:
    print(f"{t:.2f}")
except TypeError as e:
    print("TypeError", e)

@tf.function
def f(x):
    print(f"tracing with {x}")
    tf.print("running with", x, output_stream=sys.stdout)
    return x * 2

print(f"{f(tf.constant(1.5))}")
print(f"{f(tf.constant(2.5))}")
try:
    @tf.function
    def g(x):
        return f"{x:.2f}"
    g(tf.constant(1.0))
except TypeError as e:
    print("TypeError", str(e).splitlines()[-1].strip())
