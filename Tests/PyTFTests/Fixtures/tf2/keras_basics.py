import tensorflow as tf

class Dense(tf.keras.layers.Layer):
    def __init__(self, num_units, **kwargs):
        super().__init__(**kwargs)
        self.num_units = num_units

    def build(self, input_shape):
        self.weight = self.add_weight(name='weight', shape=[input_shape[-1], self.num_units], initializer="ones")
        self.bias = self.add_weight(name="bias", shape=[self.num_units], initializer="zeros")

    def call(self, inputs):
        return tf.matmul(inputs, self.weight) + self.bias

class Model(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.dense1 = Dense(num_units=3, name='dense1')
        self.dense2 = Dense(num_units=2, name='dense2')

    @tf.function
    def call(self, inputs):
        x = self.dense1(inputs)
        return self.dense2(x)

model = Model()
x = tf.constant([[1.0, 2.0], [3.0, 4.0]])
print(model(x))
print(model.name, [v.name for v in model.variables])
print([v.name for v in model.call.get_concrete_function(x).variables])
layer = tf.keras.layers.Dense(4, kernel_initializer="ones", activation="relu")
print(layer.name, layer(tf.constant([[1.0, -2.0, 0.5]])))
print([v.name for v in layer.trainable_variables], layer.kernel.shape)
print(tf.keras.layers.Dense(1).name, tf.keras.layers.Dense(1, name="out").name)
seq = tf.keras.Sequential([tf.keras.layers.Dense(2, kernel_initializer="ones"), tf.keras.layers.Dense(1, kernel_initializer="ones")])
print(seq(tf.constant([[1.0, 1.0]])), seq.name, len(seq.trainable_variables))
mse = tf.keras.losses.MeanSquaredError()
print(mse(tf.constant([[1.0], [2.0]]), tf.constant([[1.5], [1.0]])))
print(tf.keras.losses.mean_squared_error(tf.constant([1.0, 2.0]), tf.constant([1.5, 1.0])))

w = tf.Variable([1.0, -2.0])
for opt in [tf.keras.optimizers.SGD(0.1), tf.keras.optimizers.SGD(0.1, momentum=0.9), tf.keras.optimizers.Adam(0.1)]:
    w.assign([1.0, -2.0])
    for _ in range(5):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(tf.square(w - tf.constant([3.0, 1.0])))
        grads = tape.gradient(loss, [w])
        opt.apply_gradients(zip(grads, [w]))
    print(type(opt).__name__, w.numpy(), opt.iterations.numpy())
