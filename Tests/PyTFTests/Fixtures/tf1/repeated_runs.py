# Runs repeated many times: the same fetch list, changed in place; feeds of changing shapes;
# a Python float fed to float32; variables re-initialised and read while a loop trains them.
# (Only whole-batch losses: TF rewrites the graph of a loss before running it, which can change
# its last bits; see known/.)
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.placeholder(tf.float32, shape=[None, 2], name="x")
lr = tf.placeholder(tf.float32, name="lr")
w = tf.get_variable("w", shape=[2], initializer=tf.constant_initializer([0.5, -0.25]))
b = tf.get_variable("b", shape=[], initializer=tf.zeros_initializer())
y = tf.reduce_sum(x * w, axis=1) + b
loss = tf.reduce_mean(tf.square(y - 1.0))
grads = tf.gradients(loss, [w, b])
train = [tf.assign_sub(w, lr * grads[0]), tf.assign_sub(b, lr * grads[1])]
total = tf.reduce_sum(x, axis=0)

data = np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.25]], dtype=np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for step in range(6):
        out = sess.run(train, feed_dict={x: data, lr: 0.1})
    print(out)
    print(sess.run([loss, b], {x: data}))

    fetches = [b, total]
    for n in [1, 2, 3, 1, 2]:
        print(sess.run(fetches, {x: data[:n]}))
    fetches[1] = y
    fetches[0] = loss
    for i in range(3):
        print(sess.run(fetches, {x: data}))
    fetches.append(b)
    print(sess.run(fetches, {x: data}))

    # The same plan fed rows of other lengths, back and forth.
    for n in [3, 1, 3, 2, 3, 3, 1, 1, 1, 2]:
        print(n, sess.run(total, {x: np.ones((n, 2), dtype=np.float32) * n}))

    # A float64 array and a Python list fed to float32; 0.1 rounds to float32 as numpy does.
    for i in range(3):
        print(sess.run(lr * 3.0, {lr: 0.1}), sess.run(total, {x: [[0.1, 0.2]]}), sess.run(total, {x: data.astype(np.float64)}))

    # Re-initialising the variables while the training plan is compiled.
    for i in range(3):
        sess.run(tf.global_variables_initializer())
        for step in range(3):
            sess.run(train, feed_dict={x: data, lr: 0.1})
        print(np.round(sess.run(w), 5), sess.run(b))

    # Errors from a plan that has run many times.
    for i in range(3):
        sess.run(total, {x: data})
    try:
        sess.run(total, {x: np.ones((2, 3), dtype=np.float32)})
    except ValueError as e:
        print("ValueError:", e)
    try:
        sess.run(total)
    except tf.errors.InvalidArgumentError as e:
        print("InvalidArgumentError:", str(e).splitlines()[0])
