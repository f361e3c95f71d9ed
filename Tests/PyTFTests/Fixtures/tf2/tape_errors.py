import tensorflow as tf

x = tf.Variable(3.0)
tape = tf.GradientTape()
try:
    with tape.stop_recording():
        pass
except Exception as e:
    print(type(e).__name__, e)

with tf.GradientTape() as t:
    y = x * x
print(t.gradient(y, x))
try:
    t.gradient(y, x)
except Exception as e:
    print(type(e).__name__, e)

with tf.GradientTape() as t2:
    y = x * x
    try:
        t2.gradient(y, x)
    except Exception as e:
        print(type(e).__name__, str(e)[:60])

c = tf.constant(2.0)
with tf.GradientTape() as t3:
    z = c * c
print(t3.gradient(z, c))

with tf.GradientTape() as t4:
    t4.watch(c)
    z = c * c
print(t4.gradient(z, c))

try:
    with tf.GradientTape() as t5:
        t5.watch(3)
except Exception as e:
    print(type(e).__name__, e)

with tf.GradientTape(persistent=True) as t6:
    a = x * 2.0
    b = a * a
print(t6.gradient(b, x), t6.gradient(a, x))
print(t6.gradient(b, [x, a]))
print(t6.gradient({'b': b}, x))
del t6

i = tf.Variable(2)
with tf.GradientTape() as t7:
    w = i * i
print(t7.gradient(w, i))

with tf.GradientTape() as t8:
    w = tf.cast(x, tf.int32) * 2
print(t8.gradient(w, x))

try:
    with tf.GradientTape() as t9:
        q = x * x
    t9.gradient(q, None)
except Exception as e:
    print(type(e).__name__, e)

with tf.GradientTape() as t10:
    q = x * x
print(t10.gradient(q, x, output_gradients=tf.constant(2.0)))

with tf.GradientTape() as t11:
    q = x * x
print(t11.gradient(q, x, unconnected_gradients=tf.UnconnectedGradients.ZERO))
with tf.GradientTape() as t12:
    q = tf.constant(1.0) * 2
print(t12.gradient(q, x, unconnected_gradients=tf.UnconnectedGradients.ZERO))
with tf.GradientTape() as t13:
    q = tf.constant(1.0) * 2
print(t13.gradient(q, x, unconnected_gradients='zero'))

t14 = tf.GradientTape()
with t14:
    try:
        with t14:
            pass
    except Exception as e:
        print(type(e).__name__, e)
try:
    with tf.GradientTape() as t15:
        q = x * x
    t15.gradient(q, x, unconnected_gradients='sometimes')
except Exception as e:
    print(type(e).__name__, e)
print(repr(tf.UnconnectedGradients.ZERO), tf.UnconnectedGradients.NONE)
