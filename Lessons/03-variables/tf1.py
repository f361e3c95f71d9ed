import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# get_variable only declares the variable: it has no value yet.
counter = tf.get_variable("counter", shape=[], dtype=tf.float32,
                          initializer=tf.zeros_initializer())
add_one = tf.assign_add(counter, 1.0)        # ops that change counter when they run
double = tf.assign(counter, counter * 2.0)
print(counter)

sess = tf.Session()
# Reading a variable before its initializer has run fails.
try:
    sess.run(counter)
except tf.errors.FailedPreconditionError:
    print("FailedPreconditionError: counter is not initialized yet")

sess.run(tf.global_variables_initializer())  # runs every variable's initializer
for step in range(3):
    sess.run(add_one)
    print("after step", step + 1, ":", sess.run(counter))
after_three = sess.run(counter)

after_double = sess.run(double)              # an assign op returns the new value
print("doubled:", after_double)
sess.close()
