# A chain of additions in a tf.function: TF's graph optimiser (grappler's arithmetic optimiser)
# rewrites it into one AddN whose inputs it orders its own way, so the float32 sum can round
# differently from the same additions done eagerly, left to right.
import tensorflow as tf

a = tf.constant([-1.0, 0.5, 7.0])
terms = [tf.nn.elu(a), tf.nn.selu(a), tf.nn.relu6(a), tf.nn.gelu(a), tf.nn.silu(a), tf.nn.softsign(a)]
print(terms[0] + terms[1] + terms[2] + terms[3] + terms[4] + terms[5])

@tf.function
def f(a):
    return tf.nn.elu(a) + tf.nn.selu(a) + tf.nn.relu6(a) + tf.nn.gelu(a) + tf.nn.silu(a) + tf.nn.softsign(a)

print(f(a))
