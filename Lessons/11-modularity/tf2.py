import tensorflow as tf

# The unit becomes a Keras layer: an object that owns its variables.
# Five objects, five sets of variables, named after the layers.
class Relu(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(name="weights", shape=(int(input_shape[-1]), 1),
                                 initializer="ones")
        self.b = self.add_weight(name="bias", shape=(), initializer="zeros")

    def call(self, X):
        z = tf.add(tf.matmul(X, self.w), self.b, name="z")
        return tf.maximum(z, 0.0, name="relu")

units = [Relu() for i in range(5)]
print([unit.name for unit in units])

@tf.function
def model(X):
    return tf.add_n([unit(X) for unit in units], name="output")

X = tf.constant([[1, 2, 3], [4, 5, 6]], dtype=tf.float32)
result = model(X).numpy()
print(result)

variable_names = [v.name for unit in units for v in unit.weights]
print(len(variable_names), variable_names[:4])

# Inside the traced function, each call still made its own copy of the ops.
graph = model.get_concrete_function(X).graph
relu_ops = [op.name for op in graph.get_operations() if op.type == "Maximum"]
print(relu_ops)
print(len([op for op in graph.get_operations() if op.type == "MatMul"]))
