# TF's CPU MatMul (oneDNN) rounds differently from a plain sum of products: a product with one
# row accumulates with fused multiply-adds, and matrix-vector products of more than a few terms
# add in another order. tflearn adds the products one by one from zero.
import numpy as np
import tensorflow as tf

np.random.seed(7)
for m, k, n in [(1, 2, 1), (1, 3, 1), (2, 8, 3), (4, 5, 1), (5, 17, 2)]:
    a = np.random.randn(m, k).astype(np.float32)
    b = np.random.randn(k, n).astype(np.float32)
    print((m, k, n), tf.matmul(a, b).numpy().ravel().tolist())
