# a small Matrix class with __matmul__, __add__, __mul__, __repr__, transpose, shape errors
class ShapeError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{v:g}" if isinstance(v, float) else str(v) for v in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v + other for v in r] for r in self.rows])
        if self.shape != other.shape:
            raise ShapeError(f"cannot add {self.shape} and {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Matrix([[-v for v in r] for r in self.rows])

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ShapeError(f"matmul shape mismatch: {self.shape} @ {other.shape}")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])

    def T(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def sum(self):
        return sum(sum(r) for r in self.rows)

    def map(self, fn):
        return Matrix([[fn(v) for v in r] for r in self.rows])


A = Matrix([[1, 2, 3], [4, 5, 6]])
B = Matrix([[7, 8], [9, 10], [11, 12]])
I3 = Matrix.identity(3)
print(repr(A))
print(A)
print("shape:", A.shape, B.shape, len(A), A[1, 2])
C = A @ B
print("A @ B =", C)
print(C)
print("B @ A =", B @ A)
print("A @ I =", A @ I3, (A @ I3) == A, A == Matrix([[1, 2, 3], [4, 5, 6]]), A == "A")
print("A.T =", A.T(), "A.T.T == A:", A.T().T() == A)
print("A + A =", A + A)
print("A * 2 =", A * 2, "| 0.5 * A =", 0.5 * A)
print("A + 1 =", A + 1, "| 1 + A =", 1 + A)
print("-A =", -A, "| A - A =", A - A)
print("sum:", A.sum(), (A @ B).sum(), sum(sum(r) for r in A))
print("rows via iter:", [r for r in A], [max(r) for r in B])
Z = Matrix.zeros(2, 2)
Z[0, 1] = 5
Z[1, 0] = -2.5
print(Z)
print(repr(Z))
for bad in [lambda: A @ A, lambda: A + B, lambda: Matrix([[1, 2], [3]]), lambda: Matrix([])]:
    try:
        bad()
    except ShapeError as e:
        print("ShapeError:", e)
W = Matrix([[0.5, -0.25], [0.125, 1.0]])
x = Matrix([[2.0], [4.0]])
h = W @ x
print("W @ x =", h)
relu = h.map(lambda v: v if v > 0 else 0.0)
print("relu:", relu)
print(Matrix([[0.1, 0.2], [0.3, 0.4]]) @ Matrix([[1.0, 0.0], [0.0, 1.0]]))
print(repr(Matrix([[0.1 + 0.2, 1e-7], [1e16, -0.0]])))
print(Matrix([[1.5, 22.25], [-3.0, 1e-5]]))
P = Matrix([[1, 1], [1, 0]])
R = Matrix.identity(2)
for _ in range(30):
    R = R @ P
print("fib via matrix power:", R, R[0, 1])
big = Matrix([[i * 4 + j for j in range(4)] for i in range(4)])
print(big)
print(big @ big)
print((big @ big.T()).T() == big @ big.T())
