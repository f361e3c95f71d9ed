# In a tf.function traced for inputs of unknown rank or unknown dimensions, reductions over all
# axes and their gradients are built from run-time shapes, as TF builds them.
import tensorflow as tf

@tf.function(input_signature=[tf.TensorSpec(shape=None, dtype=tf.float32)])
def loss_and_grad(x):
    with tf.GradientTape() as tape:
        tape.watch(x)
        loss = tf.reduce_mean(tf.square(x - 1.0)) + tf.reduce_max(x) + tf.reduce_sum(x)
    return loss, tape.gradient(loss, x)

for value in [2.0, [1.0, 3.0], [[1.0, 2.0], [3.0, 5.0]]]:
    loss, grad = loss_and_grad(tf.constant(value))
    print(loss.numpy(), grad.numpy())


@tf.function(input_signature=[tf.TensorSpec(shape=[None, 2], dtype=tf.float32)])
def batch_mean(x):
    with tf.GradientTape() as tape:
        tape.watch(x)
        m = tf.reduce_mean(x, axis=0)
        total = tf.reduce_sum(m * m)
    return total, tape.gradient(total, x)

total, grad = batch_mean(tf.constant([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
print(total.numpy(), grad.numpy())
print(grad.shape, batch_mean.get_concrete_function().structured_outputs[1].shape)
print(tf.reduce_sum(tf.constant(3.0)), tf.reduce_mean(tf.constant([[1.0, 2.0]]), axis=[]))
print(tf.tile(tf.constant([[1, 2]]), [2, 2]))
