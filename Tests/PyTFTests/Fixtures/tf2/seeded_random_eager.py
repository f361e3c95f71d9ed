# Eager seeded random ops give TF's Philox numbers; calls with the same seed continue one
# stream, and tf.random.set_seed starts the streams again.
import tensorflow as tf

print(tf.random.uniform([3], seed=42).numpy())
print(tf.random.uniform([3], seed=42).numpy())
print(tf.random.uniform([2, 2], -1.0, 1.0, seed=42).numpy())
print(tf.random.normal([4], seed=7).numpy())
print(tf.random.uniform([2], dtype=tf.float64, seed=3).numpy())
tf.random.set_seed(1)
print(tf.random.uniform([3], seed=42).numpy())
print(tf.random.uniform([3], seed=42).numpy())
tf.random.set_seed(1)
print(tf.random.uniform([3], seed=42).numpy())
v = tf.Variable(tf.random.normal([2, 2], mean=1.0, stddev=0.5, seed=1))
print(v.numpy())
