# tf.random.uniform eagerly: the bounds' shortcuts and integer values (RandomUniformInt).
import tensorflow as tf
tf.random.set_seed(3)
print(tf.random.uniform([3]), tf.random.uniform([2], 0, 2), tf.random.uniform([2], -1.0, 1.0), tf.random.uniform([2], maxval=1.0, dtype=tf.float64))
print(tf.random.uniform([2], 0, 10, dtype=tf.int32), tf.random.uniform(tf.constant([2]), seed=4))
try:
    tf.random.uniform([2], dtype=tf.int32)
except ValueError as e:
    print("ValueError", e)
