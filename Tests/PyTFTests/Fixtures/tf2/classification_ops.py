# The ops of a classifier: softmax, log-softmax, cross-entropy (dense and sparse), argmax and
# clip_by_value, eagerly and in a graph, with their gradients. Softmax values are rounded here:
# TF's softmax kernel rounds its last bit its own way (known/softmax_rounding.py).
import numpy as np
import tensorflow as tf

logits = tf.constant([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
labels = tf.constant([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
print(np.round(tf.nn.softmax(logits).numpy(), 6))
print(tf.nn.log_softmax(logits))
print(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))
print(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 2], logits=logits))
print(tf.argmax(logits, axis=1), tf.math.argmin(logits, 1, output_type=tf.int32))
print(tf.clip_by_value(logits, -0.5, 1.5))
with tf.GradientTape(persistent=True) as tape:
    tape.watch(logits)
    loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    sparse = tf.reduce_sum(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 0], logits=logits))
    s = tf.reduce_sum(tf.nn.softmax(logits) * tf.constant([1.0, 2.0, 3.0]))
    ls = tf.reduce_sum(tf.nn.log_softmax(logits)[:, 0])
print(loss, tape.gradient(loss, logits))
print(sparse, tape.gradient(sparse, logits))
print(np.round(tape.gradient(s, logits).numpy(), 6))
print(tape.gradient(ls, logits))
try:
    tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[0, 3], logits=logits)
except tf.errors.InvalidArgumentError as e:
    print("InvalidArgumentError:", "Received a label value of 3" in str(e))

v1 = tf.compat.v1
g = tf.Graph()
with g.as_default():
    x = v1.placeholder(tf.float32, [None, 3], name="x")
    y = v1.placeholder(tf.float32, [None, 3], name="y")
    p = tf.nn.softmax(x)
    xent = v1.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=x)
    acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(p, 1), tf.argmax(y, 1)), tf.float32))
    clipped = tf.clip_by_value(x, 0.0, 1.0)
    grads = tf.gradients(tf.reduce_sum(xent), [x, y])
    print(p.name, acc.name, clipped.name, clipped.op.inputs[0].name)
    with v1.Session() as sess:
        out = sess.run([p, xent, acc, clipped] + grads, {x: [[1.0, 2.0, 3.0], [1.0, 0.0, -1.0]], y: [[0.0, 0.0, 1.0], [0.0, 1.0, 0.0]]})
        print(np.round(out[0], 6))
        for o in out[1:]:
            print(o)
