import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.Variable(3.0, name="x")
y = tf.square(x)

# A gradient is a tensor in the graph, so it can be differentiated again.
dy_dx = tf.gradients(y, x)[0]
d2y_dx2 = tf.gradients(dy_dx, x)[0]
print(dy_dx)
print(d2y_dx2)

# Any number of gradients can be taken from the same graph.
z = y * y
dz_dx = tf.gradients(z, x)[0]

# tf.gradients differentiates with respect to any tensor, constants too.
c = tf.constant(3.0, name="c")
c_squared = tf.square(c)
dc_squared_dc = tf.gradients(c_squared, c)[0]

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    first, second, dz, dc = sess.run([dy_dx, d2y_dx2, dz_dx, dc_squared_dc])
print("dy/dx =", first, " d2y/dx2 =", second)
print("dz/dx =", dz)
print("d(c^2)/dc =", dc)
