import numpy as np
import tensorflow as tf

# A tf.Variable starts from a value you compute: any tensor op is an initializer.
bias = tf.Variable(tf.zeros([3]), name="bias")
scale = tf.Variable(tf.keras.initializers.Constant(0.5)(shape=[2, 2]), name="scale")
table = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="table")
noise = tf.Variable(tf.random.uniform([2, 3], -1.0, 1.0, seed=42), name="noise")
# get_variable's hidden default, written out: Keras' GlorotUniform.
kernel = tf.Variable(tf.keras.initializers.GlorotUniform()(shape=[4, 3]), name="kernel")

bias_value = bias.numpy()
scale_value = scale.numpy()
table_value = table.numpy()
noise_value = noise.numpy()
kernel_value = kernel.numpy()

print(bias_value)
print(scale_value)
print(table_value)
print(noise_value)

limit = np.sqrt(6.0 / (4 + 3))
print("kernel shape:", kernel_value.shape)
print("kernel is all zeros:", np.all(kernel_value == 0.0))
print("kernel within the glorot limit:", np.all(np.abs(kernel_value) <= limit))
