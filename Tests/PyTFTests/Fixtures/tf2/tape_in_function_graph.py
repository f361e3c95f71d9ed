# A GradientTape inside tf.function records the traced ops and replays their gradient functions:
# the ones tensor, gradient ops under gradient_tape/<forward scope>/, and only the gradients the
# tape needs (unwatched inputs are skipped, as op.skip_input_indices tells TF's gradients).
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
layer = tf.keras.layers.Dense(2, activation="relu")
v = tf.Variable(1.0)

@tf.function
def dense_step(x):
    with tf.GradientTape() as tape:
        y = tf.reduce_sum(layer(x)) * v
    return y, tape.gradient(y, layer.trainable_variables)

x = tf.constant([[1.0, 2.0, 3.0]])
y, g = dense_step(x)
print([op.name + ":" + op.type for op in dense_step.get_concrete_function(x).graph.get_operations()])
print([t.shape for t in g])

w = tf.Variable(2.0)
xs = tf.constant([1.0, 2.0, 3.0])

@tf.function
def loss_grad(target):
    with tf.GradientTape() as tape:
        pred = w * xs + 1.0
        loss = tf.reduce_mean(tf.square(pred - target))
    return tape.gradient(loss, w)

print(loss_grad(tf.constant([3.0, 5.0, 7.0])))
print([op.name for op in loss_grad.get_concrete_function(tf.constant([3.0, 5.0, 7.0])).graph.get_operations()])

@tf.function
def second_derivative(a):
    with tf.GradientTape() as outer:
        outer.watch(a)
        with tf.GradientTape() as inner:
            inner.watch(a)
            y = a * a * a
        dy = inner.gradient(y, a)
    return dy, outer.gradient(dy, a)

print(second_derivative(tf.constant(2.0)))
print([op.name for op in second_derivative.get_concrete_function(tf.constant(2.0)).graph.get_operations()])

@tf.function
def matmul_grads(a, b):
    with tf.GradientTape(persistent=True) as tape:
        tape.watch(b)
        c = tf.matmul(a, b)
        d = tf.reduce_sum(c * c)
    return tape.gradient(d, b), tape.gradient(d, a)

print(matmul_grads(tf.constant([[1.0, 2.0]]), tf.constant([[3.0], [4.0]])))
print([op.name for op in matmul_grads.get_concrete_function(tf.constant([[1.0, 2.0]]), tf.constant([[3.0], [4.0]])).graph.get_operations()])

