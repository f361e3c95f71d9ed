# Optimizer.apply_gradients called as programs call it: positional or keyword pairs, a name, a
# list, a tuple or an iterator, a subclass overriding it, and its errors.
import tensorflow as tf
w = tf.Variable(1.0)
opt = tf.keras.optimizers.SGD(learning_rate=0.1, momentum=0.5)
with tf.GradientTape() as tape:
    loss = w * w
g = tape.gradient(loss, [w])
print(opt.apply_gradients(zip(g, [w]), name="x").numpy(), w.numpy())
print(opt.apply_gradients(grads_and_vars=[(g[0], w)]).numpy(), w.numpy())
print(opt.apply_gradients(((g[0], w),)).numpy(), w.numpy())
print(opt.iterations.numpy())
class My(tf.keras.optimizers.SGD):
    def apply_gradients(self, grads_and_vars, **kw):
        print("mine")
        return super().apply_gradients(grads_and_vars, **kw)
o2 = My(learning_rate=0.1)
print(o2.apply_gradients(zip(g, [w])).numpy(), w.numpy())
try:
    opt.apply_gradients()
except TypeError as e:
    print("TypeError", e)
try:
    opt.apply_gradients(5)
except TypeError as e:
    print("TypeError", e)
try:
    opt.apply_gradients(zip([None], [w]))
except ValueError as e:
    print("ValueError", str(e)[:60])
