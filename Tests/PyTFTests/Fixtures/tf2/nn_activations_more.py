# tf.nn activations beyond relu/sigmoid/tanh: elu, selu, relu6, gelu (exact and tanh), silu/swish,
# softsign, l2_normalize; their gradients eagerly and in tf.function; the Keras activations by
# name and as functions.
import numpy as np
import tensorflow as tf

x = tf.constant([-20.0, -3.0, -1.0, -0.5, -1e-3, 0.0, 0.25, 1.0, 2.0, 5.5, 6.0, 7.0, 30.0])
for name in ["elu", "selu", "relu6", "gelu", "silu", "swish", "softsign", "softplus"]:
    print(name, getattr(tf.nn, name)(x))
print("gelu tanh", tf.nn.gelu(x, approximate=True))
print("swish beta", tf.nn.swish(x, beta=0.75), tf.nn.silu(x[:4], beta=2))
print("softsign math", tf.math.softsign([-2.0, 3.0]))
x64 = tf.constant([-2.5, -0.25, 0.5, 6.5], dtype=tf.float64)
for name in ["elu", "selu", "relu6", "gelu", "silu", "softsign"]:
    print(name, getattr(tf.nn, name)(x64).numpy().tolist())
print(tf.nn.gelu(x64, approximate=True).numpy().tolist())
print(tf.nn.relu6(tf.constant([-3, 2, 9])), tf.nn.relu6(tf.constant([-3, 8], dtype=tf.int64)), tf.nn.relu6([np.nan, -np.inf, np.inf]))
print(tf.nn.elu([np.nan, -np.inf, np.inf]), tf.nn.selu([-np.inf, np.inf]), tf.nn.softsign([np.inf, -np.inf]))

m = tf.constant([[3.0, 4.0], [0.0, 0.0], [1e-7, -2e-7]])
print(tf.math.l2_normalize(m, axis=1))
print(tf.nn.l2_normalize(m, axis=0))
print(tf.nn.l2_normalize(m))
print(tf.math.l2_normalize([[0.0, 0.0]], axis=1, epsilon=1e-4), tf.math.l2_normalize([[3.0, 4.0]], dim=1))
print(tf.math.l2_normalize(tf.constant([1.0, 2.0, 2.0], dtype=tf.float64)))

v = tf.Variable([-1.7, -0.2, 0.6, 3.1, 6.4])
with tf.GradientTape(persistent=True) as tape:
    ys = {name: tf.reduce_sum(getattr(tf.nn, name)(v) * tf.constant([1.0, 2.0, 3.0, 4.0, 5.0])) for name in
          ["elu", "selu", "relu6", "gelu", "silu", "softsign", "softplus"]}
    ys["gelu tanh"] = tf.reduce_sum(tf.nn.gelu(v, approximate=True))
    ys["swish beta"] = tf.reduce_sum(tf.nn.swish(v, beta=1.5))
    ys["l2_normalize"] = tf.reduce_sum(tf.nn.l2_normalize(v) * tf.constant([1.0, -1.0, 2.0, 0.5, 3.0]))
for name, y in ys.items():
    print(name, tape.gradient(y, v))

@tf.function
def f(a):
    return tf.stack([tf.nn.elu(a), tf.nn.selu(a), tf.nn.relu6(a), tf.nn.gelu(a), tf.nn.silu(a), tf.nn.softsign(a)])

a = tf.constant([-1.0, 0.5, 7.0])
print(f(a))
print([op.name for op in f.get_concrete_function(a).graph.get_operations()])

@tf.function
def g(a):
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(a)
        y = tf.reduce_sum(tf.nn.swish(a) * tf.nn.gelu(a, approximate=True))
        z = tf.reduce_sum(tf.math.l2_normalize(a) * tf.constant([1.0, 2.0, 3.0]))
    return tape.gradient(y, a), tape.gradient(z, a)
print(g(a))

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e))

show("elu int", lambda: tf.nn.elu(tf.constant([1, 2])))
show("selu list of ints", lambda: tf.nn.selu([1, 2]))
show("relu6 bool", lambda: tf.nn.relu6(tf.constant([True])))
show("gelu int", lambda: tf.nn.gelu(tf.constant([1, 2])))
show("silu int", lambda: tf.nn.silu(tf.constant([1, 2])))
show("softsign int", lambda: tf.nn.softsign(tf.constant([1])))
show("softplus int", lambda: tf.nn.softplus(tf.constant([1])))
show("l2_normalize int", lambda: tf.math.l2_normalize(tf.constant([3, 4])))
show("l2_normalize axis and dim", lambda: tf.math.l2_normalize([1.0], axis=0, dim=0))

# Keras.
acts = tf.keras.activations
z = tf.constant([[-2.0, -0.5, 0.0, 0.5, 7.0]])
print(acts.elu(z), acts.elu(z, alpha=0.5))
print(acts.selu(z), acts.softsign(z), acts.swish(z))
print(acts.gelu(z), acts.gelu(z, approximate=True))
print(acts.exponential(z), acts.hard_sigmoid(z * 4.0), acts.mish(z))
print([acts.get(n).__name__ for n in ["elu", "selu", "gelu", "swish", "silu", "softsign", "relu6", "exponential", "hard_sigmoid", "mish"]])
print(acts.get("relu6")(z), acts.get("silu")(z))
print([hasattr(acts, n) for n in ["elu", "selu", "gelu", "swish", "softsign", "exponential", "hard_sigmoid", "mish", "relu6", "silu"]])
show("unknown activation", lambda: acts.get("swishy"))

tf.keras.utils.set_random_seed(3)
inputs = tf.constant([[0.5, -1.5, 2.0, 0.25], [-0.75, 1.0, -2.5, 3.0]])
for name in ["elu", "selu", "gelu", "swish", "silu", "softsign", "relu6", "exponential", "hard_sigmoid", "mish"]:
    layer = tf.keras.layers.Dense(3, activation=name)
    print(name, layer(inputs))
model = tf.keras.Sequential([tf.keras.layers.Dense(4, activation="selu", kernel_initializer="lecun_normal"),
                             tf.keras.layers.Dense(1, activation=acts.softsign)])
with tf.GradientTape() as tape:
    loss = tf.reduce_mean(tf.square(model(inputs) - 0.5))
grads = tape.gradient(loss, model.trainable_variables)
print(loss, [g.shape for g in grads], grads[-1])
