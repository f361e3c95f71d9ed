# TF's CPU MatMul (oneDNN, on an AVX-512 machine) multiplies a matrix by a vector (n = 1, m > 1)
# without fused multiply-adds, adding the rounded products in another order than one by one.
# With k <= 5 the order is that of a horizontal add, adjacent pairs first:
# ((p0 + p1) + (p2 + p3)) + p4; for larger k it is not found yet (random matrices tested
# against lane-accumulator models of 2 to 16 lanes, fused or not, with tree, sequential and
# adjacent final sums). tflearn adds the products one by one from zero.
import numpy as np
import tensorflow as tf

np.random.seed(11)
for m, k in [(2, 4), (4, 5), (4, 9), (20, 9), (3, 33)]:
    a = np.random.randn(m, k).astype(np.float32)
    b = np.random.randn(k, 1).astype(np.float32)
    print((m, k, 1), tf.matmul(a, b).numpy().ravel().tolist())
