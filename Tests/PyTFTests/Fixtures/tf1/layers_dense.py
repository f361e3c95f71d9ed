import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# tf.compat.v1.layers.dense in a TF1 graph: variables, ops, reuse, training. (A kernel left to
# the default initializer gets random values that real TF does not seed, so they are set here.)
tf.set_random_seed(42)
x = tf.placeholder(tf.float32, [None, 3], name="x")
h = tf.layers.dense(x, 4, activation=tf.nn.relu, kernel_initializer=tf.constant_initializer([[0.1, -0.2, 0.3, 0.4]] * 3))
y = tf.layers.dense(h, 1, name="out", kernel_initializer=tf.constant_initializer(0.5), bias_initializer=tf.ones_initializer())
z = tf.layers.dense(h, 1, name="out", reuse=True)
w = tf.layers.dense(x, 2, use_bias=False, kernel_initializer=tf.ones_initializer())
print(h, y, z, w)
print([v.name for v in tf.global_variables()])
print([v.name for v in tf.trainable_variables()])
print([op.name for op in tf.get_default_graph().get_operations() if not op.name.startswith(("dense/kernel", "out/kernel", "dense/bias", "out/bias", "dense_1/kernel"))])
loss = tf.reduce_mean(tf.square(y - 1.0))
train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    data = [[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]]
    print(sess.run([h, y, w], {x: data}))
    for _ in range(5):
        sess.run(train, {x: data})
    print(sess.run(loss, {x: data}))
try:
    tf.layers.dense(x, 4, name="out")
except ValueError as e:
    print("ValueError", str(e).split("\n")[0])
