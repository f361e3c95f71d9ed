import tensorflow as tf

# Eager ops run at once and leave nothing behind: there is no default graph to fill.
print("executing eagerly:", tf.executing_eagerly())
a = tf.constant(3)
b = tf.constant(4)
total_eager = tf.add(a, b).numpy()
print("eager:", total_eager)

# A graph exists only as the trace of a tf.function.
@tf.function
def build(a, b):
    return tf.add(a, b, name="total")

concrete = build.get_concrete_function(tf.constant(3), tf.constant(4))
graph = concrete.graph
print([op.name for op in graph.get_operations()])
total_traced = concrete(tf.constant(3), tf.constant(4)).numpy()
print("traced graph:", total_traced)

# Calling the function again reuses its trace: no nodes pile up.
build(tf.constant(3), tf.constant(4))
build(tf.constant(5), tf.constant(6))
print("ops in the trace:", len(graph.get_operations()))
print("traces:", build.experimental_get_tracing_count())
