import numpy as np
import tensorflow as tf

# An op that fails while computing, eagerly: TF names the function it wraps the kernel in
# ({{function_node __wrapped__...}}), and its generated wrapper's fast path ends the message with
# " name: " and the name it was given; a Python list for a shape or axes takes the wrapper's
# slower path, which adds nothing. A failed check before the kernel runs has no prefix.
def show(f):
    try:
        f()
    except tf.errors.OpError as e:
        print(type(e).__name__ + ":", e.message)

a2, a3 = tf.ones([2]), tf.ones([3])
show(lambda: a2 + a3)
show(lambda: a2 - a3)
show(lambda: a2 * a3)
show(lambda: a2 / a3)
show(lambda: a2 ** a3)
show(lambda: a2 < a3)
show(lambda: tf.add(a2, [1.0, 2.0, 3.0]))
show(lambda: tf.add(a2, a3, name="named"))
show(lambda: tf.maximum(a2, a3))
show(lambda: tf.sqrt(a2) + tf.exp(a3))
show(lambda: tf.constant([1.0, 2.0]) * tf.constant([1, 2]))
show(lambda: tf.matmul(tf.ones([2, 3]), tf.ones([2, 3])))
show(lambda: tf.reshape(tf.ones([2, 3]), [4]))
show(lambda: tf.reshape(tf.ones([2, 3]), tf.constant([4])))
show(lambda: tf.reshape(tf.ones([2, 3]), np.array([4])))
show(lambda: tf.tile(tf.ones([2]), [2, 2]))
show(lambda: tf.tile(tf.ones([2]), tf.constant([2, 2])))
show(lambda: tf.reduce_sum(tf.ones([2, 3]), axis=5))
show(lambda: tf.reduce_sum(tf.ones([2, 3]), axis=[5]))
show(lambda: tf.reduce_mean(tf.ones([2, 3]), axis=5))
show(lambda: tf.constant([1.0, 2.0])[5])
show(lambda: tf.Variable([1.0, 2.0])[5])
show(lambda: tf.concat([a2, tf.ones([2, 2])], 0))
show(lambda: tf.concat([a2, tf.ones([2, 2]), tf.ones([2, 2])], 0, name="joined"))
show(lambda: tf.add_n([a2, a3]))
show(lambda: tf.add_n([a2, a3, a3]))
show(lambda: tf.linalg.inv(tf.constant([[1.0, 2.0], [2.0, 4.0]])))
show(lambda: tf.linalg.solve(tf.ones([2, 2]), tf.ones([3, 1])))
