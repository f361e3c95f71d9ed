# Seeded random ops give TF's Philox numbers; each run of an op continues its stream, a new
# session starts it again.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

u = tf.random_uniform([2, 3], -1.0, 1.0, seed=42)
n = tf.random_normal([5], seed=7)
d = tf.random_uniform([3], dtype=tf.float64, seed=3)
with tf.Session() as sess:
    print(sess.run(u))
    print(sess.run(u))
    print(sess.run(n))
    print(sess.run(d))
with tf.Session() as sess:
    print(sess.run(u))
v = tf.Variable(tf.random_normal([2, 2], mean=1.0, stddev=0.5, seed=1), name="v")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(v))

g = tf.Graph()
with g.as_default():
    tf.set_random_seed(5)
    a = tf.random_uniform([3], seed=9)
    with tf.Session() as sess:
        print(sess.run(a))
