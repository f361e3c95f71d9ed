# A graph-level seed alone: each random op takes the next op seed of its graph (0, 1, ...).
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
tf.set_random_seed(1)
a = tf.random_normal([2])
b = tf.random_uniform([2])
with tf.Session() as s:
    print(s.run([a, b]))
g = tf.Graph()
with g.as_default():
    tf.set_random_seed(1)
    c = tf.random_normal([2])
    with tf.Session() as s:
        print(s.run(c))
