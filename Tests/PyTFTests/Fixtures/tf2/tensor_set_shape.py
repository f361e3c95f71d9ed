# Tensor.set_shape: an eager tensor's shape can only be confirmed; a graph tensor's merges, with the
# shape refiner's messages when it cannot.
import tensorflow as tf
import tensorflow.compat.v1 as v1
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", e)
x = tf.constant([1.0, 2.0])
t(lambda: x.set_shape([2]))
t(lambda: x.set_shape([3]))
t(lambda: x.set_shape([None, 2]))
with tf.Graph().as_default():
    p = v1.placeholder(tf.float32, [None, 2])
    t(lambda: p.set_shape([3, None]))
    print(p)
    t(lambda: p.set_shape([4, 2]))
    t(lambda: p.set_shape([3]))
    t(lambda: p.set_shape([3, 5]))
