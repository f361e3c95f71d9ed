import tensorflow as tf

# Errors from calling a tf.function: arguments that do not bind to its signature, failures while
# tracing ("in user code:"), and kernel failures while it runs ("Graph execution error:", the
# frames where the failing node was defined, [Op:__inference_<name>_<uid>]; the uid counts
# every tensor TF made, so it is not compared). A function called from another is traced into it.

def masked(text):
    text = text.replace(__file__, "FILE")
    if text.endswith("]") and "[Op:__inference_" in text:
        text = text[:text.rindex("_") + 1] + "N]"
    return text
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", masked(str(e)))
@tf.function
def f(x, y):
    return x + y
t(lambda: f(tf.constant(1.0)))
t(lambda: f(1.0, 2.0, 3.0))
t(lambda: f(tf.constant(1.0), y=2.0, z=3))
t(lambda: f(tf.constant([1.0, 2.0]), tf.constant([1.0, 2.0, 3.0])))
t(lambda: f(tf.constant(1), tf.constant(2.0)))
@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def g(x):
    return tf.reshape(x, [2, 2])
t(lambda: g(tf.constant([1.0, 2.0, 3.0])))
@tf.function
def h(x):
    return g(x) * 2.0
t(lambda: h(tf.constant([1.0, 2.0, 3.0])))
@tf.function(input_signature=[tf.TensorSpec([None, None], tf.float32)])
def m(x):
    return tf.matmul(x, x)
t(lambda: m(tf.ones([2, 3])))


@tf.function
def inner(x, scale=2.0, *rest, shift, **options):
    return tf.reshape(x, [2, -1]) * scale + shift


@tf.function
def outer(x):
    return inner(x, shift=1.0) + 1.0


t(lambda: inner(tf.constant([1.0, 2.0])))
t(lambda: inner(tf.constant([1.0, 2.0]), 1.0, x=2.0, shift=0.0))
t(lambda: outer(tf.constant([1.0, 2.0, 3.0, 4.0])))
t(lambda: outer(tf.constant([1.0, 2.0, 3.0])))


class Model:
    @tf.function
    def __call__(self, x, y):
        return x * y


t(lambda: Model()(tf.constant(1.0)))
t(lambda: Model()(tf.constant(2.0), 3.0))


@tf.function
def reshaped(x):
    return tf.reshape(x, [2, 2])


@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def calls_reshaped(x):
    return reshaped(x) * 2.0


t(lambda: calls_reshaped(tf.constant([1.0, 2.0, 3.0])))
