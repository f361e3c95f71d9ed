import os
import tempfile
import tensorflow as tf

# write() before any save() has no save_counter; save() makes it, and later writes keep it.
d = tempfile.mkdtemp()
v = tf.Variable([1.0, 2.0], name="v")
ck = tf.train.Checkpoint(v=v)
print(tf.train.list_variables(ck.write(os.path.join(d, "w1"))))
print(os.path.basename(ck.save(os.path.join(d, "s"))))
print(tf.train.list_variables(ck.write(os.path.join(d, "w2"))))
other = tf.train.Checkpoint(v=v)
other.restore(os.path.join(d, "w1"))
print(tf.train.list_variables(other.write(os.path.join(d, "w3"))))
