# Which variables a Keras layer or model lists, in which order, and how they are named: made by
# add_weight or assigned to an attribute, named in the scope of the call that built them.
import tensorflow as tf
X = tf.constant([[1.0, 2.0]])
s1 = tf.keras.Sequential([tf.keras.layers.Dense(2), tf.keras.layers.Dense(1)])
s1(X)
print([v.name for v in s1.weights])
s2 = tf.keras.Sequential([tf.keras.layers.Dense(2, input_shape=(2,)), tf.keras.layers.Dense(1)])
s2(X)
print([v.name for v in s2.weights])
class M(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self.d = tf.keras.layers.Dense(1)
        self.v = tf.Variable(1.0, name="v")
    def build(self, input_shape):
        self.k = self.add_weight(name="k", shape=())
    def call(self, x):
        return self.d(x) * self.v * self.k
m = M()
m(X)
print([v.name for v in m.weights], [v.name for v in m.trainable_variables])
class L(tf.keras.layers.Layer):
    def __init__(self):
        super().__init__()
        self.v = tf.Variable(1.0, name="v", trainable=False)
        self.inner = tf.keras.layers.Dense(1)
    def build(self, s):
        self.k = self.add_weight(name="k", shape=())
    def call(self, x):
        return self.inner(x) * self.v * self.k
l = L()
l(X)
print([v.name for v in l.weights], [v.name for v in l.trainable_weights], [v.name for v in l.non_trainable_weights])
m2 = M()
@tf.function
def f(x):
    return m2(x)
f(X)
print([v.name for v in m2.weights])
class Shared(tf.keras.layers.Layer):
    def __init__(self, threshold, **kwargs):
        super().__init__(**kwargs)
        self.threshold = threshold
    def call(self, x):
        return tf.maximum(x, self.threshold)
t = tf.Variable(0.5, name="t")
parts = [Shared(t), Shared(t)]
print([v.name for p in parts for v in p.weights], parts[1](X).numpy())
frozen = L()
frozen(X)
frozen.trainable = False
print([v.name for v in frozen.weights], frozen.trainable_weights, [v.name for v in frozen.non_trainable_weights])
