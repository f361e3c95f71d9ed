import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# A counter that goes up each time x is computed, so we can see the work done.
x_runs = tf.Variable(0, name="x_runs")
w = tf.constant(3)
with tf.control_dependencies([x_runs.assign_add(1)]):
    x = w + 2
y = x + 5
z = x * 3

with tf.Session() as sess:
    sess.run(x_runs.initializer)
    # Two runs: each computes w and x from scratch, nothing is kept in between.
    y_val = y.eval()
    z_val = z.eval()
    print("y =", y_val, " z =", z_val)
    x_count_apart = sess.run(x_runs)   # the variable kept its value across runs
    print("x computed", x_count_apart, "times")

    # One run that fetches both: x is computed once and feeds y and z.
    sess.run(x_runs.initializer)
    y_val, z_val = sess.run([y, z])
    print("y =", y_val, " z =", z_val)
    x_count_together = sess.run(x_runs)
    print("x computed", x_count_together, "time")
