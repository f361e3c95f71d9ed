import os
import tempfile
import tensorflow as tf

d = tempfile.mkdtemp()
v = tf.Variable([1.0, 2.0], name="v")
w = tf.Variable(3.0)
ckpt = tf.train.Checkpoint(v=v, w=w)
path = ckpt.save(os.path.join(d, "ckpt"))
print(os.path.basename(path))
v.assign([5.0, 6.0]); w.assign(0.0)
status = ckpt.restore(path)
print(v.numpy(), w.numpy())
path2 = ckpt.save(os.path.join(d, "ckpt"))
print(os.path.basename(path2), tf.train.latest_checkpoint(d) == path2)
writer = tf.summary.create_file_writer(os.path.join(d, "logs"))
with writer.as_default():
    for step in range(3):
        tf.summary.scalar("loss", 1.0 / (step + 1), step=step)
writer.flush()
print(len([f for f in os.listdir(os.path.join(d, "logs")) if f.startswith("events.out.tfevents")]))
print(tf.summary.scalar("x", 1.0, step=0))
