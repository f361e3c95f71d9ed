# Keras initializers draw from stateless random ops, seeded by the initializer's seed or by
# keras.utils.set_random_seed's generator; the same program gives the same weights each run.
import numpy as np
import tensorflow as tf

print(tf.random.stateless_uniform([3], seed=[1, 2]).numpy())
print(tf.random.stateless_uniform([2, 2], seed=(42, 0), minval=-0.5, maxval=0.5).numpy())
print(tf.random.stateless_normal([3], seed=[7, 0]).numpy())
print(tf.random.stateless_normal([2], seed=[7, 0], mean=1.0, stddev=0.1, dtype=tf.float64).numpy())

tf.keras.utils.set_random_seed(42)
layer = tf.keras.layers.Dense(3)
layer.build((None, 2))
print(layer.kernel.numpy())
print(layer.bias.numpy())
model = tf.keras.Sequential([tf.keras.layers.Dense(4, activation="relu"), tf.keras.layers.Dense(1)])
out = model(tf.constant([[1.0, 2.0], [0.5, -1.0]]))
print(out.numpy())
print([w.shape for w in model.weights])
print(tf.random.uniform([2]).numpy())

init = tf.keras.initializers.GlorotUniform(seed=5)
print(init((2, 3)).numpy())
print(init((2, 3)).numpy())
print(tf.keras.initializers.RandomNormal(stddev=0.1, seed=3)((2, 2)).numpy())
print(tf.keras.initializers.RandomUniform(seed=1)((3,)).numpy())
print(tf.keras.initializers.HeUniform(seed=9)((4, 2)).numpy())
print(tf.keras.initializers.LecunUniform(seed=9)((4, 2)).numpy())
print(tf.keras.initializers.VarianceScaling(scale=2.0, mode="fan_out", distribution="untruncated_normal", seed=4)((3, 2)).numpy())

tf.keras.utils.set_random_seed(42)
again = tf.keras.layers.Dense(3)
again.build((None, 2))
print(np.array_equal(again.kernel.numpy(), layer.kernel.numpy()))
