# Keras Input and the functional API: KerasTensors as tf-keras prints them, and a Model built
# from the layers between its inputs and outputs.
import tensorflow as tf
a = tf.keras.Input(shape=(3,))
b = tf.keras.Input(shape=(2, 4), name="feats", batch_size=8)
print(a)
print(b)
print(a.shape, b.shape, a.name, b.name)
d = tf.keras.layers.Dense(2)(a)
print(d)
f = tf.keras.layers.Flatten()(b)
print(f)
print(tf.keras.layers.Dropout(0.3)(d))
m = tf.keras.Model(a, d)
print(m.name, len(m.layers), [type(l).__name__ for l in m.layers])
print(tf.keras.layers.Dropout(0.5).get_config())
