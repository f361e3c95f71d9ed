import numpy as np

# numpy's types are C types named `numpy.float64`, `numpy.ndarray` in CPython's own messages.


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: np.float64(1.5).foo)
err(lambda: np.ones(2).foo)
err(lambda: [1, 2][np.float32(0)])
err(lambda: hash(np.ones(2)))
err(lambda: {np.ones(2): 1})
err(lambda: len(np.float64(2.0)))
