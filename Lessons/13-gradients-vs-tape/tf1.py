import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# TF1: the derivative is part of the graph. tf.gradients adds the nodes that
# compute dy/dx and returns them as symbolic tensors.
x = tf.get_variable("x", dtype=tf.float32, shape=[],
                    initializer=tf.constant_initializer(3.0))
y = tf.square(x)
y_grad = tf.gradients(y, x)
print(y)
print(y_grad)

# Nothing has been computed yet: a session runs the graph.
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    y_value, grad_values = sess.run([y, y_grad])
    grad_value = grad_values[0]
    print("y =", y_value)
    print("dy/dx =", grad_value)

# tf.gradients gives None for an x that y does not depend on.
z = tf.constant(5.0)
print(tf.gradients(z, x))
