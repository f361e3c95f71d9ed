import numpy as np

# Bad arguments everywhere: every call must raise a Python exception (or return), never crash.
values = [None, "x", 1.5, -1, 0, 2**70, [], [[1], [2, 3]], (1, 2), {"a": 1}, np.ones(0), np.ones((2, 0)),
          np.float32(1), np.arange(3), np.zeros((2, 2), dtype=bool), np.array(["a"]), object(), slice(None), ..., True]
names = ["array", "asarray", "zeros", "ones", "full", "arange", "linspace", "eye", "reshape", "transpose", "dot", "matmul",
         "mean", "std", "var", "sum", "min", "max", "argmax", "argmin", "abs", "sqrt", "exp", "log", "square", "allclose",
         "isclose", "array_equal", "round", "clip", "concatenate", "hstack", "vstack", "stack", "where", "sort", "unique",
         "tile", "repeat", "diag", "expand_dims", "squeeze", "cumsum", "median", "maximum", "float32", "int64", "bool_"]
crashed = 0
count = 0
for name in names:
    f = getattr(np, name)
    for v in values:
        for args in ((v,), (v, v), (np.arange(4), v), (v, 1)):
            count += 1
            try:
                f(*args)
            except Exception:
                pass
for v in values:
    for w in values:
        a = np.arange(6).reshape(2, 3)
        for op in (lambda: a[v], lambda: a.__setitem__(v, w), lambda: a + v, lambda: v * a, lambda: a @ v,
                   lambda: a.reshape(v), lambda: a.astype(v), lambda: a.sum(axis=v), lambda: np.float64(1) + v,
                   lambda: np.random.seed(v), lambda: np.random.rand(v), lambda: np.random.choice(v, w),
                   lambda: np.linalg.inv(v), lambda: np.linalg.norm(v, w), lambda: a.__iadd__(v), lambda: np.c_[v, w]):
            count += 1
            try:
                op()
            except Exception:
                pass
# Methods called on the class, without an instance.
for cls, attrs in ((np.ndarray, ["copy", "sum", "reshape", "__repr__", "__getitem__", "__setitem__", "__iadd__", "item",
                                 "tolist", "astype", "__len__", "__iter__", "__bool__", "__float__", "dot", "T", "shape"]),
                   (np.float64, ["__repr__", "item", "__round__", "__add__", "__index__" if False else "astype", "__hash__"]),
                   (np.int64, ["__index__", "__int__", "__neg__"]),
                   (np.dtype, ["__repr__", "__eq__"]),
                   (np.random.RandomState, ["rand", "seed", "choice"])):
    for attr in attrs:
        count += 1
        try:
            m = getattr(cls, attr)
            if callable(m):
                m()
        except Exception:
            pass
for u in (np.add.reduce, np.add.accumulate, np.multiply.outer, np.sqrt, np.add):
    for args in ((), (1,), (1, 2, 3)):
        count += 1
        try:
            u(*args)
        except Exception:
            pass
print("done", count)
