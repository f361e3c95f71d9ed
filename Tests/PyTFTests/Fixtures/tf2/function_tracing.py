import tensorflow as tf

traces = []

@tf.function
def f(x, scale):
    traces.append(scale)
    print("tracing with", scale)
    return x * scale

a = tf.constant(2.0)
print(f(a, 3).numpy(), f(a, 3).numpy(), f(a, 4).numpy())
print(f(tf.constant([1.0, 2.0]), 3))
print(f(tf.constant(5), 3))
print(len(traces), traces)

@tf.function(input_signature=[tf.TensorSpec(shape=[None], dtype=tf.float32)])
def g(v):
    print("tracing g")
    return tf.reduce_sum(v * v)

print(g(tf.constant([1.0, 2.0])).numpy(), g(tf.constant([1.0, 2.0, 3.0])).numpy())
cf = g.get_concrete_function()
print([op.name for op in cf.graph.get_operations()])

v = tf.Variable(1.0)

@tf.function
def step():
    v.assign_add(2.0)
    return v * 10.0

print(step().numpy(), step().numpy(), v.numpy())
print([x.name for x in step.get_concrete_function().variables])
