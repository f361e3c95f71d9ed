# Truncated normal values, TF1 and TF2: drawn again outside two standard deviations.
import numpy as np
import tensorflow as tf
v1 = tf.compat.v1

print(tf.random.stateless_truncated_normal([6], seed=[3, 4]).numpy())
print(tf.random.stateless_truncated_normal([3], seed=[3, 4], dtype=tf.float64).numpy())
tf.random.set_seed(5)
print(tf.random.truncated_normal([5]).numpy())
print(tf.random.truncated_normal([2, 3], mean=1.0, stddev=0.5).numpy())
print(tf.random.truncated_normal([3], seed=2, dtype=tf.float64).numpy())
print(tf.keras.initializers.TruncatedNormal(stddev=0.1, seed=1)((2, 3)).numpy())
print(tf.keras.initializers.GlorotNormal(seed=1)((3, 2)).numpy())
print(tf.keras.initializers.HeNormal(seed=2)((2, 2)).numpy())
print(tf.keras.initializers.LecunNormal(seed=3)((9,)).numpy())

g = tf.Graph()
with g.as_default():
    v1.set_random_seed(1)
    w = v1.get_variable("w", shape=[3, 2], initializer=v1.truncated_normal_initializer(stddev=0.1))
    t = v1.truncated_normal([4], stddev=2.0, name="t")
    print(t.name, [op.name for op in g.get_operations() if op.name.startswith("t/")])
    with v1.Session() as sess:
        sess.run(v1.global_variables_initializer())
        print(sess.run(w))
        print(sess.run(t))
        print(sess.run(t))
