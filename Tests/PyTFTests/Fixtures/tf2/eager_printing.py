import tensorflow as tf
a = tf.constant(3.0)
b = tf.constant([[1.0, 2.0], [3.0, 4.0]])
c = tf.constant([1, 2, 3])
v = tf.Variable(3.0)
w = tf.Variable([[1.0, 2.5]], name="w")
print(a); print(repr(a)); print(b); print(repr(b)); print(c); print(repr(c))
print(v); print(repr(v)); print(w)
print(a.shape, b.shape, repr(b.shape), b.dtype, v.name, w.name, v.dtype)
print(a + 1, a * b)
print(tf.constant(True), tf.constant("hi"), tf.constant(2**40))
print(tf.constant([1.5, 2.0], dtype=tf.float64))
x = tf.Variable(3.0)
with tf.GradientTape() as tape:
    y = x * x
print(tape.gradient(y, x))
