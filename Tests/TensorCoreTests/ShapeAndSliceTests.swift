import Testing
@testable import TensorCore

private func i64(_ t: Tensor) -> [Int64] { t.values(as: Int64.self) ?? [] }

@Suite("shapes, shape kernels and slicing")
struct ShapeAndSliceTests {
    let a = try! Tensor((0..<24).map(Int64.init), shape: [2, 3, 4])

    @Test func tensorShapePrinting() {
        #expect(TensorShape([10, 10]).description == "(10, 10)")
        #expect(TensorShape([10, 10]).debugDescription == "TensorShape([10, 10])")
        #expect(TensorShape(partial: [nil, 3]).description == "(None, 3)")
        #expect(TensorShape(partial: [nil, 3]).debugDescription == "TensorShape([None, 3])")
        #expect(TensorShape([]).description == "()")
        #expect(TensorShape([5]).description == "(5,)")
        #expect(TensorShape.unknown.description == "<unknown>")
        #expect(TensorShape.unknown.debugDescription == "TensorShape(None)")
        #expect(TensorShape(partial: [nil, 3]).listDescription == "[None, 3]")
        #expect(ShapeFormat.tuple([2, 3]) == "(2, 3)")
        #expect(ShapeFormat.brackets([2, 3]) == "[2,3]")
    }

    @Test func partialShapes() throws {
        let p = TensorShape(partial: [nil, 3])
        #expect(p.isCompatible(with: TensorShape([5, 3])))
        #expect(!p.isCompatible(with: TensorShape([5, 4])))
        #expect(p.merged(with: TensorShape([5, 3])) == TensorShape([5, 3]))
        #expect(p.elementCount == nil)
        #expect(try TensorShape.broadcast(p, TensorShape([3])) == TensorShape(partial: [nil, 3]))
        #expect(try TensorShape.broadcast(p, .unknown) == .unknown)
        #expect(throws: TensorError.self) { try TensorShape.broadcast(p, TensorShape([4])) }
    }

    @Test func reshape() throws {
        #expect(try Kernels.reshape(a, to: [4, -1]).shape == [4, 6])
        #expect(throws: TensorError.self) { try Kernels.reshape(a, to: [5, -1]) }
        do {
            _ = try Kernels.reshape(Tensor([Float(1), 2, 3]), to: [2, 2])
        } catch let e as TensorError {
            #expect(e.message == "Input to reshape is a tensor with 3 values, but the requested shape has 4")
            #expect(e.numpyMessage == "cannot reshape array of size 3 into shape (2,2)")
        }
        do {
            _ = try Kernels.reshape(a, to: [-1, -1])
        } catch let e as TensorError {
            #expect(e.numpyMessage == "can only specify one unknown dimension")
        }
    }

    @Test func transpose() throws {
        let t = try Kernels.transpose(a, perm: [2, 0, 1])
        #expect(t.shape == [4, 2, 3])
        #expect(Array(i64(t).prefix(6)) == [0, 4, 8, 12, 16, 20])
        let m = try Kernels.transpose(Tensor([Float(1), 2, 3, 4, 5, 6], shape: [2, 3]))
        #expect(m.shape == [3, 2])
        #expect(m.values(as: Float.self) == [1, 4, 2, 5, 3, 6])
        #expect(throws: TensorError.self) { try Kernels.transpose(a, perm: [0, 1]) }
        #expect(throws: TensorError.self) { try Kernels.transpose(a, perm: [0, 1, 1]) }
        #expect(throws: TensorError.self) { try Kernels.transpose(a, perm: [0, 1, 3]) }
    }

    @Test func squeezeExpandConcatStackTile() throws {
        let s = try Tensor([Float(1), 2], shape: [1, 2, 1])
        #expect(try Kernels.squeeze(s).shape == [2])
        #expect(try Kernels.squeeze(s, axes: [-1]).shape == [1, 2])
        #expect(throws: TensorError.self) { try Kernels.squeeze(s, axes: [1]) }
        #expect(try Kernels.expandDims(s, axis: -1).shape == [1, 2, 1, 1])
        #expect(throws: TensorError.self) { try Kernels.expandDims(s, axis: 4) }

        let x = try Tensor([Int64(1), 2, 3, 4], shape: [2, 2])
        let y = try Tensor([Int64(5), 6], shape: [2, 1])
        let c = try Kernels.concat([x, y], axis: 1)
        #expect(c.shape == [2, 3])
        #expect(i64(c) == [1, 2, 5, 3, 4, 6])
        #expect(i64(try Kernels.concat([x, x], axis: 0)) == [1, 2, 3, 4, 1, 2, 3, 4])
        do {
            _ = try Kernels.concat([x, y], axis: 0)
        } catch let e as TensorError {
            #expect(e.message == "ConcatOp : Dimension 1 in both shapes must be equal: shape[0] = [2,2] vs. shape[1] = [2,1]")
            #expect(e.numpyMessage == "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 2 and the array at index 1 has size 1")
        }
        let st = try Kernels.stack([Tensor([Int64(1), 2]), Tensor([Int64(3), 4])], axis: 1)
        #expect(st.shape == [2, 2])
        #expect(i64(st) == [1, 3, 2, 4])
        #expect(throws: TensorError.self) { try Kernels.stack([Tensor([Int64(1)]), Tensor([Int64(1), 2])]) }
        let un = try Kernels.unstack(st, axis: 1)
        #expect(un.count == 2 && i64(un[1]) == [3, 4])
        let t = try Kernels.tile(Tensor([Int64(1), 2]), multiples: [3])
        #expect(i64(t) == [1, 2, 1, 2, 1, 2])
        #expect(try Kernels.tile(x, multiples: [1, 2]).shape == [2, 4])
    }

    /// Each result compared with numpy's `a[...]` for `a = np.arange(24).reshape(2, 3, 4)`.
    @Test(arguments: [
        ([SliceItem.index(1)], [3, 4], Array(12...23)),
        ([.index(-1), .range(start: 1, stop: nil, step: nil)], [2, 4], Array(16...23)),
        ([.all, .range(start: nil, stop: nil, step: -1), .range(start: nil, stop: nil, step: 2)], [2, 3, 2],
         [8, 10, 4, 6, 0, 2, 20, 22, 16, 18, 12, 14]),
        ([.ellipsis, .index(1)], [2, 3], [1, 5, 9, 13, 17, 21]),
        ([.newAxis, .index(0), .all, .range(start: -2, stop: nil, step: nil)], [1, 3, 2], [2, 3, 6, 7, 10, 11]),
        ([.index(1), .index(2), .index(3)], [], [23]),
        ([.all, .range(start: 1, stop: 2, step: nil)], [2, 1, 4], [4, 5, 6, 7, 16, 17, 18, 19]),
        ([.index(0), .range(start: nil, stop: nil, step: -2)], [2, 4], [8, 9, 10, 11, 0, 1, 2, 3]),
        ([.ellipsis, .newAxis], [2, 3, 4, 1], Array(0...23)),
        ([.range(start: 5, stop: nil, step: nil), .index(1)], [0, 4], []),
        ([.all, .range(start: -100, stop: 100, step: 3)], [2, 1, 4], [0, 1, 2, 3, 12, 13, 14, 15]),
        ([.index(1), .ellipsis, .range(start: nil, stop: nil, step: -3)], [3, 2], [15, 12, 19, 16, 23, 20]),
    ] as [([SliceItem], [Int], [Int64])])
    func basicIndexing(items: [SliceItem], shape: [Int], values: [Int64]) throws {
        let r = try Kernels.slice(a, items)
        #expect(r.shape == shape)
        #expect(i64(r) == values)
    }

    @Test func indexingErrors() {
        #expect(throws: TensorError.indexOutOfBounds(index: 5, axis: 0, size: 2)) { try Kernels.slice(a, [.index(5)]) }
        #expect(TensorError.indexOutOfBounds(index: 5, axis: 0, size: 3).numpyMessage == "index 5 is out of bounds for axis 0 with size 3")
        #expect(TensorError.indexOutOfBounds(index: 5, axis: 0, size: 3).message == "slice index 5 of dimension 0 out of bounds.")
        #expect(throws: TensorError.tooManyIndices(rank: 3, given: 4)) {
            try Kernels.slice(a, [.index(0), .index(0), .index(0), .index(0)])
        }
        #expect(TensorError.tooManyIndices(rank: 1, given: 2).numpyMessage
            == "too many indices for array: array is 1-dimensional, but 2 were indexed")
        #expect(throws: TensorError.self) { try Kernels.slice(a, [.range(start: nil, stop: nil, step: 0)]) }
        #expect(throws: TensorError.self) { try Kernels.slice(a, [.ellipsis, .ellipsis]) }
    }

    @Test func stridedSliceOp() throws {
        // tf.strided_slice(a, [0, 1], [2, 3], [1, 1], shrink_axis_mask=0b01)
        let r = try Kernels.stridedSlice(a, StridedSliceSpec(begin: [1, 1], end: [2, 3], strides: [1, 1], shrinkAxisMask: 1))
        #expect(r.shape == [2, 4])
        #expect(i64(r) == Array(16...23))
    }

    @Test func gatherAndMasks() throws {
        let x = Tensor((0..<10).map(Int64.init))
        #expect(i64(try Kernels.gather(x, indices: Tensor([Int64(3), -1, 0]), flavor: .numpy)) == [3, 9, 0])
        #expect(throws: TensorError.self) { try Kernels.gather(x, indices: Tensor([Int64(-1)])) }
        #expect(throws: TensorError.self) { try Kernels.gather(x, indices: Tensor([Int32(10)])) }
        let mask = try Kernels.equal(Kernels.mod(x, Tensor(scalar: Int64(3))), Tensor(scalar: Int64(0)))
        #expect(i64(try Kernels.booleanMask(x, mask: mask)) == [0, 3, 6, 9])
        let d = try Kernels.reshape(a, to: [6, 4])
        let g = try Kernels.gather(d, indices: try Tensor([Int32(0), 5, 2, 2], shape: [2, 2]))
        #expect(g.shape == [2, 2, 4])
        #expect(i64(try Kernels.gather(d, indices: Tensor([Int64(1), 3]), axis: 1)) == [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23])
        do {
            _ = try Kernels.booleanMask(Tensor([Float(1), 2, 3]), mask: Tensor([true, false]))
        } catch let e as TensorError {
            #expect(e.numpyMessage == "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2")
        }
    }

    @Test func assignment() throws {
        let b = try Kernels.setSlice(a, [.all, .range(start: 1, stop: nil, step: nil), .index(2)], to: Tensor(scalar: Int64(99)))
        #expect(i64(b) == [0, 1, 2, 3, 4, 5, 99, 7, 8, 9, 99, 11, 12, 13, 14, 15, 16, 17, 99, 19, 20, 21, 99, 23])
        let c = try Kernels.setSlice(a, [.index(0)], to: Tensor([Int64(7), 8, 9, 10]))
        #expect(Array(i64(c).prefix(13)) == [7, 8, 9, 10, 7, 8, 9, 10, 7, 8, 9, 10, 12])
        #expect(throws: TensorError.self) { try Kernels.setSlice(a, [.index(0)], to: Tensor([Int64(1), 2])) }
        let x = Tensor([Float(-1), 2, -3])
        let neg = try Kernels.less(x, Tensor(scalar: Float(0)))
        #expect(try Kernels.setBooleanMask(x, mask: neg, to: Tensor(scalar: Float(0))).values(as: Float.self) == [0, 2, 0])
        #expect(try Kernels.setGather(x, indices: Tensor([Int64(0), -1]), to: Tensor([Float(5), 6])).values(as: Float.self) == [5, 2, 6])
    }

    @Test func broadcastTo() throws {
        let r = try Broadcast.broadcast(Tensor([Int64(1), 2]), to: [2, 2])
        #expect(i64(r) == [1, 2, 1, 2])
        #expect(throws: TensorError.self) { try Broadcast.broadcast(Tensor([Int64(1), 2]), to: [3]) }
    }
}

@Suite("dtypes, tensors and casts")
struct DTypeTensorTests {
    @Test func numpyPromotionTable() {
        // np.result_type over bool, uint8, int32, int64, float32, float64
        let order: [DType] = [.bool, .uint8, .int32, .int64, .float32, .float64]
        let expected: [[DType]] = [
            [.bool, .uint8, .int32, .int64, .float32, .float64],
            [.uint8, .uint8, .int32, .int64, .float32, .float64],
            [.int32, .int32, .int32, .int64, .float64, .float64],
            [.int64, .int64, .int64, .int64, .float64, .float64],
            [.float32, .float32, .float64, .float64, .float32, .float64],
            [.float64, .float64, .float64, .float64, .float64, .float64],
        ]
        for (i, x) in order.enumerated() {
            for (j, y) in order.enumerated() {
                #expect(DType.numpyResultType(x, y) == expected[i][j], "\(x) \(y)")
            }
        }
        #expect(DType.numpyResultType(.string, .int32) == nil)
        // array + Python int / float / bool (NEP 50)
        let weak: [(DType, DType, DType, DType)] = [
            (.bool, .int64, .float64, .bool), (.uint8, .uint8, .float64, .uint8), (.int32, .int32, .float64, .int32),
            (.int64, .int64, .float64, .int64), (.float32, .float32, .float32, .float32), (.float64, .float64, .float64, .float64),
        ]
        for (d, i, f, b) in weak {
            #expect(DType.numpyWeakResultType(array: d, pythonScalar: .int) == i)
            #expect(DType.numpyWeakResultType(array: d, pythonScalar: .float) == f)
            #expect(DType.numpyWeakResultType(array: d, pythonScalar: .bool) == b)
        }
        #expect(DType(numpyName: "float") == .float64)
        #expect(DType(tensorflowName: "float") == .float32)
        #expect(DType.float32.isFloating && DType.int32.isInteger && !DType.bool.isInteger)
    }

    @Test func castsMatchNumpyAstype() throws {
        let x = Tensor([-2.7, -0.5, 0.5, 2.7, 300.7, -1.0, .nan, 1e20])
        #expect(try Conversion.cast(x, to: .int32).values(as: Int32.self) == [-2, 0, 0, 2, 300, -1, Int32.min, Int32.min])
        #expect(try Conversion.cast(x, to: .int64).values(as: Int64.self) == [-2, 0, 0, 2, 300, -1, Int64.min, Int64.min])
        #expect(try Conversion.cast(x, to: .uint8).values(as: UInt8.self) == [254, 0, 0, 2, 44, 255, 0, 0])
        #expect(try Conversion.cast(x, to: .bool).values(as: Bool.self) == Array(repeating: true, count: 8))
        #expect(try Conversion.cast(Tensor([Int64(300), -1, 65543]), to: .uint8).values(as: UInt8.self) == [44, 255, 7])
        #expect(try Conversion.cast(Tensor([Int64(2147483653)]), to: .int32).values(as: Int32.self) == [-2147483643])
        #expect(try Conversion.cast(Tensor([true, false]), to: .float32).values(as: Float.self) == [1, 0])
        #expect(try Conversion.cast(Tensor(["1.5", " 2 "]), to: .float64).values(as: Double.self) == [1.5, 2])
        #expect(throws: TensorError.self) { try Conversion.cast(Tensor(["x"]), to: .float64) }
        #expect(throws: TensorError.self) { try Conversion.cast(Tensor(["1"]), to: .float32, flavor: .tensorflow) }
    }

    @Test func nestedConstruction() throws {
        let py = NestedValue.list([.list([.python(.int(1)), .python(.int(2))]), .list([.python(.int(3)), .python(.float(4.5))])])
        let n = try Tensor(nested: py, flavor: .numpy)
        #expect(n.dtype == .float64 && n.shape == [2, 2])
        let t = try Tensor(nested: py, flavor: .tensorflow)
        #expect(t.dtype == .float32)
        let ints = try Tensor(nested: .list([.python(.int(1)), .python(.int(2))]), flavor: .tensorflow)
        #expect(ints.dtype == .int32)
        let big = try Tensor(nested: .list([.python(.int(1 << 40))]), flavor: .tensorflow)
        #expect(big.dtype == .int64)
        #expect(try Tensor(nested: .list([.python(.bool(true)), .python(.int(2))]), flavor: .numpy).dtype == .int64)
        let arr = try Tensor(nested: .list([.array(Tensor([Float(1), 2])), .array(Tensor([Float(3), 4]))]), flavor: .tensorflow)
        #expect(arr.dtype == .float32 && arr.shape == [2, 2])
        #expect(throws: TensorError.self) {
            try Tensor(nested: .list([.list([.python(.int(1))]), .list([.python(.int(1)), .python(.int(2))])]), flavor: .numpy)
        }
        let scalar = try Tensor(nested: .python(.float(2.5)), dtype: .float32, flavor: .tensorflow)
        #expect(scalar.shape == [] && scalar.values(as: Float.self) == [2.5])
        #expect(try Tensor(nested: .list([]), flavor: .numpy).shape == [0])
    }

    @Test func elementAccess() throws {
        let t = try Tensor([Float(1), 2, 3, 4, 5, 6], shape: [2, 3])
        #expect(try t.element(at: [1, -1]) == .float32(6))
        #expect(throws: TensorError.self) { try t.element(at: [2, 0]) }
        #expect(throws: TensorError.self) { try t.item() }
        #expect(try Tensor(scalar: Int32(4)).item() == .int32(4))
        #expect(throws: TensorError.self) { try Tensor([Float(1)], shape: [2]) }
        #expect(throws: TensorError.self) { try Tensor([Float](), shape: [-1]) }
    }
}

@Suite("broadcast gradient args")
struct BroadcastGradientArgsTests {
    @Test func reductionAxes() throws {
        #expect(try Broadcast.gradientReductionAxes([2, 3], [3]) == ([], [0]))
        #expect(try Broadcast.gradientReductionAxes([], [5]) == ([0], []))
        #expect(try Broadcast.gradientReductionAxes([1], [1]) == ([0], [0]))
        #expect(try Broadcast.gradientReductionAxes([2, 1, 4], [3, 1]) == ([1], [0, 2]))
        #expect(throws: TensorError.self) { try Broadcast.gradientReductionAxes([2], [3]) }
    }
}
