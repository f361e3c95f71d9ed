import numpy as np

a = np.arange(24).reshape(2, 3, 4)
m = np.arange(12, dtype=np.float32).reshape(3, 4)
v = np.array([10, 20, 30, 40, 50])
print(v[0], v[-1], v[1:3], v[::2], v[::-1], v[-2:], v[:0], v[10:], v[-100:2])
print(repr(v[0]), type(v[0]).__name__, repr(m[1, 2]), repr(m[1][2]))
print(m[1], m[:, 1], m[1:, ::2], m[-1, -1], m[..., 0], m[None].shape, m[:, None].shape, m[:, np.newaxis, :].shape)
print(a[1, 2], a[0, :, 1], a[..., -1], a[:, 1:, 2:].shape, a[0, ..., 0])
print(v[[0, 2, 4]], v[np.array([1, 1, 0])], v[[-1, -2]], m[[0, 2]], m[np.array([[0, 1], [2, 0]])].shape)
print(v[v > 25], m[m > 5], m[m[:, 0] > 3], v[np.array([True, False, True, False, True])])
print(m[:, [0, 3]], m[[0, 2], 1:3], m[[0, 1], [1, 2]], m[1, [0, 3]], a[:, [0, 2], 1])
print(m[np.array([0, 2]), np.array([3, 0])], a[[0, 1], :, [1, 2]], m[m.sum(axis=1) > 10, 1:])
print(v[np.int64(2)], v[np.int32(-1)], m[np.int64(1), 2], v[True] if False else "skip")
# assignment
w = np.zeros(6)
w[0] = 1
w[1:3] = [2, 3]
w[-1] = np.float32(9.5)
w[w == 0] = -1
w[[3]] = 7
print(w)
n = np.zeros((3, 3), dtype=np.int32)
n[0] = 5
n[:, 2] = [1, 2, 3]
n[1, 1] = 2.9
n[2, :2] = np.array([8, 9])
n[n > 7] = 0
n[..., 0] += 1
print(n, n.dtype)
n[[0, 2], [1, 1]] = 4
print(n)
n[:, [0]] = 3
print(n)
b = np.ones((2, 3))
b[:, 1:] *= 10
b[0, :] -= 1
print(b)
c = np.arange(5)
c[::2] = 0
c[c > 2] = c[c > 2] * 10
print(c)
# iteration and len
for row in m[:2]:
    print(row, len(row))
for x in v[:2]:
    print(repr(x))
print(len(a), len(a[0]), list(v[:3]), [int(x) for x in v[3:]], tuple(np.array([1.5])))
i, j = np.array([3, 4])
print(i, j, repr(i))
print(sum(v), max(v), min(np.array([3.0, 1.0])), sorted(np.array([3, 1, 2])), 20 in v, 21 in v)
# errors
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(lambda: v[5])
err(lambda: v[-6])
err(lambda: m[3, 0])
err(lambda: m[0, 4])
err(lambda: m[0, 0, 0])
err(lambda: v[[1, 7]])
err(lambda: v[1.5])
err(lambda: v["a"])
err(lambda: v[np.array([True, False])])
err(lambda: m[[0, 1], [0, 1, 2]])
err(lambda: len(np.array(5)))
err(lambda: iter(np.array(5)))
def setbad():
    v[1:3] = [1, 2, 3]
err(setbad)
def setbad2():
    v[9] = 1
err(setbad2)
