import tensorflow as tf

x = tf.Variable(3.0, name="x")
# Record y = x * x on a tape, then ask the tape for dy/dx.
with ___ as tape:
    y = tf.square(x)
grad = ___
print("dy/dx =", grad.numpy())
