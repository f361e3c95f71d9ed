import tensorflow as tf

# Sharing is now plain Python: make the variable once and hand the same
# object to everyone who needs it.
class Relu(tf.keras.layers.Layer):
    def __init__(self, threshold, **kwargs):
        super().__init__(**kwargs)
        self.threshold = threshold   # the shared variable, not a copy

    def build(self, input_shape):
        self.w = self.add_weight(name="weights", shape=(int(input_shape[-1]), 1),
                                 initializer="ones")
        self.b = self.add_weight(name="bias", shape=(), initializer="zeros")

    def call(self, X):
        z = tf.add(tf.matmul(X, self.w), self.b, name="z")
        return tf.maximum(z, self.threshold, name="max")

class FiveRelus(tf.keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.threshold = tf.Variable(10.0, name="threshold")
        self.relus = [Relu(self.threshold) for i in range(5)]

    def call(self, X):
        return tf.add_n([relu(X) for relu in self.relus], name="output")

model = FiveRelus()
print(model.relus[3].threshold is model.threshold)

data = tf.constant([[1, 2, 3], [4, 5, 6]], dtype=tf.float32)
result = model(data).numpy()
model.threshold.assign(20.0)
result_raised = model(data).numpy()
print(result.ravel(), result_raised.ravel())

# Every layer lists the shared variable, but the model counts it once.
print([v.name for v in model.relus[1].weights])
n_variables = len(model.variables)
print(n_variables, "variables")
