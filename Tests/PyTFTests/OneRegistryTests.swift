import Testing
@testable import PyTF
import Python

/// One op registry, three drivers: for each differentiable op, the gradient from
/// `tf.compat.v1.gradients` in a graph, from `GradientTape` eagerly and from `GradientTape`
/// inside `tf.function` are equal (to the last few bits: the drivers may add several incoming
/// gradients in a different order), and match central finite differences (float64).
@Suite("One registry: graph, eager tape and traced tape agree")
struct OneRegistryTests {
    static let program = #"""
    import tensorflow as tf
    v1 = tf.compat.v1

    cases = {
        "square": lambda x: tf.square(x),
        "sqrt": lambda x: tf.sqrt(x),
        "exp": lambda x: tf.exp(x),
        "log": lambda x: tf.math.log(x),
        "abs": lambda x: tf.abs(x),
        "negative": lambda x: tf.negative(x),
        "relu": lambda x: tf.nn.relu(x - 1.5),
        "sigmoid": lambda x: tf.sigmoid(x),
        "tanh": lambda x: tf.tanh(x),
        "add": lambda x: x + x * 2.0,
        "subtract": lambda x: 3.0 - x,
        "multiply": lambda x: x * x,
        "divide": lambda x: 1.0 / x + x / 4.0,
        "pow": lambda x: tf.pow(x, 3.0),
        "maximum": lambda x: tf.maximum(x, 1.6),
        "minimum": lambda x: tf.minimum(x, 1.6),
        "matmul": lambda x: tf.matmul(tf.reshape(x, [2, 2]), tf.reshape(x, [2, 2])),
        "transpose": lambda x: tf.transpose(tf.reshape(x, [2, 2])) * tf.constant([[1.0, 2.0], [3.0, 4.0]], dtype=tf.float64),
        "reduce_sum": lambda x: tf.reduce_sum(x * x),
        "reduce_mean": lambda x: tf.reduce_mean(x * x),
        "reduce_max": lambda x: tf.reduce_max(x * tf.constant([1.0, 3.0, 2.0, 0.5], dtype=tf.float64)),
        "matrix_inverse": lambda x: tf.linalg.inv(tf.reshape(x, [2, 2])),
        "concat": lambda x: tf.concat([x, x * x], 0),
        "slice": lambda x: x[1:3] * x[:2],
        "add_n": lambda x: tf.add_n([x, x * x, tf.exp(x)]),
        "softmax": lambda x: tf.nn.softmax(tf.reshape(x, [2, 2])),
        "log_softmax": lambda x: tf.nn.log_softmax(tf.reshape(x, [2, 2])),
        "softmax_cross_entropy": lambda x: tf.nn.softmax_cross_entropy_with_logits(
            labels=tf.constant([[0.2, 0.8], [1.0, 0.0]], dtype=tf.float64), logits=tf.reshape(x, [2, 2])),
        "sparse_softmax_cross_entropy": lambda x: tf.nn.sparse_softmax_cross_entropy_with_logits(labels=[1, 0], logits=tf.reshape(x, [2, 2])),
        "sin": lambda x: tf.sin(x),
        "cos": lambda x: tf.cos(x),
        "log1p": lambda x: tf.math.log1p(x),
        "softplus": lambda x: tf.nn.softplus(x - 2.0),
        "leaky_relu": lambda x: tf.nn.leaky_relu(x - 1.5),
        "l2_loss": lambda x: tf.nn.l2_loss(x * 2.0),
        "stack_unstack": lambda x: tf.stack(tf.unstack(tf.reshape(x, [2, 2]), axis=1)[::-1]) * x[0],
        "squeeze_expand_dims": lambda x: tf.squeeze(tf.expand_dims(x, 0)) * x,
        "where": lambda x: tf.where(x > 1.5, x * x, x * 3.0),
        "gather": lambda x: tf.gather(x, [3, 0, 3]) * tf.gather(x, [1, 1, 2]),
        "cumsum": lambda x: tf.cumsum(x * x, exclusive=True) * tf.cumsum(tf.reshape(x, [2, 2]), axis=1, reverse=True)[1][0],
        "cumprod": lambda x: tf.math.cumprod(x, exclusive=True) + tf.math.cumprod(tf.reshape(x, [2, 2]), axis=1, reverse=True)[1][0],
        "reduce_std_moments": lambda x: tf.math.reduce_std(tf.reshape(x, [2, 2]), axis=0) + tf.nn.moments(x * x, axes=[0])[1],
        "clip_by_norm": lambda x: tf.clip_by_norm(x, 2.0) + tf.norm(x),
        "pad": lambda x: tf.pad(tf.reshape(x * x, [2, 2]), [[1, 0], [0, 2]]) * 1.5 + tf.pad(x, [[1, 1]], constant_values=2.0)[1],
        "split": lambda x: tf.split(x * x, 2)[1] * tf.split(x, [1, 3])[1][:2],
        "sort": lambda x: tf.sort(x * tf.constant([1.0, -2.0, 0.5, 1.0], dtype=tf.float64)),
        "top_k": lambda x: tf.math.top_k(x * tf.constant([1.0, -2.0, 0.5, 1.0], dtype=tf.float64), 3).values,
        "boolean_mask": lambda x: tf.reshape(tf.boolean_mask(x * x, [True, False, True, True]), [3]),
        "linspace": lambda x: tf.linspace(x[0] * x[1], x[3], 5),
        "rsqrt": lambda x: tf.math.rsqrt(x),
        "mirror_pad": lambda x: tf.pad(tf.reshape(x, [2, 2]), [[1, 1], [1, 0]], mode="REFLECT") * 1.5
            + tf.pad(x * x, [[2, 1]], mode="SYMMETRIC")[0],
        "divide_no_nan": lambda x: tf.math.divide_no_nan(x * x, x + 1.0) + tf.math.divide_no_nan(x, tf.zeros_like(x)),
        "expm1": lambda x: tf.math.expm1(x - 1.5),
        "tan": lambda x: tf.tan(x * 0.5),
        "erf": lambda x: tf.math.erf(x - 1.5),
        "erfc": lambda x: tf.math.erfc(x - 1.5),
        "atan": lambda x: tf.atan(x * 2.0 - 3.0),
        "asin": lambda x: tf.asin(x * 0.3),
        "acos": lambda x: tf.acos(x * 0.3),
        "sinh": lambda x: tf.sinh(x - 1.5),
        "cosh": lambda x: tf.cosh(x - 1.5),
        "atan2": lambda x: tf.atan2(x - 1.5, x[::-1] - 2.0),
        "floormod": lambda x: tf.math.floormod(x * 3.0, x + 0.5),
        "log_sigmoid": lambda x: tf.math.log_sigmoid(x * 2.0 - 3.0),
        "elu": lambda x: tf.nn.elu(x - 1.5),
        "selu": lambda x: tf.nn.selu(x - 1.5),
        "relu6": lambda x: tf.nn.relu6(x * 3.0 - 2.0),
        "gelu": lambda x: tf.nn.gelu(x - 1.5),
        "gelu_tanh": lambda x: tf.nn.gelu(x - 1.5, approximate=True),
        "silu": lambda x: tf.nn.silu(x - 1.5),
        "swish_beta": lambda x: tf.nn.swish(x - 1.5, beta=1.5),
        "softsign": lambda x: tf.nn.softsign(x - 1.5),
        "l2_normalize": lambda x: tf.math.l2_normalize(tf.reshape(x, [2, 2]), axis=1) + tf.reshape(tf.nn.l2_normalize(x), [2, 2]),
        "reduce_logsumexp": lambda x: tf.reduce_logsumexp(tf.reshape(x, [2, 2]), axis=1) * tf.math.reduce_logsumexp(x),
        "slice_op": lambda x: tf.slice(tf.reshape(x * x, [2, 2]), [0, 1], [2, 1]) * tf.slice(x, [1], [-1])[0],
        "reverse": lambda x: tf.reverse(tf.reshape(x * x, [2, 2]), [0, -1]) * tf.reverse(x, [0])[:2],
        "broadcast_to": lambda x: tf.broadcast_to(tf.reshape(x, [2, 1, 2]), [2, 3, 2]) * tf.broadcast_to(x[1] * x[2], [3, 1]),
    }
    x0 = [0.8, 1.3, 2.1, 2.7]
    weights = tf.constant([[1.0, 0.5], [2.0, -1.0]], dtype=tf.float64)

    def weighted(y):
        flat = tf.reshape(y, [-1])
        n = flat.shape[0]
        return tf.reduce_sum(flat * tf.constant([1.0 + 0.5 * k for k in range(n)], dtype=tf.float64))

    for name, f in cases.items():
        # Eager tape.
        x = tf.constant(x0, dtype=tf.float64)
        with tf.GradientTape() as tape:
            tape.watch(x)
            l = weighted(f(x))
        eager = tape.gradient(l, x).numpy().tolist()

        # Tape inside tf.function.
        @tf.function
        def traced(x):
            with tf.GradientTape() as tape:
                tape.watch(x)
                l = weighted(f(x))
            return tape.gradient(l, x)
        in_function = traced(tf.constant(x0, dtype=tf.float64)).numpy().tolist()

        # tf.gradients in a graph.
        g = tf.Graph()
        with g.as_default():
            gx = v1.placeholder(tf.float64, shape=[4])
            gl = weighted(f(gx))
            grad = v1.gradients(gl, gx)[0]
            with v1.Session(graph=g) as sess:
                graph = sess.run(grad, feed_dict={gx: x0}).tolist()

        # Central differences.
        numeric = []
        for k in range(4):
            plus = list(x0)
            minus = list(x0)
            plus[k] += 1e-6
            minus[k] -= 1e-6
            fp = float(weighted(f(tf.constant(plus, dtype=tf.float64))))
            fm = float(weighted(f(tf.constant(minus, dtype=tf.float64))))
            numeric.append((fp - fm) / 2e-6)

        def equal(a, b):
            return all(abs(p - q) <= 1e-13 * max(1.0, abs(p)) for p, q in zip(a, b))
        same = equal(eager, in_function) and equal(in_function, graph)
        close = all(abs(a - b) <= 1e-5 * max(1.0, abs(b)) for a, b in zip(eager, numeric))
        print(name, "ok" if same and close else "MISMATCH", eager if not (same and close) else "", in_function if not same else "", graph if not same else "", numeric if not close else "")
    """#

    @Test("every differentiable op's gradient agrees across the three drivers and finite differences")
    func agree() {
        let run = runTFProgram(Self.program, filename: "registry.py")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 77, "\(run.stdout)\(run.stderr)")
        for line in lines {
            #expect(line.hasSuffix(" ok    ") || line.contains(" ok"), "\(line)")
            #expect(!line.contains("MISMATCH"), "\(line)")
        }
    }
}
