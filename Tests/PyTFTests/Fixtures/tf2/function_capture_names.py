import tensorflow as tf

# What a traced function's graph holds: captured values are placeholders named after the op
# input that first used them, and a function with stateful ops ends with a NoOp.
v = tf.Variable(1.0, name="v")
c = tf.constant(2.0)
m = tf.constant([[1.0]])


@tf.function
def pure(x):
    return x * 2.0


@tf.function
def reads(x):
    return x * v


@tf.function
def writes(x):
    v.assign_add(x)
    return x + 1.0


@tf.function
def twice(x):
    return tf.square(v) + tf.square(v) + x


@tf.function
def scoped(x):
    with tf.name_scope("s"):
        y = tf.matmul(tf.reshape(x, [1, 1]), tf.reshape(v, [1, 1]))
    return y


@tf.function
def constants(x):
    a = x * c
    b = tf.add(x, c)
    d = tf.square(c)
    e = tf.matmul(tf.reshape(x, [1, 1]), m)
    return a + b + d + e


@tf.function
def two_outputs(x):
    return x + v, x * 2.0


@tf.function
def nothing_returned(x):
    v.assign(x)


for f in [pure, reads, writes, twice, scoped, constants, two_outputs, nothing_returned]:
    graph = f.get_concrete_function(tf.constant(1.0)).graph
    print([op.name for op in graph.get_operations()])
print([op.type for op in scoped.get_concrete_function(tf.constant(1.0)).graph.get_operations()])
print(reads(tf.constant(3.0)).numpy(), twice(tf.constant(1.0)).numpy())
