# TF's CPU MatMul (oneDNN) rounds as fused multiply-adds do when the product has one row or
# more than one column: each output is a chain of them over k, from zero.
# (A matrix times a vector sums otherwise: known/matvec_rounding.py.)
import numpy as np
import tensorflow as tf

np.random.seed(7)
for m, k, n in [(1, 2, 1), (1, 3, 1), (1, 40, 1), (2, 8, 3), (5, 17, 2), (3, 2, 4), (1, 9, 7), (2, 2, 1), (3, 3, 1)]:
    a = np.random.randn(m, k).astype(np.float32)
    b = np.random.randn(k, n).astype(np.float32)
    print((m, k, n), tf.matmul(a, b).numpy().ravel().tolist())
