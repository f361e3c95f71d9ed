import tensorflow as tf

# tf.Variable takes its initial value at once: there is no initializer to run.
counter = tf.Variable(___, name="counter")
print(counter)

@tf.function
def add_one():
    counter.___(1.0)                         # changes counter when the function runs

for step in range(3):
    add_one()
    print("after step", step + 1, ":", counter.numpy())
after_three = counter.numpy()

# Eagerly, assign runs at once; read the new value from the variable.
counter.assign(counter * 2.0)
after_double = counter.numpy()
print("doubled:", after_double)
