import os, tempfile
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
d = tempfile.mkdtemp()
v = tf.get_variable("v", shape=[2], initializer=tf.ones_initializer())
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    p = saver.save(sess, os.path.join(d, "model.ckpt"))
    print(p == os.path.join(d, "model.ckpt"))
print(sorted(os.listdir(d)))
print(open(os.path.join(d, "checkpoint")).read().replace(d, "D"))
print(tf.train.latest_checkpoint(d) == p)
r = tf.train.load_checkpoint(p) if hasattr(tf.train, "load_checkpoint") else None
print(sorted(tf.train.list_variables(p)))
