/// A TensorFlow-style lesson program of over 100 lines, using most of the syntax the
/// interpreter supports.
let realisticProgram = #"""
"""Train a tiny linear model with TensorFlow 1.x-style graphs and 2.x-style eager code."""
from __future__ import annotations

import math
import os.path
import numpy as np
import tensorflow as tf
from tensorflow.compat import v1 as tf1
from . import helpers
from ..common.utils import (load_data, save_model,
                            Timer as T,)

LEARNING_RATE = 0.01
EPOCHS: int = 1_000
BATCH = 32
SHAPES = {'w': [3, 1], 'b': [1], **helpers.EXTRA}
_private = None


def make_data(n: int = 100, *, noise: float = 0.1, seed=None) -> tuple:
    """Returns features and labels."""
    rng = np.random.RandomState(seed if seed is not None else 42)
    x = rng.rand(n, 3).astype(np.float32)
    true_w = np.array([[1.0], [-2.0], [0.5]], dtype=np.float32)
    y = x @ true_w + 0.3 + noise * rng.randn(n, 1)
    return x, y


class LinearModel(tf.Module):
    """y = x @ w + b"""

    def __init__(self, name=None, **kwargs):
        super().__init__(name=name)
        self.w = tf.Variable(tf.zeros(SHAPES['w']), name="w")
        self.b = tf.Variable(tf.zeros(SHAPES['b']), name='b')
        self.history = []

    @tf.function(input_signature=[tf.TensorSpec(shape=[None, 3], dtype=tf.float32)])
    def __call__(self, x):
        return tf.matmul(x, self.w) + self.b

    @property
    def n_params(self) -> int:
        return sum(int(np.prod(v.shape)) for v in self.trainable_variables)

    def fit(self, x, y, epochs=EPOCHS, lr=LEARNING_RATE, verbose=False):
        opt = tf.keras.optimizers.SGD(learning_rate=lr)
        for epoch in range(epochs):
            with tf.GradientTape() as tape:
                loss = tf.reduce_mean(tf.square(self(x) - y))
            grads = tape.gradient(loss, [self.w, self.b])
            opt.apply_gradients(zip(grads, [self.w, self.b]))
            self.history.append(float(loss))
            if verbose and epoch % 100 == 0:
                print(f"epoch {epoch:4d}: loss={float(loss):.4f} w={self.w.numpy().ravel()!r}")
            elif not math.isfinite(self.history[-1]):
                raise ValueError("diverged") from None
        else:
            print('done', end='\n')
        return self


def graph_mode(x_data, y_data):
    tf1.disable_eager_execution()
    g = tf1.Graph()
    with g.as_default(), tf1.Session(graph=g) as sess:
        x = tf1.placeholder(tf.float32, shape=(None, 3), name="x")
        y = tf1.placeholder(tf.float32, shape=[None, 1])
        w = tf1.get_variable("w", shape=[3, 1], initializer=tf1.zeros_initializer())
        b = tf1.get_variable("b", shape=[1])
        pred = tf.matmul(x, w) + b
        loss = tf.reduce_mean((pred - y) ** 2)
        train = tf1.train.GradientDescentOptimizer(0.1).minimize(loss)
        sess.run(tf1.global_variables_initializer())
        feed = {x: x_data, y: y_data}
        for step in range(200):
            _, l = sess.run([train, loss], feed_dict=feed)
            if step % 50 == 0: print("step", step, "loss", l); continue
        w_val, b_val = sess.run([w, b])
    return w_val, b_val


def stats(values, *rest, key=lambda v: v, **options):
    total = 0.0
    count = 0
    while values:
        v, *values = values
        total += key(v)
        count += 1
    mean = total / count if count else float('nan')
    squares = [(key(v) - mean) ** 2 for v in rest if v is not None]
    pairs = {i: v for i, v in enumerate(squares) if i % 2 == 0}
    uniq = {round(v, 3) for v in squares}
    return {'mean': mean, 'n': count, "pairs": pairs, 'uniq': sorted(uniq), **options}


def main(argv=None):
    x, y = make_data(n=BATCH * 4, noise=0.05)
    model = LinearModel(name="linear").fit(x, y, epochs=300, verbose=True)
    assert model.w.shape == (3, 1), "bad shape"
    assert model.n_params == 4
    try:
        w, b = graph_mode(x, y)
    except (RuntimeError, ValueError) as err:
        print("graph mode failed:", err)
        w = b = None
    except Exception:
        raise
    finally:
        tf1.reset_default_graph()
    results = stats(model.history[-10:], *model.history[:5], key=abs, label='loss')
    print(f"{'mean':>8} = {results['mean']:.3e}", results["n"])
    first, second, *others = model.w.numpy()[:, 0]
    mask = x[:, 0] > 0.5
    print(x[mask][:2, ::2], x[None, :].shape, x[..., 1].sum())
    del first, second
    matrix = [[i * j for j in range(3)] for i in range(3)]
    flat = [v for row in matrix for v in row if v]
    if (n := len(flat)) > 3:
        print(n, flat, -2 ** 2, 2 ** -1, ~0, not flat, 1 < n <= 10 != 11)
    global _private
    _private = lambda a, /, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
    s = 'multi' \
        'line'
    text = """triple
    quoted""" + r'\raw' + b'bytes'.decode()
    return 0 if model.history[-1] < 1e-2 else 1


if __name__ == '__main__':
    import sys; sys.exit(main(sys.argv[1:]))
"""#
