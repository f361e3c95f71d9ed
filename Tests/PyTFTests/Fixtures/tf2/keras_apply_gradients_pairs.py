import tensorflow as tf

# Keras optimizers take (gradient, variable) pairs. Swapped, tf-keras skips the update of what
# is not a variable, counts the step, then fails on the tensor's missing `constraint`.
a = tf.Variable(1.0, name="a")
b = tf.Variable(2.0, name="b")
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
with tf.GradientTape() as tape:
    loss = a * b
grads = tape.gradient(loss, [a, b])
opt.apply_gradients(zip(grads, [a, b]))
print(opt.iterations.numpy(), a.numpy(), b.numpy())
try:
    opt.apply_gradients(zip([a, b], grads))
except AttributeError as e:
    print("AttributeError:", e)
print(opt.iterations.numpy(), a.numpy(), b.numpy())
try:
    tf.constant(1.0).no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(tf.constant(1.0), "name_of_nothing"), hasattr(tf.constant(1.0), "dtype"))
