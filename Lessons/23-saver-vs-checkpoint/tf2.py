import os
import tempfile
import numpy as np
import tensorflow as tf

ckpt_dir = tempfile.mkdtemp()
theta = tf.Variable([[1.0], [2.0]], name="theta")
epoch = tf.Variable(0, name="epoch")

def train():
    theta.assign(theta * 2.0)
    epoch.assign_add(1)

# A Checkpoint saves the objects given to it, under the keyword you give them.
ckpt = tf.train.Checkpoint(theta=theta, epoch=epoch)
train()
save_path = ckpt.save(os.path.join(ckpt_dir, "my_model"))
train()
print("after two epochs:", theta.numpy().ravel(), epoch.numpy())
print(os.path.basename(save_path))
print(tf.train.list_variables(save_path))

# Restoring assigns the saved values to the live variables.
ckpt.restore(save_path)
restored_theta, restored_epoch = theta.numpy(), epoch.numpy()
print("restored:", restored_theta.ravel(), restored_epoch)

# A Checkpoint of other objects: it saves whatever it can reach from them.
layer = tf.keras.layers.Dense(1, kernel_initializer="ones")
layer.build((None, 2))
model_ckpt = tf.train.Checkpoint(model=layer, weights=theta)
weights_path = model_ckpt.write(os.path.join(ckpt_dir, "weights"))
train()
model_ckpt.restore(weights_path)
theta_from_ckpt, epoch_not_restored = theta.numpy(), epoch.numpy()
print(tf.train.list_variables(weights_path))
print("restored from the checkpoint:", theta_from_ckpt.ravel(), epoch_not_restored)
