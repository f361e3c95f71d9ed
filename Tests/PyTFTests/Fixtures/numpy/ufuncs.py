import numpy as np

x = np.array([0.25, 1.0, 4.0], dtype=np.float32)
y = np.array([-2.5, 0.0, 3.5])
n = np.array([-3, 0, 4])
for f in (np.abs, np.sqrt, np.square, np.floor, np.ceil, np.sign, np.negative, np.rint, np.trunc, np.reciprocal):
    print(f.__name__, repr(f(x)), repr(f(y)) if f is not np.sqrt else "", repr(f(n)) if f not in (np.sqrt, np.rint) else "")
for f in (np.exp, np.log, np.sin, np.cos, np.tanh, np.log1p, np.expm1, np.arctan, np.log2, np.log10):
    print(f.__name__, repr(f(np.abs(y) + 0.5)), repr(f(n + 4)))
print(repr(np.sqrt(4)), repr(np.sqrt(np.float32(2))), repr(np.exp(1)), repr(np.log(np.e)), repr(np.abs(-3)), repr(np.abs(-2.5)), repr(np.square(3)))
print(repr(np.sqrt([1, 4, 9])), repr(np.exp([0, 1])), repr(np.sin(np.pi / 2)), repr(np.cos(0.0)))
print(repr(np.maximum(x, 1)), repr(np.minimum(y, n)), repr(np.maximum(0, y)), repr(np.power(n, 2)), repr(np.power(2.0, n)))
print(repr(np.add(x, 1)), repr(np.subtract(y, 1)), repr(np.multiply(n, 2)), repr(np.divide(n, 2)), repr(np.true_divide(1, 4)), repr(np.floor_divide(n, 2)), repr(np.mod(n, 3)))
print(repr(np.round(2.5)), repr(np.round(3.5)), repr(np.round(np.array([0.5, 1.5, 2.5, -0.5]))), repr(np.round(y, 1)), repr(np.round(np.float32(1.23456), 3)), repr(np.round(1234.5678, -2)))
print(repr(np.round(n, -1)), repr(np.around(x, 2)), repr(x.round(1)), repr(np.round(np.array([1.005, 2.675]), 2)))
print(repr(np.clip(y, -1, 1)), repr(np.clip(n, 0, None)), repr(np.clip(x, 0.5, 2)), repr(y.clip(0, 3)), repr(np.clip(5, 0, 3)))
print(np.allclose(x, x + 1e-7), np.allclose([1.0, 2.0], [1.0, 2.1]), np.allclose(1.0, 1.0 + 1e-9), np.allclose(x, x, atol=0, rtol=0))
print(repr(np.isclose(y, [-2.5, 1e-9, 3.5001])), repr(np.isclose(1.0, 1.00001)), np.allclose([np.nan], [np.nan]), np.allclose([np.nan], [np.nan], equal_nan=True))
print(np.array_equal(n, [-3, 0, 4]), np.array_equal(n, n[:2]), np.array_equal(x, x.astype(np.float64)), np.array_equiv([1, 1], 1) if False else "")
print(repr(np.isnan(np.array([1.0, np.nan]))), repr(np.isinf(np.array([np.inf, 1]))), repr(np.isfinite(np.array([np.inf, 1, np.nan]))))
print(repr(np.exp(np.array([1000.0]))), repr(np.log(np.array([0.0]))), repr(np.sqrt(np.array([-1.0]))))
print(repr(np.dot(x, x)), repr(np.dot(2, 3)), repr(np.dot(n, 2)), repr(np.matmul(np.eye(2), [1, 2])), repr(np.sum(x * x)), repr(np.inner(n, n)) if False else "")
print(repr(np.logical_and(n > 0, n < 5)), repr(np.logical_or(n > 0, n < -1)), repr(np.logical_not(n > 0)), repr(np.mean(np.abs(y))))

print(repr(np.float32(2) * x), repr(np.sum(x) / len(x)))