import Testing
@testable import TensorCore

/// One array printing case: the array (from element bit patterns or a
/// recipe) and what real numpy printed for `str(a)` and `repr(a)`.
struct FormatCase: Sendable, CustomTestStringConvertible {
    let name: String
    let make: @Sendable () throws -> Tensor
    let str: String
    let repr: String

    var testDescription: String { name }

    init(name: String, dtype: DType, shape: [Int], bits: [UInt64], str: String, repr: String) {
        self.name = name
        self.str = str
        self.repr = repr
        self.make = {
            let storage: TensorStorage
            switch dtype {
            case .float32: storage = .float32(bits.map { Float(bitPattern: UInt32($0)) })
            case .float64: storage = .float64(bits.map { Double(bitPattern: $0) })
            case .int32: storage = .int32(bits.map { Int32(truncatingIfNeeded: Int64(bitPattern: $0)) })
            case .int64: storage = .int64(bits.map { Int64(bitPattern: $0) })
            case .uint8: storage = .uint8(bits.map { UInt8($0) })
            case .bool: storage = .bool(bits.map { $0 != 0 })
            case .string: storage = .string([])
            }
            return try Tensor(shape: shape, storage: storage)
        }
    }

    init(name: String, dtype: DType, shape: [Int], bits: [Int64], str: String, repr: String) {
        self.init(name: name, dtype: dtype, shape: shape, bits: bits.map { UInt64(bitPattern: $0) }, str: str, repr: repr)
    }

    init(name: String, dtype: DType, shape: [Int], strings: [String], str: String, repr: String) {
        self.name = name
        self.str = str
        self.repr = repr
        self.make = { try Tensor(shape: shape, storage: .string(strings)) }
    }

    init(name: String, make: @escaping @Sendable () throws -> Tensor, str: String, repr: String) {
        self.name = name
        self.make = make
        self.str = str
        self.repr = repr
    }
}

struct ScalarCase: Sendable, CustomTestStringConvertible {
    let value: ScalarValue
    let str: String
    let repr: String
    var testDescription: String { repr }
}

@Suite("numpy printing")
struct NumpyFormatTests {
    @Test("str(array) matches numpy", arguments: numpyFormatCases)
    func arrayStr(_ c: FormatCase) throws {
        let t = try c.make()
        #expect(NumpyFormat.arrayStr(t) == c.str)
    }

    @Test("repr(array) matches numpy", arguments: numpyFormatCases)
    func arrayRepr(_ c: FormatCase) throws {
        let t = try c.make()
        #expect(NumpyFormat.arrayRepr(t) == c.repr)
    }

    @Test("numpy scalar str and repr", arguments: numpyScalarCases)
    func scalar(_ c: ScalarCase) {
        #expect(NumpyFormat.scalarStr(c.value) == c.str)
        #expect(NumpyFormat.scalarRepr(c.value) == c.repr)
    }

    @Test func referenceOutputs() throws {
        // Lines of the reference programs' expected outputs (Tests/PyTFTests/Fixtures/reference).
        #expect(NumpyFormat.scalarRepr(.float32(6)) == "np.float32(6.0)")
        let b = try Tensor([Float(6), 7, 8], shape: [1, 3])
        #expect(b.description == "[[6. 7. 8.]]")
        let theta = try Kernels.numpyRound(
            Tensor([Float(1.40123), 0.35312, 0.2518, 0.15211, 0.0511, -0.0502, -0.1513, -0.2519, -0.3541]), decimals: 3)
        #expect(theta.description == "[ 1.401  0.353  0.252  0.152  0.051 -0.05  -0.151 -0.252 -0.354]")
    }

    @Test func printOptions() throws {
        // with np.printoptions(edgeitems=0, threshold=5): ...
        var o = NumpyPrintOptions()
        o.edgeItems = 0
        o.threshold = 5
        #expect(NumpyFormat.arrayRepr(try Kernels.arange(start: 0, stop: 10, dtype: .float64), options: o) == "array([..., 9.], shape=(10,))")
        let m = try Kernels.reshape(Kernels.arange(start: 0, stop: 20, dtype: .int64), to: [4, 5])
        #expect(NumpyFormat.arrayStr(m, options: o) == "[...\n [... 19]]")
        o.edgeItems = -3  // numpy rejects this; it must not crash here
        _ = NumpyFormat.arrayStr(m, options: o)
        // with np.printoptions(precision=3): print(np.array([np.pi, 1e-3]))
        var p = NumpyPrintOptions()
        p.precision = 3
        #expect(NumpyFormat.arrayStr(Tensor([Double.pi, 1e-3]), options: p) == "[3.142e+00 1.000e-03]")
        p.suppressSmall = true
        #expect(NumpyFormat.arrayStr(Tensor([Double.pi, 1e-5]), options: p) == "[3.142 0.   ]")
    }

    @Test func pythonFloatRepr() {
        #expect(NumpyFormat.pythonFloatRepr(1e-5) == "1e-05")
        #expect(NumpyFormat.pythonFloatRepr(1e16) == "1e+16")
        #expect(NumpyFormat.pythonFloatRepr(1e15) == "1000000000000000.0")
        #expect(NumpyFormat.pythonFloatRepr(0.1 + 0.2) == "0.30000000000000004")
    }

    @Test func formatFloatFunctions() {
        // np.format_float_positional / np.format_float_scientific
        #expect(Dragon4.positional(Float(Double.pi)) == "3.1415927")
        #expect(Dragon4.positional(Float(0.3), precision: 10, unique: false) == "0.3000000119")
        #expect(Dragon4.scientific(Float(Double.pi)) == "3.1415927e+00")
        #expect(Dragon4.scientific(Float(1.23e24), precision: 15, unique: false) == "1.230000071797338e+24")
        #expect(Dragon4.scientific(Float(1.23e24), expDigits: 4) == "1.23e+0024")
    }
}
