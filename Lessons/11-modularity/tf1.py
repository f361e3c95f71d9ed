import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# One ReLU unit, written once as a Python function. Each call adds a fresh
# copy of its ops and variables to the graph, under its own name scope.
def relu(X):
    with tf.name_scope("relu"):
        w_shape = (int(X.get_shape()[1]), 1)
        w = tf.Variable(tf.ones(w_shape), name="weights")
        b = tf.Variable(0.0, name="bias")
        z = tf.add(tf.matmul(X, w), b, name="z")
        return tf.maximum(z, 0.0, name="relu")

n_features = 3
X = tf.placeholder(tf.float32, shape=(None, n_features), name="X")
relus = [relu(X) for i in range(5)]
output = tf.add_n(relus, name="output")

relu_ops = [r.op.name for r in relus]
print(relu_ops)
print(output)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    result = output.eval(feed_dict={X: [[1, 2, 3], [4, 5, 6]]})
print(result)

variable_names = [v.op.name for v in tf.global_variables()]
print(len(variable_names), variable_names[:4])
