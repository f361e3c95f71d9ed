import Testing
import TensorCore
@testable import TFRuntime

/// A plan run many times is compiled (`CompiledRun`); these tests run each graph in two
/// sessions, one whose runtime records values (which keeps every run on the generic kernels) and
/// one free to compile, and require the same bits from both on every run.
@Suite("Compiled session runs give the generic kernels' results bit for bit")
struct CompiledRunTests {
    /// Values with the awkward cases: signed zeros, infinities, NaN, tiny and huge numbers.
    static func values(_ n: Int, seed: Int) -> [Float] {
        let special: [Float] = [0, -0.0, 1.5, -2.25, .infinity, -.infinity, .nan, 1e-38, 3e38, -7, 0.1, 12345.678]
        return (0..<n).map { i in
            let k = (i * 7 + seed * 5) % (special.count + 3)
            return k < special.count ? special[k] : Float(i * 13 + seed) * 0.37 - 4
        }
    }

    /// The elements' bits, except that a NaN is any NaN: which operand's NaN an addition keeps is
    /// the machine code's choice (and prints the same). Other dtypes as their values.
    static func bits(_ t: Tensor) -> [UInt64]? {
        if let f = t.values(as: Float.self) { return f.map { $0.isNaN ? 0x7fc0_0000 : UInt64($0.bitPattern) } }
        return t.values(as: Int64.self)?.map { UInt64(bitPattern: $0) }
    }

    struct Built {
        var fetches: [GraphTensor]
        var targets: [Operation] = []
        /// Run once before the others (variable initialisers).
        var setUp: [Operation] = []
        /// Variables whose values must end up the same.
        var variables: [String] = []
    }

    /// Runs `build` in a generic and a compiling session, `runs` times each with the same feeds.
    /// Returns whether the compiling session's plan was compiled.
    @discardableResult
    func compare(_ feeds: [Tensor], runs: Int = 5,
                 _ build: (TFRuntime, [TensorHandle]) throws -> Built) throws -> Bool {
        func make(records: Bool) throws -> (Session, [ObjectIdentifier: Tensor], Built) {
            let rt = TFRuntime()
            rt.eagerByDefault = false
            rt.recordsValues = records
            let g = rt.defaultGraph
            var handles: [TensorHandle] = []
            var fed: [ObjectIdentifier: Tensor] = [:]
            for (i, t) in feeds.enumerated() {
                let p = try g.addOperation(type: "Placeholder", inputs: [],
                                           attrs: ["dtype": .type(t.dtype), "shape": .shape(TensorShape(t.shape))],
                                           name: "p\(i)").outputs[0]
                handles.append(.symbolic(p))
                fed[ObjectIdentifier(p)] = t
            }
            let built = try build(rt, handles)
            return (Session(graph: g, runtime: rt), fed, built)
        }
        let (generic, gFeeds, gBuilt) = try make(records: true)
        let (compiling, cFeeds, cBuilt) = try make(records: false)
        if !gBuilt.setUp.isEmpty {
            _ = try generic.run(fetches: [], targets: gBuilt.setUp)
            _ = try compiling.run(fetches: [], targets: cBuilt.setUp)
        }
        for run in 0..<runs {
            let a = try generic.run(fetches: gBuilt.fetches, targets: gBuilt.targets, feeds: gFeeds)
            let b = try compiling.run(fetches: cBuilt.fetches, targets: cBuilt.targets, feeds: cFeeds)
            #expect(a.count == b.count)
            for (x, y) in zip(a, b) {
                #expect(x.shape == y.shape, "run \(run)")
                #expect(x.dtype == y.dtype, "run \(run)")
                if x.dtype == .float32 {
                    let xb = Self.bits(x), yb = Self.bits(y)
                    #expect(xb == yb, "run \(run): \(x) vs \(y)")
                } else {
                    #expect(x == y, "run \(run)")
                }
            }
        }
        #expect(generic.lastPlan?.plan.isCompiled == false)
        for name in gBuilt.variables {
            let a = generic.resource(named: name, dtype: .float32, shape: .unknown).value
            let b = compiling.resource(named: name, dtype: .float32, shape: .unknown).value
            #expect(a != nil && a?.shape == b?.shape && a.flatMap(Self.bits) == b.flatMap(Self.bits), "variable \(name)")
        }
        return compiling.lastPlan?.plan.isCompiled ?? false
    }

    func t(_ shape: [Int], seed: Int = 0) throws -> Tensor {
        try Tensor(Self.values(shape.reduce(1, *), seed: seed), shape: shape)
    }

    func ints(_ v: [Int32], _ shape: [Int]? = nil) throws -> Tensor {
        try Tensor(v, shape: shape ?? [v.count])
    }

    func out(_ h: TensorHandle) throws -> GraphTensor {
        guard let g = h.graphTensor else { throw TFError(.internal, "not symbolic") }
        return g
    }

    @Test("element-wise binary ops, with every broadcast", arguments: ["AddV2", "Sub", "Mul", "RealDiv", "Maximum", "Minimum", "SquaredDifference", "ReluGrad"])
    func binary(type: String) throws {
        let shapes: [([Int], [Int])] = [([2, 3], [2, 3]), ([], [2, 3]), ([2, 3], []), ([2, 1], [1, 3]), ([3], [2, 3])]
        for (sa, sb) in shapes {
            if type == "ReluGrad" && sa != sb { continue }
            let compiled = try compare([try t(sa, seed: 1), try t(sb, seed: 2)]) { rt, p in
                Built(fetches: [try out(try rt.execute1(type, [p[0], p[1]]))])
            }
            #expect(compiled, "\(type) \(sa) \(sb)")
        }
    }

    @Test("unary ops, and ops run through their own kernel", arguments: ["Neg", "Square", "Relu", "Exp", "Sigmoid", "Tanh", "Abs"])
    func unary(type: String) throws {
        let compiled = try compare([try t([3, 4])]) { rt, p in
            Built(fetches: [try out(try rt.execute1(type, [p[0]]))])
        }
        #expect(compiled)
    }

    @Test("softmax cross-entropy through its own kernel, both outputs")
    func crossEntropy() throws {
        let compiled = try compare([try t([4, 3], seed: 11), try Tensor([Float](repeating: 1.0 / 3, count: 12), shape: [4, 3])]) { rt, p in
            let outs = try rt.execute("SoftmaxCrossEntropyWithLogits", [p[0], p[1]])
            let soft = try rt.execute1("Softmax", [p[0]])
            return Built(fetches: [try out(outs[0]), try out(outs[1]), try out(soft)])
        }
        #expect(compiled)
    }

    @Test("sums and means over some, all and no axes")
    func reductions() throws {
        for type in ["Sum", "Mean", "Max"] {
            for (axes, keep) in [([Int32](), false), ([0], false), ([1], true), ([0, 1], false), ([-1], false), ([0, 2], true)] {
                let compiled = try compare([try t([2, 3, 4], seed: 3)]) { rt, p in
                    let a = try rt.constant(try ints(axes))
                    return Built(fetches: [try out(try rt.execute1(type, [p[0], a], attrs: ["keep_dims": .bool(keep)]))])
                }
                #expect(compiled, "\(type) \(axes)")
            }
        }
    }

    @Test("matmul with and without transposes")
    func matmul() throws {
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            let a = try t(ta ? [4, 3] : [3, 4], seed: 4), b = try t(tb ? [2, 4] : [4, 2], seed: 5)
            let compiled = try compare([a, b]) { rt, p in
                Built(fetches: [try out(try rt.execute1("MatMul", [p[0], p[1]], attrs: ["transpose_a": .bool(ta), "transpose_b": .bool(tb)]))])
            }
            #expect(compiled)
        }
        // A matrix times a vector (TF pairs the products of 4 or 5 terms), and a single row.
        for (m, k, n) in [(3, 4, 1), (2, 5, 1), (4, 7, 1), (1, 6, 1), (1, 3, 4)] {
            let compiled = try compare([try t([m, k], seed: 9), try t([k, n], seed: 10)]) { rt, p in
                Built(fetches: [try out(try rt.execute1("MatMul", [p[0], p[1]]))])
            }
            #expect(compiled, "\(m)x\(k) times \(k)x\(n)")
        }
    }

    @Test("data movement compiled to gathers")
    func movement() throws {
        let cases: [(String, (TFRuntime, [TensorHandle]) throws -> TensorHandle)] = [
            ("Reshape", { rt, p in try rt.execute1("Reshape", [p[0], try rt.constant(try self.ints([4, 3]))]) }),
            ("Transpose", { rt, p in try rt.execute1("Transpose", [p[0], try rt.constant(try self.ints([1, 0]))]) }),
            ("Tile", { rt, p in try rt.execute1("Tile", [p[0], try rt.constant(try self.ints([2, 3]))]) }),
            ("ExpandDims", { rt, p in try rt.execute1("ExpandDims", [p[0], try rt.constant(Tensor(scalar: Int32(1)))]) }),
            ("ConcatV2", { rt, p in try rt.execute1("ConcatV2", [p[0], p[1], try rt.constant(Tensor(scalar: Int32(0)))], attrs: ["N": .int(2)]) }),
            ("GatherV2", { rt, p in try rt.execute1("GatherV2", [p[0], try rt.constant(try self.ints([2, 0, 2])), try rt.constant(Tensor(scalar: Int32(1)))]) }),
        ]
        for (name, build) in cases {
            let compiled = try compare([try t([3, 4], seed: 6), try t([3, 4], seed: 7)]) { rt, p in
                Built(fetches: [try out(try build(rt, p))])
            }
            #expect(compiled, "\(name)")
        }
    }

    /// A variable `v` of `shape`, initialised from a constant; returns its handle op's output and
    /// the initialiser op.
    func variable(_ rt: TFRuntime, _ name: String, _ initial: Tensor) throws -> (TensorHandle, Operation) {
        let g = rt.defaultGraph
        let h = try g.addOperation(type: "VarHandleOp", inputs: [],
                                   attrs: ["dtype": .type(initial.dtype), "shape": .shape(TensorShape(initial.shape)), "shared_name": .string(name)],
                                   name: name).outputs[0]
        let c = try rt.constant(initial)
        let assign = try g.addOperation(type: "AssignVariableOp", inputs: [h, try out(c)], attrs: ["dtype": .type(initial.dtype)], name: name + "/Assign")
        return (.symbolic(h), assign)
    }

    @Test("a training step: reads, updates and writes of variables")
    func training() throws {
        let compiled = try compare([try t([5], seed: 8), try Tensor(scalar: Float(0.01))], runs: 8) { rt, p in
            let (w, initW) = try variable(rt, "w", try Tensor([Float(0.5)], shape: []))
            let (b, initB) = try variable(rt, "b", try Tensor([Float(-1), 2, 0.25, 3, 1], shape: [5]))
            let (m, initM) = try variable(rt, "m", try Tensor([Float](repeating: 0, count: 5), shape: [5]))
            // An optimizer's step counter, int64, counted by a constant.
            let (it, initIt) = try variable(rt, "it", Tensor(scalar: Int64(0)))
            let g = rt.defaultGraph
            let count = try g.addOperation(type: "AssignAddVariableOp", inputs: [try out(it), try out(try rt.constant(Tensor(scalar: Int64(1))))],
                                           attrs: ["dtype": .type(.int64)], name: "count")
            let rw = try rt.execute1("ReadVariableOp", [w], attrs: ["dtype": .type(.float32)])
            let rb = try rt.execute1("ReadVariableOp", [b], attrs: ["dtype": .type(.float32)])
            let y = try rt.execute1("AddV2", [try rt.execute1("Mul", [rw, p[0]]), rb])
            let loss = try rt.execute1("Sum", [try rt.execute1("Square", [y]), try rt.constant(try ints([0]))])
            let gw = try rt.execute1("Mul", [p[1], loss])
            let step1 = try g.addOperation(type: "ResourceApplyGradientDescent", inputs: [try out(w), try out(p[1]), try out(gw)], attrs: [:], name: "apply_w")
            let step2 = try g.addOperation(type: "AssignSubVariableOp", inputs: [try out(b), try out(y)], attrs: ["dtype": .type(.float32)], name: "sub_b")
            let step3 = try g.addOperation(type: "ResourceApplyMomentum", inputs: [try out(b), try out(m), try out(p[1]), try out(y), try out(try rt.constant(Tensor(scalar: Float(0.9))))],
                                           attrs: ["use_nesterov": .bool(false)], name: "momentum_b", controlInputs: [step2])
            let after = try g.addOperation(type: "ReadVariableOp", inputs: [try out(b)], attrs: ["dtype": .type(.float32)], name: "after", controlInputs: [step1, step2, step3])
            return Built(fetches: [try out(loss), after.outputs[0]], targets: [step1, step2, step3, count],
                         setUp: [initW, initB, initM, initIt], variables: ["w", "b", "m", "it"])
        }
        #expect(compiled)
    }
}
