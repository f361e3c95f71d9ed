# TF's CPU softmax rounds the last bit of some values differently from exp(x - max) / sum (its
# kernel, oneDNN's in TF 2.21, is not reproduced yet).
import tensorflow as tf

print(tf.nn.softmax(tf.constant([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])).numpy())
print(tf.nn.softmax(tf.constant([[1.0, 2.0, 3.0], [1.0, 0.0, -1.0]])).numpy())
