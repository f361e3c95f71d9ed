import Testing
@testable import TensorCore

private func f32(_ bits: [UInt32]) -> [Float] { bits.map(Float.init(bitPattern:)) }
private func bits(_ t: Tensor) -> [UInt32] { (t.values(as: Float.self) ?? []).map(\.bitPattern) }
private func bits64(_ t: Tensor) -> [UInt64] { (t.values(as: Double.self) ?? []).map(\.bitPattern) }

@Suite("element-wise kernels")
struct ElementwiseTests {
    typealias E = NumpyKernelExpected
    let a = Tensor(f32(E.a))
    let b = Tensor(f32(E.b))

    @Test func float32ArithmeticIsBitExact() throws {
        #expect(bits(try Kernels.add(a, b)) == E.add)
        #expect(bits(try Kernels.subtract(a, b)) == E.sub)
        #expect(bits(try Kernels.multiply(a, b)) == E.mul)
        #expect(bits(try Kernels.divide(a, b)) == E.div)
        #expect(bits(try Kernels.sqrt(Kernels.abs(a))) == E.sqrtAbs)
        #expect(bits(try Kernels.square(a)) == E.square)
        #expect(bits(try Kernels.negative(a)) == E.neg)
        #expect(bits(try Kernels.maximum(a, b)) == E.maximum)
        #expect(bits(try Kernels.minimum(a, b)) == E.minimum)
        #expect(bits(try Kernels.numpyRound(a, decimals: 2)) == E.round2)
    }

    @Test func numpyFloorDivideAndRemainder() throws {
        #expect(bits(try Kernels.floorDiv(a, b, flavor: .numpy)) == E.floordiv)
        #expect(bits(try Kernels.mod(a, b, flavor: .numpy)) == E.remainder)
        let x = Tensor(E.fx.map(Double.init(bitPattern:)))
        let y = Tensor(E.fy.map(Double.init(bitPattern:)))
        #expect(bits64(try Kernels.floorDiv(x, y, flavor: .numpy)) == E.f64FloorDiv)
        #expect(bits64(try Kernels.mod(x, y, flavor: .numpy)) == E.f64Remainder)
        // TF's FloorDiv is floor(x / y): 1.0 // 0.1 is 10 there, 9 in numpy.
        let tf = try Kernels.floorDiv(Tensor([1.0]), Tensor([0.1]))
        #expect(tf.values(as: Double.self) == [10])
    }

    /// The C library's transcendental functions against numpy's SIMD loops:
    /// equal or within a few ulps (numpy uses its own float32 approximations).
    @Test func float32TranscendentalsCloseToNumpy() throws {
        func ulps(_ x: [Float], _ y: [Float]) -> Int {
            zip(x, y).map { abs(Int($0.bitPattern) - Int($1.bitPattern)) }.max() ?? 0
        }
        #expect(ulps(try Kernels.exp(b).values(as: Float.self) ?? [], f32(E.exp)) <= 2)
        #expect(ulps(try Kernels.log(Kernels.abs(a)).values(as: Float.self) ?? [], f32(E.log)) <= 2)
        #expect(ulps(try Kernels.tanh(b).values(as: Float.self) ?? [], f32(E.tanh)) <= 2)
        let p = try Kernels.pow(Kernels.abs(b), Tensor(scalar: Float(1.7)))
        #expect(ulps(p.values(as: Float.self) ?? [], f32(E.pow)) <= 2)
    }

    @Test func broadcasting() throws {
        let A = try a.reshaped([8, 8])
        let row = Tensor(Array(f32(E.b).prefix(8)))
        #expect(bits(try Kernels.add(A, row)) == E.addRowBroadcast)
        let col = try row.reshaped([8, 1])
        let r = try Kernels.multiply(A, col)
        #expect(r.shape == [8, 8])
        #expect(bits(r) == E.mulColBroadcast)
        #expect(bits(try Kernels.subtract(A, Tensor(scalar: Float(0.1)))) == E.subScalar)
        // (2,1,3) + (4,1) -> (2,4,3)
        let x = try Tensor((0..<6).map(Int32.init), shape: [2, 1, 3])
        let y = try Tensor((0..<4).map { Int32($0 * 10) }, shape: [4, 1])
        let z = try Kernels.add(x, y)
        #expect(z.shape == [2, 4, 3])
        #expect(z.values(as: Int32.self) == [0, 1, 2, 10, 11, 12, 20, 21, 22, 30, 31, 32,
                                               3, 4, 5, 13, 14, 15, 23, 24, 25, 33, 34, 35])
        // scalar on the left, higher-rank one-element operand
        let w = try Kernels.subtract(Tensor(scalar: Int32(100)), x)
        #expect(w.values(as: Int32.self) == [100, 99, 98, 97, 96, 95])
        let v = try Kernels.add(try Tensor([Int32(1)], shape: [1, 1, 1]), Tensor([Int32(5), 6]))
        #expect(v.shape == [1, 1, 2])
    }

    @Test func broadcastErrors() {
        let x = Tensor([Float(1), 2])
        let y = Tensor([Float(1), 2, 3])
        do {
            _ = try Kernels.add(x, y)
            Issue.record("expected an error")
        } catch let e as TensorError {
            #expect(e == .incompatibleShapes([2], [3]))
            #expect(e.message == "Incompatible shapes: [2] vs. [3]")
            #expect(e.numpyMessage == "operands could not be broadcast together with shapes (2,) (3,) ")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: TensorError.incompatibleShapes([2, 3], [4, 1, 2])) {
            try Broadcast.shapes([2, 3], [4, 1, 2])
        }
        #expect(TensorError.incompatibleShapes([2, 3], [4, 1, 2]).numpyMessage
            == "operands could not be broadcast together with shapes (2,3) (4,1,2) ")
    }

    @Test func dtypeMismatchIsRejected() {
        #expect(throws: TensorError.dtypeMismatch(op: "AddV2", position: 1, expected: .float32, actual: .int32)) {
            try Kernels.add(Tensor([Float(1)]), Tensor([Int32(1)]))
        }
        #expect(TensorError.dtypeMismatch(op: "AddV2", position: 1, expected: .float32, actual: .int32).message
            == "cannot compute AddV2 as input #1(zero-based) was expected to be a float tensor but is a int32 tensor")
    }

    @Test func integerArithmetic() throws {
        let x = Tensor([Int32(7), -7, 7, -7, Int32.max])
        let y = Tensor([Int32(2), 2, -2, -2, 1])
        #expect(try Kernels.floorDiv(x, y).values(as: Int32.self) == [3, -4, -4, 3, Int32.max])
        #expect(try Kernels.mod(x, y).values(as: Int32.self) == [1, 1, -1, -1, 0])
        #expect(try Kernels.divide(x, y).values(as: Int32.self) == [3, -3, -3, 3, Int32.max])
        #expect(try Kernels.add(x, y).values(as: Int32.self) == [9, -5, 5, -9, Int32.min])
        #expect(throws: TensorError.integerDivisionByZero) {
            try Kernels.floorDiv(x, Tensor(scalar: Int32(0)))
        }
        // numpy gives 0 for integer division by zero
        #expect(try Kernels.floorDiv(x, Tensor(scalar: Int32(0)), flavor: .numpy).values(as: Int32.self) == [0, 0, 0, 0, 0])
        #expect(try Kernels.mod(x, Tensor(scalar: Int32(0)), flavor: .numpy).values(as: Int32.self) == [0, 0, 0, 0, 0])
        #expect(try Kernels.pow(Tensor([Int64(3), -2]), Tensor([Int64(4), 3])).values(as: Int64.self) == [81, -8])
        #expect(throws: TensorError.self) { try Kernels.pow(Tensor([Int64(3)]), Tensor([Int64(-1)])) }
        // true division of integers: float64 (int32, int64), float32 for uint8 in TF
        let td = try Kernels.trueDivide(Tensor([Int32(1), 3]), Tensor([Int32(2), 4]))
        #expect(td.dtype == .float64)
        #expect(td.values(as: Double.self) == [0.5, 0.75])
        #expect(try Kernels.trueDivide(Tensor([UInt8(1)]), Tensor([UInt8(2)])).dtype == .float32)
        #expect(try Kernels.divide(Tensor([Int64(1)]), Tensor([Int64(4)]), flavor: .numpy).values(as: Double.self) == [0.25])
    }

    @Test func comparisonsAndLogic() throws {
        let x = Tensor([Float(1), .nan, 3])
        let y = Tensor([Float(1), .nan, 2])
        #expect(try Kernels.equal(x, y).values(as: Bool.self) == [true, false, false])
        #expect(try Kernels.notEqual(x, y).values(as: Bool.self) == [false, true, true])
        #expect(try Kernels.greater(x, y).values(as: Bool.self) == [false, false, true])
        #expect(try Kernels.lessEqual(x, Tensor(scalar: Float(2))).values(as: Bool.self) == [true, false, false])
        let s = try Kernels.less(Tensor(["a", "b"]), Tensor(["b", "b"]))
        #expect(s.values(as: Bool.self) == [true, false])
        let p = Tensor([true, false, true])
        let q = Tensor([true, true, false])
        #expect(try Kernels.logicalAnd(p, q).values(as: Bool.self) == [true, false, false])
        #expect(try Kernels.logicalOr(p, q).values(as: Bool.self) == [true, true, true])
        #expect(try Kernels.logicalNot(p).values(as: Bool.self) == [false, true, false])
        #expect(throws: TensorError.self) { try Kernels.logicalAnd(p, Tensor([Float(1), 0, 1])) }
        let w = try Kernels.select(p, Tensor([Float(1), 2, 3]), Tensor(scalar: Float(0)))
        #expect(w.values(as: Float.self) == [1, 0, 3])
    }

    @Test func unaryFunctions() throws {
        let x = Tensor([Float(-2), -0.0, 0.5, .nan])
        #expect(try Kernels.relu(x).values(as: Float.self)?.map(\.bitPattern) == [Float(0), -0.0, 0.5, .nan].map(\.bitPattern))
        #expect(try Kernels.abs(x).values(as: Float.self)?[0] == 2)
        #expect(try Kernels.sign(Tensor([Float(-3), 0, 2])).values(as: Float.self) == [-1, 0, 1])
        #expect(try Kernels.sigmoid(Tensor([Double(0)])).values(as: Double.self) == [0.5])
        #expect(try Kernels.round(Tensor([0.5, 1.5, 2.5, -0.5])).values(as: Double.self) == [0, 2, 2, -0])
        #expect(try Kernels.isNaN(x).values(as: Bool.self) == [false, false, false, true])
        #expect(throws: TensorError.unsupportedDType(op: "Sqrt", dtype: .int32)) { try Kernels.sqrt(Tensor([Int32(4)])) }
    }

    @Test func addN() throws {
        let r = try Kernels.addN([Tensor([Float(1), 2]), Tensor([Float(3), 4]), Tensor([Float(5), 6])])
        #expect(r.values(as: Float.self) == [9, 12])
        #expect(throws: TensorError.self) { try Kernels.addN([Tensor([Float(1)]), Tensor([Float(1), 2])]) }
        #expect(throws: TensorError.self) { try Kernels.addN([]) }
    }

    @Test func stringConcatenation() throws {
        #expect(try Kernels.add(Tensor(["a", "b"]), Tensor(scalar: "!")).values(as: String.self) == ["a!", "b!"])
    }
}

/// One numpy reduction check on RandomState data.
struct ReductionCase: Sendable, CustomTestStringConvertible {
    let name: String
    let shape: [Int]
    let axes: [Int]?
    let seed: Int64
    let sum: [UInt32]
    let mean: [UInt32]
    let variance: [UInt32]
    let std: [UInt32]
    let sum64: [UInt64]
    let std64: [UInt64]
    var testDescription: String { name }
}

@Suite("reductions")
struct ReduceTests {
    /// `(rs.rand(*shape).astype(f32) * f32(100) - f32(30))` with `rs = RandomState(seed)`.
    static func data(_ shape: [Int], seed: Int64) throws -> Tensor {
        var rs = try NumpyRandomState(seed: seed)
        let v = rs.randomSample(count: ShapeFormat.elementCount(shape)).map { Float($0) * 100 - 30 }
        return try Tensor(v, shape: shape)
    }

    @Test("numpy sum/mean/var/std bit for bit", arguments: numpyReductionCases)
    func numpyReductions(_ c: ReductionCase) throws {
        let d = try Self.data(c.shape, seed: c.seed)
        #expect(bits(try Kernels.numpySum(d, axes: c.axes)) == c.sum)
        #expect(bits(try Kernels.mean(d, axes: c.axes, flavor: .numpy)) == c.mean)
        #expect(bits(try Kernels.numpyVar(d, axes: c.axes)) == c.variance)
        #expect(bits(try Kernels.numpyStd(d, axes: c.axes)) == c.std)
        let d64 = try Conversion.cast(d, to: .float64)
        #expect(bits64(try Kernels.numpySum(d64, axes: c.axes)) == c.sum64)
        #expect(bits64(try Kernels.numpyStd(d64, axes: c.axes)) == c.std64)
    }

    @Test func integerMeanUsesBufferedFloat64() throws {
        var rs = try NumpyRandomState(seed: 10)
        let ints = Tensor(try rs.randint(low: -1_000_000, high: 1_000_000, count: 30000))
        #expect(bits64(try Kernels.mean(ints, flavor: .numpy)) == NumpyKernelExpected.intMean30000)
        #expect(bits64(try Kernels.numpyStd(ints)) == NumpyKernelExpected.intStd30000)
    }

    @Test func pairwiseSumEdgeCases() throws {
        #expect(try Kernels.numpySum(Tensor([Float(-0.0)])).values(as: Float.self)?[0].bitPattern == Float(0).bitPattern)
        #expect(try Kernels.numpySum(Tensor([Float]())).values(as: Float.self) == [0])
        #expect(Kernels.pairwiseSum([Float](repeating: 0.1, count: 1000)) == 100.000015)  // np.sum(np.full(1000, 0.1, dtype=np.float32))
    }

    @Test func tensorflowReductions() throws {
        let x = try Tensor([Float(1), 2, 3, 4, 5, 6], shape: [2, 3])
        #expect(try Kernels.sum(x).values(as: Float.self) == [21])
        #expect(try Kernels.sum(x, axes: [0]).values(as: Float.self) == [5, 7, 9])
        let k = try Kernels.sum(x, axes: [-1], keepDims: true)
        #expect(k.shape == [2, 1])
        #expect(k.values(as: Float.self) == [6, 15])
        #expect(try Kernels.mean(x, axes: [1]).values(as: Float.self) == [2, 5])
        #expect(try Kernels.max(x, axes: [0]).values(as: Float.self) == [4, 5, 6])
        #expect(try Kernels.min(x).values(as: Float.self) == [1])
        #expect(try Kernels.prod(x, axes: [1]).values(as: Float.self) == [6, 120])
        // TF keeps integer dtypes and divides integers
        let i = Tensor([Int32(1), 2, 4])
        #expect(try Kernels.sum(i).values(as: Int32.self) == [7])
        #expect(try Kernels.mean(i).values(as: Int32.self) == [2])
        // numpy widens integer sums to int64 and averages in float64
        #expect(try Kernels.sum(i, flavor: .numpy).values(as: Int64.self) == [7])
        #expect(try Kernels.mean(i, flavor: .numpy).values(as: Double.self) == [7.0 / 3.0])
        #expect(try Kernels.all(Tensor([true, false])).values(as: Bool.self) == [false])
        #expect(try Kernels.any(Tensor([true, false])).values(as: Bool.self) == [true])
    }

    @Test func reductionErrors() throws {
        let x = try Tensor([Float(1), 2, 3, 4], shape: [2, 2])
        #expect(throws: TensorError.axisOutOfBounds(axis: 2, rank: 2)) { try Kernels.sum(x, axes: [2]) }
        #expect(TensorError.axisOutOfBounds(axis: 2, rank: 2).message == "Invalid reduction dimension (2 for input with 2 dimension(s)")
        #expect(TensorError.axisOutOfBounds(axis: 2, rank: 2).numpyMessage == "axis 2 is out of bounds for array of dimension 2")
        #expect(throws: TensorError.self) { try Kernels.max(Tensor([Float]()), flavor: .numpy) }
        #expect(try Kernels.max(Tensor([Float]())).values(as: Float.self) == [-.infinity])
    }

    @Test func argmaxArgmin() throws {
        let x = try Tensor([Float(1), 5, 5, 0, -1, 7], shape: [2, 3])
        #expect(try Kernels.argmax(x, axis: 1).values(as: Int64.self) == [1, 2])
        #expect(try Kernels.argmax(x, axis: 0).values(as: Int64.self) == [0, 0, 1])
        #expect(try Kernels.argmin(x, axis: nil).values(as: Int64.self) == [4])
        #expect(try Kernels.argmax(Tensor([Float(1), .nan, 3]), axis: 0).values(as: Int64.self) == [1])
    }
}
