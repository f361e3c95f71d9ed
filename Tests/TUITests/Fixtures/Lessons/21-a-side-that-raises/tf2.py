import tensorflow as tf

total = tf.constant(10.0)
print(total.numpy())
total_value = total.numpy() / count
