# String tensors hold bytes: a str is encoded as UTF-8, bytes are kept; they print as bytes.
import numpy as np
import tensorflow as tf
t = tf.constant("é")
print(t)
print(t.numpy(), t.numpy().decode("utf-8"))
u = tf.constant(["é", "a"])
print(u)
print(tf.constant(b"\x00\xffz"))
print(tf.constant([b"ab", b"c"]))
print(tf.constant(np.array(["x", "yz"])))
print(tf.constant("hi") == tf.constant(b"hi"))
print(tf.constant(["é", "a"]).shape, tf.constant("é").dtype)
