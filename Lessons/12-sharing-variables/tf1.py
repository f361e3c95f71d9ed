import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# The threshold of every ReLU unit is one shared variable. get_variable
# creates it the first time and reuses it afterwards, depending on the
# variable scope's reuse flag.
def relu(X):
    threshold = tf.get_variable("threshold", shape=(),
                                initializer=tf.constant_initializer(10.0))
    w_shape = (int(X.get_shape()[1]), 1)
    w = tf.Variable(tf.ones(w_shape), name="weights")
    b = tf.Variable(0.0, name="bias")
    z = tf.add(tf.matmul(X, w), b, name="z")
    return tf.maximum(z, threshold, name="max")

X = tf.placeholder(tf.float32, shape=(None, 3), name="X")
relus = []
for relu_index in range(5):
    # reuse=False the first time (create), True afterwards (share).
    with tf.variable_scope("relu", reuse=(relu_index >= 1)):
        relus.append(relu(X))
output = tf.add_n(relus, name="output")

# The other ways to say "reuse": reuse_variables() and AUTO_REUSE.
with tf.variable_scope("relu") as scope:
    scope.reuse_variables()
    threshold = tf.get_variable("threshold")
with tf.variable_scope("relu", reuse=tf.AUTO_REUSE):
    same_threshold = tf.get_variable("threshold")
print(threshold.name, same_threshold is threshold)

# Without reuse, asking again is an error; with reuse, so is asking for
# a variable that does not exist yet.
try:
    with tf.variable_scope("relu"):
        tf.get_variable("threshold", shape=())
except ValueError as e:
    print("ValueError:", str(e).split("\n")[0])
try:
    with tf.variable_scope("other", reuse=True):
        tf.get_variable("threshold")
except ValueError as e:
    print("ValueError:", str(e).split("\n")[0])

data = [[1, 2, 3], [4, 5, 6]]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    result = sess.run(output, feed_dict={X: data})
    sess.run(threshold.assign(20.0))
    result_raised = sess.run(output, feed_dict={X: data})
print(result.ravel(), result_raised.ravel())
n_variables = len(tf.global_variables())
print(n_variables, "variables")
