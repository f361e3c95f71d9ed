import tensorflow as tf

x = tf.Variable(3, name="x")
y = tf.Variable(4, name="y")

# Eager: f is computed on this line. No session, no initializer, nothing to close.
f = x * x * y + y + 2
print("eager:", f.numpy())
result = f.numpy()

# A tf.function takes the session's place when you want a graph.
@tf.function
def compute_f():
    return x * x * y + y + 2

result_function = compute_f().numpy()
print("tf.function:", result_function)

# Variables are Python objects: their values live as long as the object does.
x.assign(1)
print("after x.assign(1):", compute_f().numpy())
