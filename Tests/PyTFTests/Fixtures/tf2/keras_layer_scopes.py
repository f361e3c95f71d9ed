import tensorflow as tf

# A Keras layer called inside a tf.function puts its ops in a scope named after the layer;
# the scope is absolute, so calling the same layer again reuses it (relu/MatMul_1).


class Relu(tf.keras.layers.Layer):
    def build(self, input_shape):
        self.w = self.add_weight(name="weights", shape=(int(input_shape[-1]), 1), initializer="ones")

    def call(self, X):
        return tf.maximum(tf.matmul(X, self.w), 0.0, name="relu")


a = Relu()
b = Relu()
X = tf.constant([[1.0, 2.0]])
print(a(X).numpy(), b(X).numpy())


@tf.function
def f(X):
    with tf.name_scope("outer"):
        y = a(X)
        print(repr(tf.get_current_name_scope()))
    return a(X) + y + b(X)


print(f(X).numpy())
print([op.name for op in f.get_concrete_function(X).graph.get_operations()])
print([v.name for v in a.weights + b.weights])
print(repr(tf.get_current_name_scope()))
with tf.name_scope("eager"):
    print(repr(tf.get_current_name_scope()))
