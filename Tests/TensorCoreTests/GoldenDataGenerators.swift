// The Python scripts that generated NumpyFormatCases.swift, RandomStateCases.swift
// and KernelCases.swift from real numpy (run with python3 + numpy 2.x; each writes
// the Swift file to stdout). Kept here so the golden data can be regenerated.
//
//     python3 gen_format.py > NumpyFormatCases.swift
//     python3 gen_random.py > RandomStateCases.swift
//     python3 gen_kernels.py > KernelCases.swift

/* ---- gen_format.py ----
# Generates Tests/TensorCoreTests/NumpyFormatCases.swift from real numpy output.
import numpy as np, struct, json

def bits(a):
    a = np.ascontiguousarray(a)
    if a.dtype == np.float32: return [int(x) for x in a.ravel().view(np.uint32)]
    if a.dtype == np.float64: return [int(x) for x in a.ravel().view(np.uint64)]
    if a.dtype == np.bool_: return [int(x) for x in a.ravel()]
    return [int(x) & 0xFFFFFFFFFFFFFFFF for x in a.ravel()]

def swift_str(s):
    return json.dumps(s, ensure_ascii=False)

cases = []
def add(name, a, make=None):
    a = np.asarray(a)
    if a.size > 200 and make is None:
        raise SystemExit("large case needs a Swift recipe: " + name)
    cases.append((name, a, make))

f32 = np.float32
add("f32 basic", np.array([1, 2, 3], dtype=f32))
add("f32 linreg", np.array([0.97637, 0.057565063], dtype=f32))
add("f32 9 10 11", np.array([9, 10, 11], dtype=f32))
add("f32 2x2", np.array([[1, 2], [3, 4]], dtype=f32))
add("f32 1x3", np.array([[6, 7, 8]], dtype=f32))
add("f32 2x3", np.array([[9, 10, 11], [12, 13, 14]], dtype=f32))
add("f32 column", np.array([[30], [75]], dtype=f32))
add("f32 rounded theta", np.round(np.array([1.4012, 0.3531, 0.2518, 0.1524, 0.0511, -0.0502, -0.1513, -0.2519, -0.3541], dtype=f32), 3))
add("f32 rounded 2", np.round(np.array([1.4, 0.35, 0.25, 0.15, 0.05, -0.05, -0.15, -0.25, -0.35], dtype=f32), 2))
add("f32 saver", np.array([4, 8], dtype=f32))
add("f32 negzero", np.array([-0.0, 1.0, 0.0], dtype=f32))
add("f32 nan inf", np.array([np.nan, 1.5, -np.inf, np.inf], dtype=f32))
add("f32 all nan", np.array([np.nan, np.nan], dtype=f32))
add("f32 big", np.array([1e6, 1.0], dtype=f32))
add("f32 big2", np.array([16777216.0, 3.0], dtype=f32))
add("f32 999999", np.array([999999.0, 2.5], dtype=f32))
add("f32 small", np.array([1e-5, 1.2345678e-5], dtype=f32))
add("f32 ratio", np.array([0.001, 1.5, 2.0], dtype=f32))
add("f32 ratio ok", np.array([0.01, 1.5, 2.0], dtype=f32))
add("f32 1e-4", np.array([0.0001, 0.5], dtype=f32))
add("f32 exp neg", np.array([-1e-7, 3.0, 2.5e10], dtype=f32))
add("f32 exp inf", np.array([1e-7, np.inf, np.nan], dtype=f32))
add("f32 pi", np.array([np.pi, np.e, -np.sqrt(2)], dtype=f32))
add("f32 thirds", np.array([1/3, 2/3, 1.0], dtype=f32))
add("f32 zeros", np.zeros(4, dtype=f32))
add("f32 3d", np.arange(24, dtype=f32).reshape(2, 3, 4))
add("f32 3d frac", (np.arange(12, dtype=f32) / 7).reshape(2, 2, 3))
add("f32 4d", np.arange(16, dtype=f32).reshape(2, 2, 2, 2) - 5)
add("f32 wrap", np.arange(30, dtype=f32) * f32(1.5))
add("f32 wrap frac", np.arange(25, dtype=f32) / f32(3))
np.random.seed(3)
add("f32 random 4x5", np.random.rand(4, 5).astype(f32))
add("f32 random 3x12", np.random.randn(3, 12).astype(f32))
add("f32 summary 1d", np.arange(2000, dtype=f32), "try Kernels.arange(start: 0, stop: 2000, dtype: .float32)")
add("f32 summary 2d", np.arange(10000, dtype=f32).reshape(100, 100) / f32(7), "try Kernels.divide(Kernels.reshape(Kernels.arange(start: 0, stop: 10000, dtype: .float32), to: [100, 100]), Tensor(scalar: Float(7)))")
add("f32 summary 3d", np.arange(1100, dtype=f32).reshape(11, 10, 10), "try Kernels.reshape(Kernels.arange(start: 0, stop: 1100, dtype: .float32), to: [11, 10, 10])")
add("f32 1001", np.linspace(0, 1, 1001).astype(f32), "try Kernels.linspace(start: 0, stop: 1, num: 1001, dtype: .float32)")
add("f32 scalar", np.array(6.0, dtype=f32))
add("f32 scalar small", np.array(1e-5, dtype=f32))
add("f32 empty", np.zeros(0, dtype=f32))
add("f32 empty 2d", np.zeros((0, 3), dtype=f32))
add("f32 one", np.array([0.1], dtype=f32))
add("f32 neg", np.array([-1.5, -2.25, 3.0], dtype=f32))
add("f32 max", np.array([3.4028235e38, -1.0], dtype=f32))
add("f32 denormal", np.array([1e-45, 1.0], dtype=f32))
add("f64 basic", np.array([1.0, 2.0, 3.0]))
add("f64 tenth", np.array([0.1, 0.2, 0.30000000000000004]))
add("f64 linspace", np.linspace(0.5, -0.5, 8))
add("f64 big", np.array([1e8, 1.0]))
add("f64 just below", np.array([99999999.0, 1.5]))
add("f64 precision cut", np.array([0.123456789012, 2.0]))
add("f64 rounding up", np.array([0.999999999, 1.0]))
add("f64 exp", np.array([1e-10, 1.0, 123.456]))
add("f64 mixed exp", np.array([[1e-3, 2e5], [-3.5e-2, 7.0]]))
add("f64 2d neg", np.array([[-1.0, 2.5], [3.25, -4.125]]))
add("f64 wrap", np.arange(20) * 0.123)
add("f64 scalar", np.array(0.1))
add("f64 summary", np.linspace(0.0, 10.0, 1000000), "try Kernels.linspace(start: 0, stop: 10, num: 1000000)")
add("f64 nan", np.array([np.nan, 0.5]))
add("i64 basic", np.array([1, 2, 3]))
add("i64 neg", np.array([-10, 5, 100]))
add("i64 2d", np.array([[1, 2], [30, -4]]))
add("i64 wrap", np.arange(40) * 1000)
add("i64 summary", np.arange(2000), "try Kernels.arange(start: 0, stop: 2000, dtype: .int64)")
add("i64 scalar", np.array(42))
add("i64 3d", np.arange(8).reshape(2, 2, 2))
add("i64 empty", np.zeros(0, dtype=np.int64))
add("i32 basic", np.array([1, 2, 3], dtype=np.int32))
add("i32 2d", np.array([[1, 2], [3, 4]], dtype=np.int32))
add("i32 scalar", np.array(7, dtype=np.int32))
add("i32 big", np.array([-2147483648, 2147483647], dtype=np.int32))
add("i32 wrap", np.arange(30, dtype=np.int32) * 12345)
add("u8 basic", np.array([0, 255, 7], dtype=np.uint8))
add("bool basic", np.array([True, False, True]))
add("bool 2d", np.array([[True, False], [False, False]]))
add("bool scalar", np.array(True))
add("bool wrap", np.arange(30) % 3 == 0)
add("str basic", np.array(["a", "bcd"]))
add("str quotes", np.array(["it's", 'say "hi"', "x"]))

out = []
out.append("// Generated from real numpy %s output; do not edit by hand." % np.__version__)
out.append("// Each case: dtype, shape, element bit patterns, str(a), repr(a).")
out.append("@testable import TensorCore\n")
out.append("let numpyFormatCases: [FormatCase] = makeNumpyFormatCases()\n")
out.append("func makeNumpyFormatCases() -> [FormatCase] {")
out.append("    var c: [FormatCase] = []")
for name, a, make in cases:
    dt = {np.dtype(np.float32): ".float32", np.dtype(np.float64): ".float64", np.dtype(np.int64): ".int64",
          np.dtype(np.int32): ".int32", np.dtype(np.uint8): ".uint8", np.dtype(np.bool_): ".bool"}.get(a.dtype, ".string")
    if make is not None:
        out.append("    c.append(FormatCase(name: %s, make: { %s },\n                        str: %s,\n                        repr: %s))" % (
            swift_str(name), make, swift_str(str(a)), swift_str(repr(a))))
        continue
    if dt == ".string":
        payload = "strings: [%s] as [String]" % ", ".join(swift_str(str(x)) for x in a.ravel())
    else:
        payload = "bits: [%s] as [UInt64]" % ", ".join(str(b) for b in bits(a))
    out.append("    c.append(FormatCase(name: %s, dtype: %s, shape: [%s] as [Int], %s,\n                        str: %s,\n                        repr: %s))" % (
        swift_str(name), dt, ", ".join(str(d) for d in a.shape), payload, swift_str(str(a)), swift_str(repr(a))))
out.append("    return c")
out.append("}")
print("\n".join(out))

# numpy scalars: str() and repr()
scalars = []
for v in [6.0, 0.1, 1e-5, 16777216.0, 1e6, 999999.0, 999999.94, 0.057565063, 0.97637, -0.0, 0.0, float("nan"), float("inf"), float("-inf"),
          1e-4, 0.0001234, 9.9e-5, 3.4028235e38, 1e-45, 1234567.0, 3.0, -2.5, 123456.79, 1.0/3.0, 100.0, 1.5e-7, 2**24+2.0, 0.3]:
    scalars.append((".float32(Float(bitPattern: %d))" % int(np.array(v, dtype=np.float32).view(np.uint32)), np.float32(v)))
for v in [0.1, 1e16, 1e15, 1e-5, 123456789.123, 0.30000000000000004, 1e-4, 9.999e-5, 16777216.0, 1e22, 5e-324, -0.0, float("nan"), float("-inf"), 2.5, 1.0/3.0, 123456789012345.6, 9007199254740993.0]:
    scalars.append((".float64(Double(bitPattern: %d))" % int(np.array(v, dtype=np.float64).view(np.uint64)), np.float64(v)))
for v, t, sw in [(3, np.int64, ".int64(3)"), (-7, np.int32, ".int32(-7)"), (255, np.uint8, ".uint8(255)"), (0, np.int64, ".int64(0)")]:
    scalars.append((sw, t(v)))
scalars.append((".bool(true)", np.True_))
scalars.append((".bool(false)", np.False_))
scalars.append((".string(\"ab\")", np.str_("ab")))
scalars.append((".string(\"it's\")", np.str_("it's")))
out = []
out.append("\nlet numpyScalarCases: [ScalarCase] = makeNumpyScalarCases()\n")
out.append("func makeNumpyScalarCases() -> [ScalarCase] {")
out.append("    var c: [ScalarCase] = []")
for sw, v in scalars:
    out.append("    c.append(ScalarCase(value: ScalarValue%s, str: %s, repr: %s))" % (sw, swift_str(str(v)), swift_str(repr(v))))
out.append("    return c")
out.append("}")
print("\n".join(out))
*/

/* ---- gen_random.py ----
# Generates Tests/TensorCoreTests/RandomStateCases.swift from numpy's legacy RandomState.
import numpy as np
def f64(v): return "Double(bitPattern: %d)" % int(np.array(v, dtype=np.float64).view(np.uint64))
def f64list(vs): return "[" + ", ".join(str(int(x)) for x in np.asarray(vs, dtype=np.float64).view(np.uint64)) + "] as [UInt64]"
def ilist(vs): return "[" + ", ".join(str(int(x)) for x in vs) + "] as [Int64]"
out = ["// Generated from numpy %s's legacy RandomState; do not edit by hand." % np.__version__,
       "@testable import TensorCore", ""]
out.append("enum NumpyRandomExpected {")
# state after seeding
for seed in [0, 42, 2**32 - 1]:
    rs = np.random.RandomState(seed)
    st = rs.get_state()
    out.append("    static let stateSeed%d: [UInt32] = [%s]" % (seed, ", ".join(str(int(x)) for x in st[1][:8])))
rs = np.random.RandomState([1, 2, 3])
out.append("    static let stateArray123: [UInt32] = [%s]" % ", ".join(str(int(x)) for x in rs.get_state()[1][:8]))
out.append("    static let randomArray123 = %s" % f64list(rs.random_sample(5)))
for seed in [0, 1, 42, 12345]:
    rs = np.random.RandomState(seed)
    out.append("    static let rand%d = %s" % (seed, f64list(rs.random_sample(7))))
    rs = np.random.RandomState(seed)
    out.append("    static let randn%d = %s" % (seed, f64list(rs.randn(7))))
    rs = np.random.RandomState(seed)
    out.append("    static let randint%d = %s" % (seed, ilist(rs.randint(0, 10, size=12))))
    rs = np.random.RandomState(seed)
    out.append("    static let randintBig%d = %s" % (seed, ilist(rs.randint(1000000, size=8))))
    rs = np.random.RandomState(seed)
    out.append("    static let randintHuge%d = %s" % (seed, ilist(rs.randint(-2**40, 2**40, size=5))))
    rs = np.random.RandomState(seed)
    out.append("    static let permutation%d = %s" % (seed, ilist(rs.permutation(10))))
    rs = np.random.RandomState(seed)
    out.append("    static let uniform%d = %s" % (seed, f64list(rs.uniform(-1.0, 1.0, size=5))))
    rs = np.random.RandomState(seed)
    out.append("    static let normal%d = %s" % (seed, f64list(rs.normal(5.0, 2.0, size=5))))
# interleaving: randn odd count then rand (cached gauss)
rs = np.random.RandomState(7)
a = rs.randn(3); b = rs.random_sample(2); c = rs.randn(2)
out.append("    static let mixed7 = %s" % f64list(list(a) + list(b) + list(c)))
# the s17 program's first values
rs = np.random.RandomState(0)
x = np.linspace(0.0, 10.0, 1000000)
noise = rs.randn(len(x))
out.append("    static let s17NoiseHead = %s" % f64list(noise[:3]))
out.append("    static let s17NoiseTail = %s" % f64list(noise[-3:]))
out.append("    static let s17FirstBatch = %s" % ilist(rs.randint(len(x), size=8)))
rs = np.random.RandomState(5)
out.append("    static let choice5 = %s" % ilist(rs.choice(20, 6)))
out.append("    static let choiceNoReplace5 = %s" % ilist(rs.choice(20, 6, replace=False)))
out.append("}")
print("\n".join(out))
*/

/* ---- gen_kernels.py ----
# Generates Tests/TensorCoreTests/KernelCases.swift: numpy results (bit patterns)
# for element-wise float32 kernels and numpy reductions on RandomState data.
import numpy as np
def u32(a): return "[" + ", ".join(str(int(x)) for x in np.ascontiguousarray(a, dtype=np.float32).ravel().view(np.uint32)) + "] as [UInt32]"
def u64(a): return "[" + ", ".join(str(int(x)) for x in np.ascontiguousarray(a, dtype=np.float64).ravel().view(np.uint64)) + "] as [UInt64]"
out = ["// Generated from numpy %s; do not edit by hand." % np.__version__, "@testable import TensorCore", "", "enum NumpyKernelExpected {"]
rs = np.random.RandomState(11)
a = ((rs.rand(64) - 0.5) * 200).astype(np.float32)
b = ((rs.rand(64) - 0.3) * 7).astype(np.float32)
out.append("    // a = ((rs.rand(64) - 0.5) * 200).astype(f32), b = ((rs.rand(64) - 0.3) * 7).astype(f32), rs = RandomState(11)")
out.append("    static let a = %s" % u32(a))
out.append("    static let b = %s" % u32(b))
with np.errstate(all='ignore'):
    for name, r in [("add", a + b), ("sub", a - b), ("mul", a * b), ("div", a / b), ("sqrtAbs", np.sqrt(np.abs(a))),
                    ("square", np.square(a)), ("neg", -a), ("floordiv", a // b), ("remainder", a % b),
                    ("maximum", np.maximum(a, b)), ("minimum", np.minimum(a, b)), ("round2", np.round(a, 2)),
                    ("exp", np.exp(b)), ("log", np.log(np.abs(a))), ("tanh", np.tanh(b)), ("pow", np.power(np.abs(b), np.float32(1.7)))]:
        out.append("    static let %s = %s" % (name, u32(r)))
    # broadcasting: a as (8,8) + b[:8] as (8,) ; a as (8,1,8)? use (8,8) * (8,1)
    A = a.reshape(8, 8); B = b[:8]
    out.append("    static let addRowBroadcast = %s" % u32(A + B))
    out.append("    static let mulColBroadcast = %s" % u32(A * B.reshape(8, 1)))
    out.append("    static let subScalar = %s" % u32(A - np.float32(0.1)))
    # float64 floor div/mod specials
    x = np.array([1.0, -1.0, 7.5, -7.5, 0.0, 5.0, -0.0, 1e300], dtype=np.float64)
    y = np.array([0.1, 0.1, -2.0, 2.0, -3.0, 0.0, 4.0, 1e-300], dtype=np.float64)
    out.append("    static let fx = %s" % u64(x))
    out.append("    static let fy = %s" % u64(y))
    out.append("    static let f64FloorDiv = %s" % u64(x // y))
    out.append("    static let f64Remainder = %s" % u64(x % y))

# reductions on RandomState(3).rand(...) as float32
def data(shape, seed):
    rs = np.random.RandomState(seed)
    return rs.rand(*shape).astype(np.float32) * np.float32(100) - np.float32(30)
red = []
for shape, axes, seed in [((1000,), None, 1), ((3, 4, 50), None, 2), ((3, 4, 50), (2,), 2), ((3, 4, 50), (0,), 2),
                          ((3, 4, 50), (0, 2), 2), ((3, 4, 50), (1,), 2), ((2000, 1), (0,), 3), ((2000, 1), None, 3),
                          ((7, 300), (1,), 4), ((7, 300), (0,), 4), ((1, 130), (1,), 5), ((5, 1, 40), (0, 1), 6),
                          ((33, 129), None, 7), ((4, 5, 6), (0, 2), 8), ((300,), (0,), 9)]:
    d = data(shape, seed)
    s = np.sum(d, axis=axes)
    m = np.mean(d, axis=axes)
    v = np.var(d, axis=axes)
    sd = np.std(d, axis=axes)
    d64 = d.astype(np.float64)
    s64 = np.sum(d64, axis=axes)
    sd64 = np.std(d64, axis=axes)
    name = "r_" + "x".join(map(str, shape)) + "_" + ("all" if axes is None else "_".join(map(str, axes)))
    red.append((name, shape, axes, seed))
    out.append("    static let %s_sum = %s" % (name, u32(s)))
    out.append("    static let %s_mean = %s" % (name, u32(m)))
    out.append("    static let %s_var = %s" % (name, u32(v)))
    out.append("    static let %s_std = %s" % (name, u32(sd)))
    out.append("    static let %s_sum64 = %s" % (name, u64(s64)))
    out.append("    static let %s_std64 = %s" % (name, u64(sd64)))
# integer mean (cast chunks of 8192)
rs = np.random.RandomState(10)
ints = rs.randint(-1000000, 1000000, size=30000)
out.append("    static let intMean30000 = %s" % u64(np.mean(ints)))
out.append("    static let intStd30000 = %s" % u64(np.std(ints)))
out.append("}")
out.append("")
out.append("let numpyReductionCases: [ReductionCase] = [")
for name, shape, axes, seed in red:
    ax = "nil" if axes is None else "[" + ", ".join(map(str, axes)) + "]"
    out.append("    ReductionCase(name: %r, shape: [%s], axes: %s, seed: %d," % (name, ", ".join(map(str, shape)), ax, seed))
    out.append("                  sum: NumpyKernelExpected.%s_sum, mean: NumpyKernelExpected.%s_mean, variance: NumpyKernelExpected.%s_var," % (name, name, name))
    out.append("                  std: NumpyKernelExpected.%s_std, sum64: NumpyKernelExpected.%s_sum64, std64: NumpyKernelExpected.%s_std64)," % (name, name, name))
out.append("]")
print("\n".join(out).replace("'", '"'))
*/

