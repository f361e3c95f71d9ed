import os, tempfile
import tensorflow as tf
d = tempfile.mkdtemp()
v = tf.Variable(1.0)
ck = tf.train.Checkpoint(v=v)
for k in range(7):
    p = ck.save(os.path.join(d, "ckpt"))
print(sorted(os.listdir(d)))
print(open(os.path.join(d, "checkpoint")).read().replace(d, "D"))
print(tf.train.latest_checkpoint(d).replace(d, "D"))
print(tf.train.list_variables(d))
r = tf.train.load_checkpoint(d)
print(sorted(r.get_variable_to_shape_map().items()))
print(r.get_tensor("v/.ATTRIBUTES/VARIABLE_VALUE"))
import tensorflow.compat.v1 as v1
g = v1.Graph()
with g.as_default():
    a = v1.get_variable("a", shape=[2], initializer=v1.ones_initializer())
    s = v1.train.Saver(max_to_keep=2)
    with v1.Session() as sess:
        sess.run(v1.global_variables_initializer())
        for k in range(4):
            s.save(sess, os.path.join(d, "m", "model.ckpt"), global_step=k)
print(sorted(os.listdir(os.path.join(d, "m"))))
print(open(os.path.join(d, "m", "checkpoint")).read().replace(d, "D"))
print(s.last_checkpoints == [os.path.join(d, "m", "model.ckpt-2"), os.path.join(d, "m", "model.ckpt-3")])
print(v1.train.list_variables(os.path.join(d, "m")))
print(v1.train.checkpoint_exists(os.path.join(d, "m", "model.ckpt-3")) if hasattr(v1.train, "checkpoint_exists") else "")
