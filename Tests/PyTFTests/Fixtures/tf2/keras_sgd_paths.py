import tensorflow as tf

# Keras SGD.apply_gradients in its many shapes: each must update exactly as tf-keras does.
def show(tag, opt, *vs):
    print(tag, opt.iterations.numpy(), [v.numpy() for v in vs])

w = tf.Variable(0.5, name="w")
b = tf.Variable([1.0, -2.0], name="b")
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
for step in range(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(tf.square(w * tf.constant([1.0, 2.0]) + b))
    grads = tape.gradient(loss, [w, b])
    it = opt.apply_gradients(zip(grads, [w, b]))
    show("plain", opt, w, b)
print(it.numpy(), it is opt.iterations, opt.apply_gradients([]) is opt.iterations)

# Momentum and Nesterov, as lists of pairs and as a generator.
for momentum, nesterov in [(0.9, False), (0.5, True), (1, False), (0, True)]:
    v = tf.Variable([3.0, 4.0])
    o = tf.keras.optimizers.SGD(learning_rate=0.05, momentum=momentum, nesterov=nesterov)
    for step in range(3):
        o.apply_gradients([(tf.constant([1.0, -1.0]) * v, v)])
        o.apply_gradients((g, x) for g, x in [(tf.constant([0.5, 0.25]), v)])
    print("momentum", momentum, nesterov, o.iterations.numpy(), v.numpy())

# A None gradient is skipped; all None is an error.
x = tf.Variable(1.0)
y = tf.Variable(2.0)
o = tf.keras.optimizers.SGD(learning_rate=0.5)
o.apply_gradients(zip([tf.constant(1.0), None], [x, y]))
print("none", o.iterations.numpy(), x.numpy(), y.numpy())
o.apply_gradients(zip([None, tf.constant(1.0)], [x, y]))
print("none", o.iterations.numpy(), x.numpy(), y.numpy())
try:
    o.apply_gradients(zip([None, None], [x, y]))
except ValueError as e:
    print("ValueError:", e)

# The same variable twice in one call.
z = tf.Variable(1.0)
o = tf.keras.optimizers.SGD(learning_rate=0.1, momentum=0.5)
o.apply_gradients([(tf.constant(1.0), z), (tf.constant(2.0), z)])
o.apply_gradients([(tf.constant(1.0), z), (tf.constant(2.0), z)])
print("twice", o.iterations.numpy(), z.numpy())

# A variable the optimizer was not built with.
u = tf.Variable(1.0)
try:
    o.apply_gradients([(tf.constant(1.0), u)])
except KeyError as e:
    print("KeyError:", str(e)[:60])
print("after", o.iterations.numpy(), u.numpy())

# float64 variables, an integer-looking learning rate, and a gradient of another shape.
d = tf.Variable([1.0, 2.0], dtype=tf.float64)
o = tf.keras.optimizers.SGD(learning_rate=1)
o.apply_gradients([(tf.constant([0.25, 0.5], dtype=tf.float64), d)])
print("float64", o.iterations.numpy(), d.numpy())
s = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
o = tf.keras.optimizers.SGD(learning_rate=0.1)
o.apply_gradients([(tf.constant([1.0, 2.0]), s)])
print("broadcast", o.iterations.numpy(), s.numpy())

# A subclass with its own update step, and an instance whose update step is replaced.
class Halving(tf.keras.optimizers.SGD):
    def update_step(self, gradient, variable):
        variable.assign_sub(gradient / 2)

h = tf.Variable(1.0)
o = Halving(learning_rate=0.1)
o.apply_gradients([(tf.constant(1.0), h)])
print("subclass", o.iterations.numpy(), h.numpy())
r = tf.Variable(1.0)
o = tf.keras.optimizers.SGD(learning_rate=0.1)
o.apply_gradients([(tf.constant(1.0), r)])
o.update_step = lambda g, v: v.assign_add(g * 100)
o.apply_gradients([(tf.constant(1.0), r)])
print("replaced", o.iterations.numpy(), r.numpy())

# The class's update step replaced after use, then restored.
original = tf.keras.optimizers.SGD.update_step
def doubled(self, gradient, variable):
    variable.assign_sub(gradient * 2)
q = tf.Variable(1.0)
o = tf.keras.optimizers.SGD(learning_rate=0.1)
o.apply_gradients([(tf.constant(1.0), q)])
tf.keras.optimizers.SGD.update_step = doubled
o.apply_gradients([(tf.constant(1.0), q)])
tf.keras.optimizers.SGD.update_step = original
o.apply_gradients([(tf.constant(1.0), q)])
print("class replaced", o.iterations.numpy(), q.numpy())

# The learning rate changed between steps, and inside tf.function.
p = tf.Variable(1.0)
o = tf.keras.optimizers.SGD(learning_rate=0.1)
o.apply_gradients([(tf.constant(1.0), p)])
o.learning_rate = 0.5
o.apply_gradients([(tf.constant(1.0), p)])
print("learning rate", o.iterations.numpy(), p.numpy(), o.learning_rate.numpy())

@tf.function
def step(g):
    return o.apply_gradients([(g, p)])

print("function", step(tf.constant(2.0)).numpy(), step(tf.constant(4.0)).numpy(), p.numpy())
