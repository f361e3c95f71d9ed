# The new math and activation functions in a TF1 graph: the ops TF builds for each (names and
# types), the gradient ops tf.gradients adds, and the values a session computes.
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

x = tf.placeholder(tf.float32, [2, 3], name="x")
y = tf.placeholder(tf.float32, [2, 3], name="y")
feed = {x: [[-1.5, 0.25, 0.5], [0.75, -0.125, 2.0]], y: [[2.0, -0.75, 1.5], [-3.0, 0.5, 0.25]]}
graph = tf.get_default_graph()
cases = [("expm1", lambda: tf.expm1(x)), ("tan", lambda: tf.tan(x)), ("erf", lambda: tf.erf(x)), ("erfc", lambda: tf.math.erfc(x)),
         ("atan", lambda: tf.atan(x)), ("asin", lambda: tf.asin(x * 0.4)), ("acos", lambda: tf.acos(x * 0.4)),
         ("sinh", lambda: tf.sinh(x)), ("cosh", lambda: tf.cosh(x)), ("atan2", lambda: tf.atan2(x, y)),
         ("floormod", lambda: tf.floormod(x, y)), ("mod", lambda: tf.mod(x, y)), ("log_sigmoid", lambda: tf.log_sigmoid(x)),
         ("elu", lambda: tf.nn.elu(x)), ("selu", lambda: tf.nn.selu(x)), ("relu6", lambda: tf.nn.relu6(x * 4.0)),
         ("silu", lambda: tf.nn.silu(x)), ("swish", lambda: tf.nn.swish(x, beta=2.0)), ("softsign", lambda: tf.nn.softsign(x)),
         ("softplus", lambda: tf.nn.softplus(x)),
         ("l2_normalize", lambda: tf.math.l2_normalize(x, axis=1)), ("l2_normalize all", lambda: tf.nn.l2_normalize(x)),
         ("logsumexp", lambda: tf.reduce_logsumexp(x, axis=1, keepdims=True)), ("logsumexp all", lambda: tf.reduce_logsumexp(x)),
         ("sin", lambda: tf.sin(x)), ("cos", lambda: tf.cos(x)), ("exp", lambda: tf.exp(x)), ("log1p", lambda: tf.log1p(x * x)),
         ("pow", lambda: tf.pow(x * x + 1.0, y)), ("maximum", lambda: tf.maximum(x, y)), ("floordiv", lambda: tf.floordiv(x, y)),
         ("rsqrt", lambda: tf.rsqrt(x * x + 0.5))]
with tf.Session() as sess:
    for name, build in cases:
        before = len(graph.get_operations())
        out = build()
        made = [op.name + ":" + op.type for op in graph.get_operations()[before:]]
        inputs = [x, y] if name in ("atan2", "floormod", "mod", "pow", "maximum", "floordiv") else [x]
        grads = tf.gradients(out, inputs)
        grad_ops = [op.name + ":" + op.type for op in graph.get_operations()[before + len(made):]]
        print(name, out.name, made)
        print("  grads", [g.name if g is not None else None for g in grads], grad_ops)
        value, grad_values = sess.run([out, [g for g in grads if g is not None]], feed_dict=feed)
        print(" ", value.tolist(), [g.tolist() for g in grad_values])
    print(sess.run(tf.truncatemod(tf.constant([7, -7]), tf.constant([3, 3]))))
    try:
        tf.expm1(tf.constant([1, 2]))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        tf.atan2(tf.constant([True]), tf.constant([False]))
    except TypeError as e:
        print(type(e).__name__, e)
