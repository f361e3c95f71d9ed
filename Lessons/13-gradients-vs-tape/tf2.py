import tensorflow as tf

# TF2: operations run at once. To differentiate, record them on a tape.
x = tf.Variable(3.0, name="x")
with tf.GradientTape() as tape:
    y = tf.square(x)
grad = tape.gradient(y, x)
print(y)
print(grad)

print("y =", y.numpy())
print("dy/dx =", grad.numpy())

# The tape only saw what ran inside its with block: y2 is computed
# after it, so the tape has no path from y2 to x.
with tf.GradientTape() as tape2:
    pass
y2 = tf.square(x)
print(tape2.gradient(y2, x))

# The same tape inside a tf.function: traced once, run as a graph.
@tf.function
def square_and_grad(v):
    with tf.GradientTape() as t:
        out = tf.square(v)
    return out, t.gradient(out, v)

y_fn, grad_fn = square_and_grad(x)
print("in a tf.function:", y_fn.numpy(), grad_fn.numpy())
