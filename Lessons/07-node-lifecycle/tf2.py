import tensorflow as tf

x_runs = tf.Variable(0, name="x_runs")

# Eager: every line runs once, and its result is a value you keep.
w = tf.constant(3)
x_runs.assign_add(1)
x = w + 2
y = x + 5
z = x * 3
print("y =", y.numpy(), " z =", z.numpy())
print("x computed", x_runs.numpy(), "time")

# In a tf.function, one call is one run: it returns both values at once.
@tf.function
def y_and_z(w):
    x_runs.assign_add(1)
    x = w + 2
    return x + 5, x * 3

# Translating y.eval(); z.eval() line by line calls the function twice.
x_runs.assign(0)
y_val = y_and_z(w)[0].numpy()
z_val = y_and_z(w)[1].numpy()
x_count_apart = x_runs.numpy()
print("x computed", x_count_apart, "times")

# One call gives both.
x_runs.assign(0)
y_t, z_t = y_and_z(w)
y_val, z_val = y_t.numpy(), z_t.numpy()
print("y =", y_val, " z =", z_val)
x_count_together = x_runs.numpy()
print("x computed", x_count_together, "time")
