import tensorflow as tf

# TF2: record the operations on a tape, then ask it for the gradient.
x = tf.Variable(3.0, name="x")
with tf.GradientTape() as tape:
    y = tf.square(x)
grad = tape.gradient(y, x)
print(grad)
print("dy/dx =", grad.numpy())

@tf.function
def square_and_grad(v):
    with tf.GradientTape() as t:
        out = tf.square(v)
    return out, t.gradient(out, v)

y_fn, grad_fn = square_and_grad(x)
