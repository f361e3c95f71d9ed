import numpy as np

# numpy computes float32 exp, log, sin, cos, tanh, ... with its own SIMD approximations (and
# SVML on AVX-512 machines); TensorCore uses the C library, which differs in the last bit.
x = np.array([0.25, 1.0, 4.0], dtype=np.float32)
for f in (np.exp, np.log, np.sin, np.cos, np.tanh, np.log1p, np.expm1, np.tan, np.arctan, np.log10):
    print(f.__name__, repr(f(x)))
print(repr(np.exp(-x) / (1 + np.exp(-x))))
