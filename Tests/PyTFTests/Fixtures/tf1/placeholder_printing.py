# str() of a graph tensor leaves the shape out when its rank is unknown; repr() shows <unknown>.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

a = tf.placeholder(dtype=tf.int32, name="a")
print(a)
print(repr(a))
b = tf.placeholder(tf.float32, shape=(None, 3), name="b")
print(b)
print(repr(b))
c = a + 1
print(c)
d = b * 2.0
print(d)
print([a, b])
