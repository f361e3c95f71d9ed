import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.get_variable('x', dtype=tf.float32, shape=[], initializer=tf.constant_initializer(3.))
loss = tf.square(x - 1.0)
for name, opt in [("gd", tf.train.GradientDescentOptimizer(0.1)), ("mom", tf.train.MomentumOptimizer(0.1, 0.9)), ("adam", tf.train.AdamOptimizer(0.1))]:
    train = opt.minimize(loss)
    print(train.name, [v.op.name for v in tf.global_variables()])
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        for _ in range(20):
            sess.run(train)
        print(name, repr(float(sess.run(loss))), repr(float(sess.run(x))))
print([op.name for op in tf.get_default_graph().get_operations()][-12:])
