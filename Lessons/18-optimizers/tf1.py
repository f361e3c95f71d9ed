import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# House prices by year, scaled to [0, 1].
X_raw = np.array([2013, 2014, 2015, 2016, 2017], dtype=np.float32)
y_raw = np.array([12000, 14000, 15000, 16500, 17500], dtype=np.float32)
X = (X_raw - X_raw.min()) / (X_raw.max() - X_raw.min())
y = (y_raw - y_raw.min()) / (y_raw.max() - y_raw.min())

def train(use_minimize):
    with tf.Graph().as_default():
        learning_rate_ = tf.placeholder(dtype=tf.float32)
        X_ = tf.placeholder(dtype=tf.float32, shape=[5])
        y_ = tf.placeholder(dtype=tf.float32, shape=[5])
        a = tf.get_variable("a", dtype=tf.float32, shape=[], initializer=tf.zeros_initializer)
        b = tf.get_variable("b", dtype=tf.float32, shape=[], initializer=tf.zeros_initializer)
        y_pred = a * X_ + b
        loss = tf.constant(0.5) * tf.reduce_sum(tf.square(y_pred - y_))

        optimizer = tf.train.GradientDescentOptimizer(learning_rate=learning_rate_)
        if use_minimize:
            # One call: compute the gradients of every trainable variable and apply them.
            train_op = optimizer.minimize(loss)
        else:
            # The same in two steps: (gradient, variable) pairs, then the update.
            grads_and_vars = optimizer.compute_gradients(loss)
            print([(g.op.name, v.op.name) for g, v in grads_and_vars])
            train_op = optimizer.apply_gradients(grads_and_vars)
        print(train_op.name)

        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for e in range(1000):
                sess.run(train_op, feed_dict={X_: X, y_: y, learning_rate_: 1e-2})
            return sess.run([a, b])

a_value, b_value = train(use_minimize=True)
print([a_value, b_value])
a_two_steps, b_two_steps = train(use_minimize=False)
print([a_two_steps, b_two_steps])
