import tensorflow as tf

# Variables made while tracing: lifted out on the first call, which is traced twice; an error on a
# later trace. Keras optimizers make their slots on the first apply_gradients.

state = {}

@tf.function
def g(x):
    print("tracing g")
    if "v" not in state:
        state["v"] = tf.Variable(2.0, name="v")
    return state["v"] * x

print(g(tf.constant(1.0)))
print(g(tf.constant(3.0)))
print(g.experimental_get_tracing_count())
print(g(tf.constant([1.0, 2.0])))
print(g.experimental_get_tracing_count())
print(state["v"])

@tf.function
def h(x):
    print("tracing h")
    return x + 1

print(h(tf.constant(1.0)))
print(h.experimental_get_tracing_count())

@tf.function
def f(x):
    v = tf.Variable(1.0)
    return v + x

try:
    f(tf.constant(1.0))
except ValueError as e:
    print(type(e).__name__, "singleton tf.Variables created on the first call" in str(e))
print(f.experimental_get_tracing_count())
try:
    f(tf.constant(1.0))
except ValueError as e:
    print(type(e).__name__, "singleton tf.Variables created on the first call" in str(e))

opt = tf.keras.optimizers.SGD(0.1)
w = tf.Variable(1.0)
@tf.function
def step():
    print("tracing step")
    with tf.GradientTape() as tape:
        loss = w * w
    opt.apply_gradients(zip(tape.gradient(loss, [w]), [w]))
    return loss
step(); step()
print(step.experimental_get_tracing_count(), w.numpy())

counter = {"n": 0}
@tf.function
def make_late(x, make):
    counter["n"] += 1
    if make:
        tf.Variable(1.0)
    return x * 2
print(make_late(tf.constant(1.0), False))
try:
    make_late(tf.constant(1.0), True)
except ValueError as e:
    print(type(e).__name__, str(e))
print(counter["n"], make_late.experimental_get_tracing_count())

@tf.function
def with_zeros():
    if "z" not in state:
        state["z"] = tf.Variable(tf.zeros([2]) + 1.0, name="z")
    return state["z"] + 1.0
print(with_zeros())
print(state["z"])
