# math module: sqrt exp log floor ceil pi e inf nan isnan isinf isclose fabs pow log10 log2 trig
import math

print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.sqrt(0), math.sqrt(1e100))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10), math.exp(0.5))
print(math.log(1), math.log(math.e), math.log(10), math.log(100, 10), math.log(8, 2), math.log(0.5))
print(math.log10(1000), math.log10(2), math.log10(0.001), math.log2(1024), math.log2(3), math.log2(0.125))
print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.ceil(2.1), math.ceil(-2.1), math.ceil(7))
print(type(math.floor(2.7)).__name__, type(math.ceil(2.5)).__name__, math.floor(1e20), math.ceil(-0.5))
print(math.trunc(2.9), math.trunc(-2.9), math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(9, 0.5), math.pow(-2, 3), math.pow(1, math.inf))
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(float('nan')), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isfinite(math.nan))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(round(math.sin(math.pi), 12), round(math.cos(math.pi / 2), 12), math.atan(1) * 4)
print(math.hypot(3, 4), math.tanh(0.5), math.tanh(-20), math.atan(0.5))
print(math.factorial(0), math.factorial(5), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 64, 6 ** 20))
print(math.floor(-0.0), math.ceil(-0.0), math.sqrt(-0.0))
for x in [0.5, 1, 2, 10, 100, 1e-3]:
    print(f"x={x:<6} sqrt={math.sqrt(x):.6f} ln={math.log(x):+.6f} log10={math.log10(x):+.4f} exp={math.exp(x) if x < 50 else 'big'}")
for deg in range(0, 361, 45):
    r = deg * math.pi / 180
    print(f"{deg:3d} deg: sin={math.sin(r):+.4f} cos={math.cos(r):+.4f}")
def sigmoid(z):
    return 1 / (1 + math.exp(-z))
print([round(sigmoid(z), 4) for z in range(-3, 4)])
print(sigmoid(0), sigmoid(100), sigmoid(-30))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.factorial(-1)]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(3.999999999999999), math.floor(3.9999999999999999))
print(math.inf > 10 ** 400, -math.inf < -10 ** 400, math.inf == float('inf'))
