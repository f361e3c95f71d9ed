import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# Each get_variable names an initializer, an op that runs in global_variables_initializer().
bias = tf.get_variable("bias", shape=[3], initializer=tf.zeros_initializer())
scale = tf.get_variable("scale", shape=[2, 2], initializer=tf.constant_initializer(0.5))
table = tf.get_variable("table", initializer=tf.constant([[1.0, 2.0], [3.0, 4.0]]))
noise = tf.Variable(tf.random_uniform([2, 3], -1.0, 1.0, seed=42), name="noise")
kernel = tf.get_variable("kernel", shape=[4, 3])   # no initializer given

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    bias_value, scale_value, table_value, noise_value, kernel_value = sess.run(
        [bias, scale, table, noise, kernel])

print(bias_value)
print(scale_value)
print(table_value)
print(noise_value)

# The trap: without an initializer, get_variable uses glorot_uniform, not zeros.
limit = np.sqrt(6.0 / (4 + 3))
print("kernel shape:", kernel_value.shape)
print("kernel is all zeros:", np.all(kernel_value == 0.0))
print("kernel within the glorot limit:", np.all(np.abs(kernel_value) <= limit))
