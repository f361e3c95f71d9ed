# Comparing with None: a tensor is simply unequal, a variable converts None and fails, either
# way round; inside a tf.function a tensor compares by identity.
import tensorflow as tf

v = tf.Variable(1.0)
t = tf.constant(1.0)
print(t == None, t != None, None == t, None != t)
for name, compare in [("v == None", lambda: v == None), ("v != None", lambda: v != None), ("None == v", lambda: None == v)]:
    try:
        print(name, compare())
    except ValueError as e:
        print(name, "ValueError", str(e).splitlines()[0])
print(v is None, v is not None)


@tf.function
def f(x):
    return x == None, x != None


print(f(t))
