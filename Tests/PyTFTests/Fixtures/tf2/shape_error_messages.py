import tensorflow as tf

# MatMul, Transpose, Reshape and Squeeze given shapes that do not fit: the kernel's message
# eagerly, the shape function's (with TF's NodeDef and shapes) while tracing or building a graph,
# and the kernel's from inside a function call when only the kernel can tell (a repeated axis).


def masked(text):
    text = text.replace(__file__, "FILE")
    if text.endswith("]") and "[Op:__inference_" in text:
        text = text[:text.rindex("_") + 1] + "N]"
    return text


def t(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__, "|", masked(str(e)))

a23 = tf.ones([2, 3]); a2 = tf.ones([2])
t(lambda: tf.matmul(a23, a23))
t(lambda: tf.matmul(a23, a2))
t(lambda: tf.transpose(a23, [0, 0]))
t(lambda: tf.transpose(a23, [0, 2]))
t(lambda: tf.transpose(a23, [0]))
t(lambda: tf.reshape(a23, [4]))
@tf.function
def f(x, y):
    return tf.matmul(x, y)
t(lambda: f(a23, a23))
t(lambda: f(a23, a2))
@tf.function
def g(x):
    return tf.transpose(x, [1, 1])
t(lambda: g(a23))
@tf.function
def h(x):
    return tf.transpose(x, [0, 2])
t(lambda: h(a23))
@tf.function
def k(x):
    return tf.reshape(x, [4])
t(lambda: k(a23))
@tf.function
def sq(x):
    return tf.squeeze(x, [0])
t(lambda: sq(a23))
import tensorflow.compat.v1 as v1
gr = tf.Graph()
with gr.as_default():
    x = v1.placeholder(tf.float32, [2, 3])
    t(lambda: tf.matmul(x, x))
    t(lambda: tf.matmul(x, x, transpose_b=True, name="mm"))
    t(lambda: tf.transpose(x, [0, 0]))
    t(lambda: x + tf.ones([3, 2]))
    t(lambda: tf.matmul(x, tf.ones([4])))
    t(lambda: tf.transpose(x, [0, 2]))
    t(lambda: tf.transpose(x, [1]))
    t(lambda: tf.reshape(x, [4, 2]))
    t(lambda: tf.squeeze(x, [1]))
t(lambda: tf.matmul(tf.ones([2]), a23))
t(lambda: tf.transpose(tf.ones([2, 3, 4]), [2, 0, 0]))
t(lambda: tf.transpose(tf.ones([2, 3, 4]), [2, 0, -1]))
