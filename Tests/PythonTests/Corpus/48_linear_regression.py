# tiny linear regression by gradient descent on lists of floats (TF-program shaped)
xs = [i / 10 for i in range(20)]
noise = [((i * 37) % 11 - 5) / 50 for i in range(20)]
true_w, true_b = 2.5, -0.75
ys = [true_w * x + true_b + n for x, n in zip(xs, noise)]
print("samples:", len(xs))
print("first xs:", xs[:5])
print("first ys:", [round(y, 4) for y in ys[:5]])
print(f"mean x = {sum(xs) / len(xs):.4f}, mean y = {sum(ys) / len(ys):.4f}")

def predict(w, b, x):
    return w * x + b

def mse(w, b):
    return sum((predict(w, b, x) - y) ** 2 for x, y in zip(xs, ys)) / len(xs)

w, b = 0.0, 0.0
lr = 0.1
history = []
for epoch in range(1, 201):
    n = len(xs)
    grad_w = sum(2 * (predict(w, b, x) - y) * x for x, y in zip(xs, ys)) / n
    grad_b = sum(2 * (predict(w, b, x) - y) for x, y in zip(xs, ys)) / n
    w -= lr * grad_w
    b -= lr * grad_b
    loss = mse(w, b)
    history.append(loss)
    if epoch <= 5 or epoch % 25 == 0:
        print(f"epoch {epoch:3d}  loss={loss:.6f}  w={w:+.5f}  b={b:+.5f}  |grad|={abs(grad_w) + abs(grad_b):.3e}")

print(f"final: w={w:.6f} b={b:.6f} loss={history[-1]:.6f}")
print(f"loss decreased monotonically: {all(a >= c for a, c in zip(history, history[1:]))}")
print(f"best epoch: {history.index(min(history)) + 1}, improvement: {history[0] / history[-1]:.2f}x")

n = len(xs)
mx = sum(xs) / n
my = sum(ys) / n
cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
var = sum((x - mx) ** 2 for x in xs)
w_exact = cov / var
b_exact = my - w_exact * mx
print(f"closed form: w={w_exact:.6f} b={b_exact:.6f} loss={mse(w_exact, b_exact):.6f}")
print(f"gap to closed form: dw={abs(w - w_exact):.2e} db={abs(b - b_exact):.2e}")

print("predictions:")
for x in [0.0, 0.5, 1.0, 1.9, 3.0]:
    print(f"  x={x:4.1f}  y_hat={predict(w, b, x):8.4f}  y_exact={predict(w_exact, b_exact, x):8.4f}")

residuals = [y - predict(w_exact, b_exact, x) for x, y in zip(xs, ys)]
print("sum of residuals ~ 0:", abs(sum(residuals)) < 1e-9, f"max |res| = {max(abs(r) for r in residuals):.4f}")
ss_res = sum(r * r for r in residuals)
ss_tot = sum((y - my) ** 2 for y in ys)
print(f"R^2 = {1 - ss_res / ss_tot:.6f}")

# mini-batch SGD with a fixed batch order
w2, b2 = 0.0, 0.0
batch = 4
for epoch in range(30):
    for start in range(0, n, batch):
        bx = xs[start:start + batch]
        by = ys[start:start + batch]
        m = len(bx)
        gw = sum(2 * (w2 * x + b2 - y) * x for x, y in zip(bx, by)) / m
        gb = sum(2 * (w2 * x + b2 - y) for x, y in zip(bx, by)) / m
        w2 -= 0.05 * gw
        b2 -= 0.05 * gb
    if epoch % 10 == 9:
        print(f"sgd epoch {epoch + 1:2d}: loss={mse(w2, b2):.6f} w={w2:.4f} b={b2:.4f}")
print(f"{'method':<10}{'w':>10}{'b':>10}{'loss':>12}")
for name, (ww, bb) in [("gd", (w, b)), ("sgd", (w2, b2)), ("exact", (w_exact, b_exact)), ("true", (true_w, true_b))]:
    print(f"{name:<10}{ww:>10.4f}{bb:>10.4f}{mse(ww, bb):>12.6f}")
