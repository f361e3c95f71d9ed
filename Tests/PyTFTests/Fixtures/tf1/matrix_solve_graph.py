import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# tf.linalg.solve and tf.matrix_solve in a graph, and the gradient of MatrixSolve.
A = tf.placeholder(tf.float32, (2, 2), name="A")
B = tf.constant([[1.0], [2.0]])
X = tf.linalg.solve(A, B)
print(X)
X2 = tf.matrix_solve(A, B, adjoint=True, name="solve_t")
print(X2)
grads = tf.gradients(tf.reduce_sum(X), [A, B])
print(grads)
print([op.name for op in tf.get_default_graph().get_operations() if "MatrixSolve_grad" in op.name])
with tf.Session() as sess:
    print(sess.run([X, X2], feed_dict={A: [[2.0, 1.0], [1.0, 3.0]]}))
    print(sess.run(grads, feed_dict={A: [[2.0, 1.0], [1.0, 3.0]]}))
    try:
        sess.run(X, feed_dict={A: [[1.0, 2.0], [2.0, 4.0]]})
    except tf.errors.InvalidArgumentError as e:
        print(type(e).__name__)
