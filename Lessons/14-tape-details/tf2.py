import tensorflow as tf

x = tf.Variable(3.0, name="x")

# Second derivative: the outer tape records what the inner tape computes.
with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        y = tf.square(x)
    dy_dx = inner.gradient(y, x)
d2y_dx2 = outer.gradient(dy_dx, x)
print(dy_dx)
print(d2y_dx2)

# A tape gives one gradient and is then released, unless it is persistent.
with tf.GradientTape(persistent=True) as tape:
    y = tf.square(x)
    z = y * y
first = tape.gradient(y, x).numpy()
dz = tape.gradient(z, x).numpy()
del tape
print("dy/dx =", first, " d2y/dx2 =", d2y_dx2.numpy())
print("dz/dx =", dz)

with tf.GradientTape() as once:
    y = tf.square(x)
once.gradient(y, x)
try:
    once.gradient(y, x)
except RuntimeError as e:
    print("RuntimeError:", str(e).split("\n")[0])

# The tape watches trainable variables by itself, but not constants.
c = tf.constant(3.0, name="c")
with tf.GradientTape() as tape:
    c_squared = tf.square(c)
print(tape.gradient(c_squared, c))

with tf.GradientTape() as tape:
    tape.watch(c)
    c_squared = tf.square(c)
dc = tape.gradient(c_squared, c).numpy()
print("d(c^2)/dc =", dc)
