# Python's / on integer tensors is TF's truediv: both sides cast to float64 (int32, int64) or
# float32 (uint8) in a truediv scope, a dtype mismatch or bool an error; eagerly, in graphs, in tf.function.
import tensorflow as tf
a = tf.constant([1, 2, 3])
for f in [lambda: a / 2.5, lambda: a / tf.constant([1.0, 2.0, 3.0]), lambda: tf.constant([True]) / tf.constant([True]), lambda: tf.divide(a, 2), lambda: tf.constant([1, 2], dtype=tf.uint8) / 2, lambda: tf.constant([1,2], dtype=tf.int64) / 3, lambda: 7 / a, lambda: tf.math.truediv(a, a)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
g = tf.Graph()
with g.as_default():
    x = tf.constant([1, 2]); y = x / 2; z = tf.divide(x, x, name="d")
    print([op.name for op in g.get_operations()])
print(tf.constant([1, 2, 3]) / tf.constant([2, 2, 2]), tf.constant([4, 6]) / 4, 9 / tf.constant([2, 3]))
print(tf.divide(tf.constant([1, 2]), tf.constant([4, 8])), tf.math.truediv(5, 2), tf.math.divide(7, tf.constant(2)))
print(tf.constant([1.5, 3.0]) / 2, tf.Variable(3) / 2)
@tf.function
def half(n):
    return n / 2
print(half(tf.constant([5, 7])), half.get_concrete_function(tf.TensorSpec([2], tf.int32)).graph.get_operations()[1:5])
