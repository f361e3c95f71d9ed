import numpy as np
import tensorflow as tf

# The layer is an object: build() makes its variables once, call() uses them.
class Dense(tf.keras.layers.Layer):
    def __init__(self, num_units, **kwargs):
        super().__init__(**kwargs)
        self.num_units = num_units

    def build(self, input_shape):
        self.weight = self.add_weight(name=___, shape=[input_shape[-1], self.num_units],
                                      initializer=tf.keras.initializers.Constant(0.1))
        self.bias = self.add_weight(name="bias", shape=[self.num_units],
                                    initializer=tf.keras.initializers.Constant(0.1))

    def call(self, inputs):
        return tf.nn.relu(tf.matmul(inputs, self.weight) + self.bias)

class Model(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.dense1 = Dense(4, name=___)             # the layer's name is the scope
        self.dense2 = Dense(4, name="dense2")

    @tf.function
    def call(self, inputs):
        x = self.dense1(inputs)
        x = self.dense2(x)
        x = ___(x)                                   # calling it again reuses its variables
        return x

model = Model()
x_data = np.array([[1.0, 2.0, 3.0], [-1.0, -2.0, 0.5]], dtype=np.float32)
outputs_value = model(x_data).numpy()     # the first call builds the layers
for v in model.trainable_variables:
    print(v.name, v.shape)

# The graph traced for call(), and the variables it captures (in no fixed order).
concrete = model.call.get_concrete_function(tf.TensorSpec(shape=[None, 3], dtype=tf.float32))
print(concrete.structured_outputs)
print(sorted(v.name for v in concrete.variables))
print(outputs_value)
