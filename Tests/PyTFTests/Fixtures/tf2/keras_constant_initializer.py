import numpy as np
import tensorflow as tf

# Keras Constant initializers: a scalar fills the shape, an array of the shape is used as it is.
print(tf.keras.initializers.Constant(3.0)((2, 2)))
print(tf.keras.initializers.Constant(np.arange(6.0).reshape(2, 3))((2, 3)))
layer = tf.keras.layers.Dense(2, kernel_initializer=tf.keras.initializers.Constant(np.array([[1.0, 2.0], [3.0, 4.0]])))
print(layer(tf.constant([[1.0, 1.0]])))
