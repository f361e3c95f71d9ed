import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.Variable(3.0, name="x")
y = tf.Variable(4.0, name="y")
f = x * x * y + y + 2

# Several xs: one gradient per x, in the same order.
grads = tf.gradients(f, [x, y])
print(grads)

# Several ys: their gradients are added up (an AddN node), not listed.
g = x * y
summed = tf.gradients([f, g], x)
print(summed)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    df_dx, df_dy = sess.run(grads)
    summed_value = sess.run(summed)[0]
    dg_dx = sess.run(tf.gradients(g, x))[0]
print("df/dx =", df_dx, " df/dy =", df_dy)
print("d(f + g)/dx =", summed_value, " dg/dx =", dg_dx)
