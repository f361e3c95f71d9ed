import numpy as np

m = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]], dtype=np.float32)
d = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.5]])
i = np.arange(12).reshape(3, 4)
b = np.array([[True, False], [True, True]])
for x in (m, d, i, b):
    print(repr(x.sum()), repr(x.sum(axis=0)), repr(x.sum(axis=1, keepdims=True)), repr(np.sum(x, axis=-1)))
    print(repr(x.mean()), repr(x.mean(axis=0)), repr(np.mean(x, axis=1, keepdims=True)))
    print(repr(x.max()), repr(x.min(axis=0)), repr(np.max(x, axis=1)), repr(np.min(x)), repr(np.amax(x, axis=0)))
    print(repr(x.argmax()), repr(x.argmin()), repr(x.argmax(axis=0)), repr(np.argmax(x, axis=1)), repr(np.argmin(x, axis=-1)))
    if x.dtype != bool:
        print(repr(x.std()), repr(x.std(axis=0)), repr(np.std(x, axis=1, ddof=1)), repr(x.var()), repr(np.var(x, axis=0)))
        print(repr(x.prod()), repr(np.prod(x, axis=0)), repr(np.cumsum(x)), repr(np.median(x)))
print(repr(np.sum([1, 2, 3])), repr(np.mean([1, 2])), repr(np.max([1.5, 0.5])), repr(np.sum(np.float32(2.5))), repr(np.mean(3)))
print(repr(i.sum(axis=(0, 1))), repr(np.sum(i, axis=(1,))), repr(i.mean(axis=(0, 1), keepdims=True)))
print(repr(np.all(b)), repr(np.any(b, axis=1)), repr(b.all(axis=0)), repr(b.any()), repr((i > 5).sum()), repr((i > 5).mean()))
print(repr(np.sum(i, dtype=np.float32)), repr(i.sum(0)), repr(m.sum(1)), repr(np.arange(1000000, dtype=np.float32).sum()))
x = np.linspace(0, 1, 101, dtype=np.float32)
print(repr(x.sum()), repr(x.mean()), repr(x.std()), repr((x * x).sum()), repr(np.square(x).mean()))
print(repr(np.array([]).sum()), repr(np.zeros((0, 3)).sum(axis=0)))
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: i.sum(axis=2))
err(lambda: np.array([]).max())
err(lambda: i.argmax(axis=3))
err(lambda: np.mean(i, axis=-3))
