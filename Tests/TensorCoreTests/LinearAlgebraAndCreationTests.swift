import Testing
@testable import TensorCore

@Suite("matmul and inverse")
struct LinearAlgebraTests {
    @Test func matmul() throws {
        let a = try Tensor((0..<6).map(Float.init), shape: [2, 3])
        let b = try Tensor((0..<12).map(Float.init), shape: [3, 4])
        let c = try Kernels.matmul(a, b)
        #expect(c.shape == [2, 4])
        #expect(c.values(as: Float.self) == [20, 23, 26, 29, 56, 68, 80, 92])
        let ata = try Kernels.matmul(a, a, transposeA: true)
        #expect(ata.values(as: Float.self) == [9, 12, 15, 12, 17, 22, 15, 22, 29])
        #expect(try Kernels.matmul(a, a, transposeB: true).shape == [2, 2])
        do {
            _ = try Kernels.matmul(a, a)
            Issue.record("expected an error")
        } catch let e as TensorError {
            #expect(e.message == "Matrix size-incompatible: In[0]: [2,3], In[1]: [2,3]")
            #expect(e.numpyMessage == "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)")
        }
        #expect(throws: TensorError.self) { try Kernels.matmul(Tensor([Float(1)]), Tensor([Float(1)])) }
    }

    @Test func batchAndVectorMatmul() throws {
        let x = try Tensor((0..<24).map(Int64.init), shape: [2, 3, 4])
        let y = try Tensor((0..<8).map(Int64.init), shape: [4, 2])
        let r = try Kernels.matmul(x, y)
        #expect(r.shape == [2, 3, 2])
        #expect(r.values(as: Int64.self) == [28, 34, 76, 98, 124, 162, 172, 226, 220, 290, 268, 354])
        let v = try Kernels.matmul(Tensor((0..<3).map(Int64.init)), Tensor((0..<6).map(Int64.init), shape: [3, 2]), flavor: .numpy)
        #expect(v.shape == [2])
        #expect(v.values(as: Int64.self) == [10, 13])
    }

    @Test func inverse() throws {
        let m: [Double] = [4, 7, 2, 3, 6, 1, 2, 5, 3]
        let inv = try Kernels.matrixInverse(Tensor(m, shape: [3, 3]))
        // np.linalg.inv (LAPACK) for comparison; LU orderings differ in the last bits.
        let numpy = [1.4444444444444442, -1.222222222222222, -0.5555555555555556, -0.7777777777777777,
                     0.8888888888888888, 0.22222222222222224, 0.3333333333333333, -0.6666666666666666, 0.3333333333333333]
        for (x, y) in zip(inv.values(as: Double.self) ?? [], numpy) { #expect(abs(x - y) < 1e-14) }
        let inv32 = try Kernels.matrixInverse(Tensor(m.map(Float.init), shape: [3, 3]))
        for (x, y) in zip(inv32.values(as: Float.self) ?? [], numpy) { #expect(abs(Double(x) - y) < 1e-6) }
        // A * inv(A) == I
        let id = try Kernels.matmul(Tensor(m, shape: [3, 3]), inv)
        for (i, v) in (id.values(as: Double.self) ?? []).enumerated() { #expect(abs(v - (i % 4 == 0 ? 1 : 0)) < 1e-14) }
        #expect(throws: TensorError.notInvertible) { try Kernels.matrixInverse(Tensor([1.0, 2, 2, 4], shape: [2, 2])) }
        #expect(TensorError.notInvertible.message == "Input is not invertible.")
        #expect(throws: TensorError.self) { try Kernels.matrixInverse(Tensor([1.0, 2, 2, 4, 5, 6], shape: [2, 3])) }
        let batch = try Kernels.matrixInverse(Tensor([2.0, 0, 0, 2, 4, 0, 0, 4], shape: [2, 2, 2]))
        #expect(batch.values(as: Double.self) == [0.5, 0, 0, 0.5, 0.25, 0, 0, 0.25])
    }
}

@Suite("creation kernels")
struct CreationTests {
    private func bits64(_ t: Tensor) -> [UInt64] { (t.values(as: Double.self) ?? []).map(\.bitPattern) }

    @Test func linspaceMatchesNumpy() throws {
        #expect(bits64(try Kernels.linspace(start: 0, stop: 1, num: 7)) == [0, 4595172819793696085, 4599676419421066581,
            4602678819172646912, 4604180019048437077, 4605681218924227242, 4607182418800017408])
        #expect(bits64(try Kernels.linspace(start: -3, stop: 11, num: 5, endpoint: false)) == [13837309855095848960,
            13819745816549104032, 4613037098315599052, 4617765877924338072, 4620805807672813158])
        #expect(bits64(try Kernels.linspace(start: 0.5, stop: -0.5, num: 8)) == [4602678819172646912, 4600105333671292343,
            4596888476794599132, 4589811391665874068, 13813183428520649872, 13820260513649374936,
            13823477370526068150, 13826050856027422720])
        #expect(try Kernels.linspace(start: 0, stop: 10, num: 4, dtype: .int32).values(as: Int32.self) == [0, 3, 6, 10])
    }

    @Test func arangeMatchesNumpy() throws {
        #expect(bits64(try Kernels.arange(start: 0, stop: 1, step: 0.1, dtype: .float64)) == [0, 4591870180066957722,
            4596373779694328218, 4599075939470750516, 4600877379321698714, 4602678819172646912, 4603579539098121012,
            4604480259023595111, 4605380978949069210, 4606281698874543309])
        let f = try Kernels.arange(start: 0.5, stop: 3.2, step: 0.3, dtype: .float32)
        #expect(f.values(as: Float.self)?.map(\.bitPattern) == [1056964608, 1061997773, 1066192077, 1068708660,
            1071225242, 1073741824, 1075000116, 1076258407, 1077516698, 1078774989])
        #expect(try Kernels.arange(start: 10, stop: 0, step: -3, dtype: .int64).values(as: Int64.self) == [10, 7, 4, 1])
        #expect(try Kernels.arange(start: 5, stop: 0, dtype: .int64).elementCount == 0)
    }

    @Test func tfRange() throws {
        let r = try Kernels.range(start: .int32(0), limit: .int32(10), delta: .int32(3), dtype: .int32)
        #expect(r.values(as: Int32.self) == [0, 3, 6, 9])
        let f = try Kernels.range(start: .float32(1), limit: .float32(2), delta: .float32(0.25), dtype: .float32)
        #expect(f.values(as: Float.self) == [1, 1.25, 1.5, 1.75])
        #expect(throws: TensorError.self) {
            try Kernels.range(start: .int32(5), limit: .int32(0), delta: .int32(1), dtype: .int32)
        }
    }

    @Test func fills() throws {
        #expect(try Kernels.zeros([2, 2], dtype: .float32).values(as: Float.self) == [0, 0, 0, 0])
        #expect(try Kernels.ones([3], dtype: .int64).values(as: Int64.self) == [1, 1, 1])
        #expect(try Kernels.fill([2], .bool(true)).values(as: Bool.self) == [true, true])
        #expect(try Kernels.onesLike(Tensor([Float(3), 4])).values(as: Float.self) == [1, 1])
        #expect(Kernels.zerosLike(Tensor([Int32(3)])).values(as: Int32.self) == [0])
        #expect(try Kernels.eye(2, columns: 3).values(as: Double.self) == [1, 0, 0, 0, 1, 0])
        #expect(throws: TensorError.self) { try Kernels.zeros([-1], dtype: .float32) }
        #expect(try Kernels.tfLinspace(start: .float32(0), stop: .float32(1), num: 5).values(as: Float.self) == [0, 0.25, 0.5, 0.75, 1])
    }
}
