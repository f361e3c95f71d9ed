# TF's CPU MatMul (oneDNN, on an AVX-512 machine) rounds differently from a plain sum of
# products, which is what tflearn computes. Measured with random matrices against models:
# - one row (m = 1), or more than one column (n > 1): each output is a chain of fused
#   multiply-adds over k, from zero;
# - a matrix times a vector (n = 1, m > 1) with k <= 5: the products, rounded, added in adjacent
#   pairs as a horizontal add does: ((p0 + p1) + (p2 + p3)) + p4; for larger k some other order
#   (not found yet).
import numpy as np
import tensorflow as tf

np.random.seed(7)
for m, k, n in [(1, 2, 1), (1, 3, 1), (2, 8, 3), (4, 5, 1), (5, 17, 2)]:
    a = np.random.randn(m, k).astype(np.float32)
    b = np.random.randn(k, n).astype(np.float32)
    print((m, k, n), tf.matmul(a, b).numpy().ravel().tolist())
