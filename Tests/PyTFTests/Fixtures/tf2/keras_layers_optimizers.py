import tensorflow as tf

# Keras Dropout, Flatten and Input, and the RMSprop and Adagrad optimizers.
tf.keras.utils.set_random_seed(1)
drop = tf.keras.layers.Dropout(0.5)
print(drop.name, drop.rate)
x = tf.ones([2, 3])
print(drop(x))
print(drop(x, training=False))
y = drop(x, training=True)
print(sorted(set(y.numpy().ravel().tolist())))
flat = tf.keras.layers.Flatten()
print(flat.name, flat(tf.reshape(tf.range(12.0), [2, 3, 2])))
print(flat(tf.ones([4])))
inp = tf.keras.Input(shape=(3,))
print(inp.shape, inp.dtype)
model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(2, kernel_initializer="ones"), tf.keras.layers.Dropout(0.2)])
print(model(tf.ones([1, 4])))
print([w.shape for w in model.weights])
inputs = tf.keras.Input(shape=(2, 2))
h = tf.keras.layers.Flatten()(inputs)
outputs = tf.keras.layers.Dense(1, kernel_initializer="ones", bias_initializer="zeros")(h)
fmodel = tf.keras.Model(inputs=inputs, outputs=outputs)
print(fmodel(tf.ones([3, 2, 2])))
print([v.name for v in fmodel.trainable_variables])
for opt in [tf.keras.optimizers.RMSprop(0.1), tf.keras.optimizers.RMSprop(0.1, rho=0.8, momentum=0.5, centered=True),
            tf.keras.optimizers.Adagrad(0.5), tf.keras.optimizers.Adagrad(0.5, initial_accumulator_value=1.0, epsilon=0.1)]:
    v = tf.Variable([1.0, -2.0])
    for step in range(3):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(v * v * tf.constant([1.0, 3.0]))
        opt.apply_gradients([(tape.gradient(loss, v), v)])
    print(type(opt).__name__, opt.name, v.numpy(), int(opt.iterations.numpy()), [s.name for s in opt.variables()])
