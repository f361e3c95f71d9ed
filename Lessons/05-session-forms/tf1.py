import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.Variable(3, name="x")
y = tf.Variable(4, name="y")
f = x * x * y + y + 2

# 1. An explicit session: initialize, run, and close it yourself.
sess = tf.Session()
sess.run(x.initializer)
sess.run(y.initializer)
result = sess.run(f)
print("Session():", result)
sess.close()
try:
    sess.run(f)
except RuntimeError as e:
    print("after close():", e)

# 2. A with block makes the session the default: .run() and .eval() need no sess.
with tf.Session() as sess:
    x.initializer.run()              # tf.get_default_session().run(x.initializer)
    y.initializer.run()
    result_with = f.eval()           # tf.get_default_session().run(f)
print("with Session():", result_with)
print("default session after the block:", tf.get_default_session())

# 3. One op that runs every variable's initializer.
init = tf.global_variables_initializer()
with tf.Session() as sess:
    init.run()
    result_init = f.eval()
print("global_variables_initializer():", result_init)

# Variable values live in a session: a new session starts uninitialized.
with tf.Session() as sess:
    try:
        f.eval()
    except tf.errors.FailedPreconditionError:
        print("a new session: FailedPreconditionError")

# 4. InteractiveSession makes itself the default until you close it.
sess = tf.InteractiveSession()
init.run()
result_interactive = f.eval()
print("InteractiveSession:", result_interactive)
sess.close()
