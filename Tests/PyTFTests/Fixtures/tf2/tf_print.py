# tf.print: TF's summaries of tensors (three elements at each end of a long dimension, numbers
# as TF writes them, strings quoted), Python values as pprint shows them, sep/end/summarize, the
# StringFormat and PrintV2 ops it builds in a graph, and printing on every call of a traced
# function. Printed to sys.stdout so the output can be compared.
import sys
import numpy as np
import tensorflow as tf
o = dict(output_stream=sys.stdout)
tf.print(tf.range(100), **o)
tf.print(tf.reshape(tf.range(100), [10, 10]), **o)
tf.print(tf.reshape(tf.range(1000), [10, 10, 10]), **o)
tf.print(tf.range(7), tf.range(6), **o)
tf.print(tf.range(10), summarize=2, **o)
tf.print(tf.range(10), summarize=0, **o)
tf.print(tf.constant([np.nan, np.inf, -np.inf, -0.0, 1e20, 1e-5, 100000.0, 1234567.0]), **o)
tf.print(tf.constant([0.1, 1/3, 1e300], tf.float64), **o)
tf.print(tf.constant([], tf.float32), tf.zeros([0, 3]), tf.zeros([2, 0]), **o)
tf.print(tf.constant(["a", "b c"]), **o)
tf.print(tf.constant([True, False]), tf.constant(255, tf.uint8), **o)
tf.print(tf.Variable([1.0, 2.5]), **o)
tf.print("a", "b", sep="", end="", **o)
tf.print(**o)
tf.print(np.array([1.5, 2.0]), 2.5, None, "s", **o)
tf.print("{}", tf.constant(1), **o)
tf.print((tf.constant(1), 2), **o)
tf.print({"b": 1, "a": tf.constant(2)}, **o)
tf.print(list(range(30)), **o)
tf.print([tf.constant(1)] * 30, **o)
tf.print("has {} braces", tf.constant(1), **o)
tf.print(("x",), [], {}, **o)
tf.print(["s", tf.constant("t")], **o)
g = tf.Graph()
with g.as_default():
    p = tf.compat.v1.placeholder(tf.float32, [2])
    op = tf.print("v:", p, [p, 1], summarize=5, **o)
    print(type(op).__name__, op.name, op.type)
    for q in g.get_operations():
        print(q.name, q.type, [i.name for i in q.inputs], {k: q.get_attr(k) for k in ("template", "placeholder", "summarize") if q.type == "StringFormat"} if q.type == "StringFormat" else "")
    with tf.compat.v1.Session() as s:
        print(s.run(op, {p: [1.0, 2.0]}))
@tf.function
def f(x):
    tf.print("in f", x, output_stream=sys.stdout)
    return x + 1
print(f(tf.constant(2)))
print(f(tf.constant(3)))
print([op.type for op in f.get_concrete_function(tf.constant(1)).graph.get_operations()])
print(tf.print(tf.constant(1), **o))
