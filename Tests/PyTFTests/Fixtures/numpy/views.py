import numpy as np

a = np.arange(12).reshape(3, 4)
row = a[0]
row[1] = 100
print(a[0], row.base is a or row.base is not None)
col = a[:, 2]
col += 1000
print(a)
a[1][2] = -5
print(a[1])
t = a.T
t[0, 0] = 7
print(a[0, 0], t.shape, t.flags if False else "")
r = a.reshape(-1)
r[-1] = 42
print(a[2, 3], r.shape)
flat = a.ravel()
flat[0] = 1
print(a[0, 0])
copy = a.flatten()
copy[0] = -1
print(a[0, 0], copy[0])
c2 = a.copy()
c2[:] = 0
print(a.sum() != 0, c2.sum())
sub = a[1:, 1:]
sub[...] = 9
print(a)
s2 = sub[0]
s2[:] = [1, 2, 3]
print(a[1], sub)
v = a[::2, ::-1]
v[0, 0] = 555
print(a[0], v)
a[:, 0] = a[:, 0] * 2
print(a[:, 0])
w = np.zeros(5)
w[1:4] += np.array([1.0, 2.0, 3.0])
w[[0, 4]] -= 1
print(w)
x = np.ones((2, 3))
y = x[0]
x += 1
print(y, x[0] is y)
x[0] = [5, 6, 7]
print(y)
z = np.arange(6.0)
zz = z[1:5]
zz *= 10
print(z)
m = np.eye(3)
m[np.arange(3), np.arange(3)] = [1, 2, 3]
print(m)
n = np.zeros((2, 2))
n[0][1] = 3
n[1, :][0] = 4
print(n)
t2 = np.arange(6).reshape(2, 3).T.reshape(-1)
t2[0] = 99
print(t2)
e = np.arange(4)
e2 = e[np.newaxis, :]
e2[0, 1] = 77
print(e, e2.shape)
sq = np.zeros((1, 3, 1))
s3 = sq.squeeze()
s3[1] = 5
print(sq.ravel())
f = np.arange(5)
g = np.flip(f)
g[0] = 40
print(f, g)
h = np.arange(10)
np.random.seed(0)
np.random.shuffle(h[2:8])
print(h)
q = np.arange(6).reshape(2, 3)
for row in q:
    row[0] = -1
print(q)
q2 = q.astype(np.float32)
q2[0, 0] = 0.5
print(q[0, 0], q2[0, 0])
b1 = np.array([1, 2, 3])
b2 = np.asarray(b1)
b2[0] = 10
b3 = np.array(b1)
b3[1] = 20
print(b1, b2 is b1, b3)
k = np.arange(9).reshape(3, 3)
k[k > 4] = 0
k[1] *= 2
print(k)
