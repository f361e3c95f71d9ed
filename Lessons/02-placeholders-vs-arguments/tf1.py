import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# A placeholder is a graph input: it has a dtype but no value of its own.
a = tf.placeholder(dtype=tf.int32, name="a")
b = tf.placeholder(dtype=tf.int32, name="b")
c = a + b
print(a)

a_ = int(input("a = "))
b_ = int(input("b = "))
print()

sess = tf.Session()
# feed_dict maps each placeholder tensor to its value for this one run.
c_value = sess.run(c, feed_dict={a: a_, b: b_})
print("a + b = %d" % c_value)

# The same graph runs again with other inputs.
c_other = sess.run(c, feed_dict={a: 10, b: 20})
print("10 + 20 =", c_other)

# Forgetting to feed a placeholder is an error at run time, not at build time.
try:
    sess.run(c, feed_dict={a: 1})
except tf.errors.InvalidArgumentError:
    print("InvalidArgumentError: b was not fed")
sess.close()
