import tensorflow as tf

# An error raised while tracing a tf.function comes back "in user code:", with the frames it came
# through and the original class and message.


def helper(x):
    raise ValueError("bad value inside a helper")


@tf.function
def f(x):
    v = tf.Variable(1.0)
    return v + x


@tf.function
def g(x):
    return helper(x) + 1


for fn in [f, g]:
    try:
        fn(tf.constant(1.0))
    except ValueError as e:
        print(type(e).__name__)
        print(str(e).replace(__file__, "FILE"))
