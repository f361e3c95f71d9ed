import tensorflow as tf

# Assigning a value of the wrong shape: assign() checks in Python (ValueError), assign_add and
# assign_sub fail in their kernels eagerly and in their shape function while tracing; a shape
# known only when a function runs fails in the kernel, reported as a function call reports it
# ("Graph execution error:", where the node was defined, [Op:__inference_<name>_<uid>]). The
# uid counts every tensor TF made, so it is not compared.


def masked(text):
    text = text.replace(__file__, "FILE").split("\n\nOriginal stack trace")[0]
    if text.endswith("]") and "[Op:__inference_" in text:
        text = text[:text.rindex("_") + 1] + "N]"
    return text


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", masked(str(e)))

v = tf.Variable([1.0, 2.0])
t(lambda: v.assign([1.0, 2.0, 3.0]))
t(lambda: v.assign_add([1.0, 2.0, 3.0]))
t(lambda: v.assign_sub([1.0, 2.0, 3.0]))
t(lambda: v.assign(5.0))
t(lambda: v.assign_add(5.0))
t(lambda: v.assign([[1.0, 2.0]]))
t(lambda: v.assign(tf.constant([1, 2])))
t(lambda: v.assign_add(tf.constant([1, 2])))
t(lambda: v.assign([1, 2]))
s = tf.Variable(1.0)
t(lambda: s.assign([1.0, 2.0]))
t(lambda: s.assign_add([1.0, 2.0]))
u = tf.Variable([1.0, 2.0], shape=tf.TensorShape(None))
t(lambda: u.assign([1.0, 2.0, 3.0]))
t(lambda: u.assign_add([1.0, 2.0]))
t(lambda: u.assign_add([1.0, 2.0, 3.0, 4.0]))
@tf.function
def f():
    v.assign([1.0, 2.0, 3.0])
t(f)
@tf.function
def g():
    v.assign_add([1.0, 2.0, 3.0])
t(g)
@tf.function
def h(x):
    v.assign_add(x)
    return v.read_value()
t(lambda: h(tf.constant([1.0, 2.0, 3.0])))
@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def k(x):
    v.assign_sub(x)
    return v.read_value()
t(lambda: k(tf.constant([1.0, 2.0, 3.0])))
@tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
def k2(x):
    v.assign(x)
    return v.read_value()
t(lambda: k2(tf.constant([1.0, 2.0, 3.0])))
print(v)
with tf.Graph().as_default():
    import tensorflow.compat.v1 as v1
    w = v1.Variable([1.0, 2.0], name="w")
    t(lambda: w.assign([1.0, 2.0, 3.0]))
    t(lambda: v1.assign_add(w, [1.0, 2.0, 3.0]))
    p = v1.placeholder(tf.float32, [None])
    add = w.assign_add(p)
    with v1.Session() as s:
        s.run(w.initializer)
        t(lambda: s.run(add, {p: [1.0, 2.0, 3.0]}).tolist())
        t(lambda: s.run(add, {p: [1.0, 2.0]}).tolist())
