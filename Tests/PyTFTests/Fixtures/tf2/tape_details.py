import tensorflow as tf

x = tf.constant(3.0)
with tf.GradientTape() as tape:
    y = x * x
print(tape.gradient(y, x))

with tf.GradientTape() as tape:
    tape.watch(x)
    y = x * x
print(tape.gradient(y, x))

w = tf.Variable(2.0, name="w")
b = tf.Variable(1.0, name="b")
with tf.GradientTape(persistent=True) as tape:
    z = w * w * 3.0 + b
    q = z * 2.0
print(tape.gradient(z, [w, b]))
print(tape.gradient(q, {"w": w, "b": b}))
try:
    t2 = tf.GradientTape()
    with t2:
        u = w * 2.0
    t2.gradient(u, w)
    t2.gradient(u, w)
except RuntimeError as e:
    print("RuntimeError", e)

with tf.GradientTape() as outer:
    with tf.GradientTape() as inner:
        y = w * w * w
    dy = inner.gradient(y, w)
d2y = outer.gradient(dy, w)
print(dy, d2y)

c = tf.Variable(5.0)
with tf.GradientTape(watch_accessed_variables=False) as tape:
    tape.watch(w)
    y = w * c
print(tape.gradient(y, [w, c]))
