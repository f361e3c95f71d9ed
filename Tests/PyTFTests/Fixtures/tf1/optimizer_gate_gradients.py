import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# compute_gradients gates each op's input gradients (GATE_OP): they leave the op's gradient
# scope together, through tuple/control_dependency identities; GATE_NONE does not.
a = tf.Variable(2.0, name="a")
b = tf.Variable(3.0, name="b")
loss = tf.square(a * b + b)
opt = tf.train.GradientDescentOptimizer(0.01)
gv = opt.compute_gradients(loss)
print([(g.op.name, v.op.name) for g, v in gv])
print([op.name for op in tf.get_default_graph().get_operations() if "tuple" in op.name])
print(gv[0][0].op.control_inputs)
plain = opt.compute_gradients(loss, gate_gradients=tf.train.Optimizer.GATE_NONE)
print([g.op.name for g, v in plain])
train = opt.minimize(loss)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([g for g, v in gv]), sess.run([g for g, v in plain]))
    sess.run(train)
    print(sess.run([a, b]))
try:
    loss.constraint
except AttributeError as e:
    print(e)
