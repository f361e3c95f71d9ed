# Eager random ops under tf.random.set_seed: each op without its own seed draws one from the
# global seed's generator (Python's random.Random(seed)), so the sequence restarts with set_seed.
import tensorflow as tf

tf.random.set_seed(1)
print(tf.random.normal([3]).numpy())
print(tf.random.uniform([2]).numpy())
print(tf.random.uniform([2, 2], minval=-1.0, maxval=1.0).numpy())
tf.random.set_seed(1)
print(tf.random.normal([3]).numpy())
tf.random.set_seed(2**40 + 5)
print(tf.random.uniform([3]).numpy())
tf.random.set_seed(0)
print(tf.random.uniform([3]).numpy())
tf.random.set_seed(7)
print(tf.random.uniform([2], seed=3).numpy())
print(tf.random.uniform([2], seed=3).numpy())
print(tf.random.uniform([2]).numpy())
print(tf.random.normal([2], dtype=tf.float64).numpy())

# A traced function takes the global seed, and op seeds from its own graph's counter; each call
# continues the ops' streams.
tf.random.set_seed(3)
@tf.function
def f():
    return tf.random.uniform([2]), tf.random.normal([2])
print([t.numpy() for t in f()])
print([t.numpy() for t in f()])
print(tf.random.uniform([2]).numpy())
