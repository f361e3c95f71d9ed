import os
import tempfile
import numpy as np
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

ckpt_dir = tempfile.mkdtemp()
theta = tf.Variable([[1.0], [2.0]], name="theta")
epoch = tf.Variable(0, name="epoch")
train = tf.group(tf.assign(theta, theta * 2.0), tf.assign_add(epoch, 1))

# Saver() saves every global variable of the graph, under the variable's name.
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train)
    save_path = saver.save(sess, os.path.join(ckpt_dir, "my_model.ckpt"))
    sess.run(train)
    print("after two epochs:", theta.eval().ravel(), epoch.eval())
print(os.path.basename(save_path))
print(tf.train.list_variables(save_path))

# Restoring replaces the initializer: the values come from the file.
with tf.Session() as sess:
    saver.restore(sess, save_path)
    restored_theta, restored_epoch = sess.run([theta, epoch])
print("restored:", restored_theta.ravel(), restored_epoch)

# A dict chooses what is saved and the name it gets in the file.
weights_saver = tf.train.Saver({"weights": theta})
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    weights_path = weights_saver.save(sess, os.path.join(ckpt_dir, "weights.ckpt"))
    sess.run(train)
    weights_saver.restore(sess, weights_path)
    theta_from_dict, epoch_not_restored = sess.run([theta, epoch])
print(tf.train.list_variables(weights_path))
print("restored from the dict:", theta_from_dict.ravel(), epoch_not_restored)
