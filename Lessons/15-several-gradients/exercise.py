import tensorflow as tf

x = tf.Variable(3.0, name="x")
y = tf.Variable(4.0, name="y")

# One tape records f and g; persistent, because we ask it three times.
with tf.GradientTape(___) as tape:
    f = x * x * y + y + 2
    g = x * y

# Several sources: a list in, a list out, in the same order.
grads = tape.gradient(f, ___)
print(grads)
df_dx, df_dy = [grad.numpy() for grad in grads]

# Several targets: their gradients are added up, as in TF1.
summed_value = tape.gradient(___, x).numpy()
dg_dx = tape.gradient(g, x).numpy()
del tape

print("df/dx =", df_dx, " df/dy =", df_dy)
print("d(f + g)/dx =", summed_value, " dg/dx =", dg_dx)
