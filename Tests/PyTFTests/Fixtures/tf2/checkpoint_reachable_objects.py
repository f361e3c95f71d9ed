import os, tempfile
import tensorflow as tf
d = tempfile.mkdtemp()
# What a Checkpoint reaches: variables, a Keras layer through the attributes that hold its weights,
# an optimizer, and a nested Checkpoint, each keyed by its path.
theta = tf.Variable([[1.0], [2.0]], name="theta")
dense = tf.keras.layers.Dense(1, kernel_initializer="ones")
dense.build((None, 2))
opt = tf.keras.optimizers.SGD(0.1, momentum=0.9)
ckpt = tf.train.Checkpoint(theta=theta, dense=dense, optimizer=opt, child=tf.train.Checkpoint(x=tf.Variable(3.0)))
p = ckpt.save(os.path.join(d, "c"))
for name, shape in tf.train.list_variables(p):
    print(name, shape)
r = ckpt.restore(p)
print(type(r).__name__)
r.assert_consumed()
print("ok")
