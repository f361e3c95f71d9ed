import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# A dense layer written as a function: get_variable makes (or, with reuse, finds)
# the variables by name inside the current variable_scope.
def dense(inputs, num_units):
    weight = tf.get_variable("weight", shape=[inputs.shape[1], num_units],
                             initializer=tf.constant_initializer(0.1))
    bias = tf.get_variable("bias", shape=[num_units],
                           initializer=tf.constant_initializer(0.1))
    return tf.nn.relu(tf.matmul(inputs, weight) + bias)

def model(inputs):
    with tf.variable_scope("dense1"):                # dense1/weight, dense1/bias
        x = dense(inputs, 4)
    with tf.variable_scope("dense2"):                # dense2/weight, dense2/bias
        x = dense(x, 4)
    with tf.variable_scope("dense2", reuse=True):    # the same two variables again
        x = dense(x, 4)
    return x

inputs = tf.placeholder(tf.float32, shape=[None, 3], name="inputs")
outputs = model(inputs)
print(outputs)
for v in tf.trainable_variables():
    print(v.name, v.shape)

x_data = np.array([[1.0, 2.0, 3.0], [-1.0, -2.0, 0.5]], dtype=np.float32)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    outputs_value = sess.run(outputs, feed_dict={inputs: x_data})
print(outputs_value)
