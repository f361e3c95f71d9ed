import numpy as np
import tensorflow as tf

X_data = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], dtype=np.float32)
y_data = np.array([[1.0], [2.0], [3.0]], dtype=np.float32)

theta = tf.Variable([[0.5], [-0.25]], name="theta")

# The scope goes inside the function; tracing it builds a graph whose ops
# carry the same names a TF1 graph would.
@tf.function
def compute_mse(X, y):
    y_pred = tf.matmul(X, theta, name="predictions")
    with tf.name_scope("loss"):
        error = y_pred - y
        mse = tf.reduce_mean(tf.square(error), name="mse")
    return mse

mse_value = compute_mse(X_data, y_data).numpy()

graph = compute_mse.get_concrete_function(X_data, y_data).graph
op_names = [op.name for op in graph.get_operations()]
print(op_names)
loss_ops = [name for name in op_names if name.startswith("loss/")]
print(loss_ops)

# Eagerly, nothing is kept to name; a name_scope still prefixes new variables.
with tf.name_scope("params"):
    offset = tf.Variable(0.0, name="offset")
print(offset.name)

print("mse =", mse_value)
