import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# TF1: the derivative is part of the graph.
x = tf.get_variable("x", dtype=tf.float32, shape=[],
                    initializer=tf.constant_initializer(3.0))
y = tf.square(x)
y_grad = tf.gradients(y, x)
print(y_grad)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    y_value, grad_values = sess.run([y, y_grad])
    grad_value = grad_values[0]
    print("dy/dx =", grad_value)
