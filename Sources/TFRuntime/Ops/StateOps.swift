import TensorCore

func registerStateOps(_ r: OpRegistry) {
    // Resource variables. A handle names a resource in the running session (graph mode);
    // eagerly, the variable passes its resource directly.
    r.register(OpDef("VarHandleOp", stateful: true, shape: { c in
        guard let d = c.attrs["dtype"]?.dtype else { throw TFError.value("VarHandleOp needs a dtype") }
        return [OutputSpec(d, TensorShape([]), isResource: true)]
    }, kernel: { ctx in
        guard let session = ctx.session else { throw TFError(.internal, "VarHandleOp outside a session") }
        let name = ctx.attrs["shared_name"]?.string ?? ctx.opName
        let d = ctx.attrs["dtype"]?.dtype ?? .float32
        return [.resource(session.resource(named: name, dtype: d, shape: ctx.attrs["shape"]?.shape ?? TensorShape(dims: nil)))]
    }))
    r.register(OpDef("ReadVariableOp", stateful: true, shape: { c in
        [OutputSpec(c.attrs["dtype"]?.dtype ?? c.dtype(0), c.attrs["_shape"]?.shape ?? TensorShape(dims: nil))]
    }, kernel: { ctx in
        let res = try ctx.resource(0)
        guard let v = res.value else {
            throw TFError(.failedPrecondition, "Could not find variable \(res.name). This could mean that the variable has been deleted. In TF1, it can also mean the variable is uninitialized. Debug info: container=localhost, status error message=Container localhost does not exist. (Could not find resource: localhost/\(res.name))")
        }
        return [.tensor(v)]
    }, gradient: { c in [try c.grad] }))
    r.register(OpDef("VarIsInitializedOp", stateful: true, shape: { _ in [OutputSpec(.bool, TensorShape([]))] }, kernel: { ctx in
        [.tensor(Tensor(scalar: try ctx.resource(0).value != nil))]
    }))
    func assign(_ type: String, _ combine: @escaping (Tensor, Tensor) throws -> Tensor) {
        r.register(OpDef(type, stateful: true, shape: { c in
            // TF's CreateAssignShapeFn: the value's shape merges with the variable's.
            guard let varShape = c.attrs["_shape"]?.shape, c.inputs.count == 2 else { return [] }
            let valueShape = c.shape(1)
            guard let vd = varShape.dims, let xd = valueShape.dims else { return [] }
            func fail(_ text: String) -> TFError {
                TFError.value("\(text) for '\(c.nodeText(", dtype=\(c.dtype(1).tfEnumName)", typeAttr: false))' with input shapes: [], \(valueShape.inferenceDescription).")
            }
            guard vd.count == xd.count else { throw fail("Shapes must be equal rank, but are \(vd.count) and \(xd.count)") }
            for (k, (a, b)) in zip(vd, xd).enumerated() {
                if let a, let b, a != b {
                    throw fail("Dimension \(k) in both shapes must be equal, but are \(a) and \(b). Shapes are \(varShape.inferenceDescription) and \(valueShape.inferenceDescription).")
                }
            }
            return []
        }, kernel: { ctx in
            let res = try ctx.resource(0)
            let v = try ctx.tensor(1)
            if v.dtype != res.dtype {
                throw TFError.invalidArgument("Trying to assign variable with wrong dtype. Expected \(res.dtype.name) got \(v.dtype.name)")
            }
            if type == "AssignVariableOp" {
                if ctx.attrs["validate_shape"]?.bool == true, let cur = res.value, cur.shape != v.shape {
                    throw TFError.kernelFailure("Trying to assign to variable with tensor with wrong shape. Expected \(ShapeFormat.brackets(cur.shape)) got \(ShapeFormat.brackets(v.shape))", op: ctx.opName)
                }
                res.value = v
            } else {
                guard let cur = res.value else {
                    throw TFError(.failedPrecondition, "Could not find variable \(res.name). This could mean that the variable has been deleted. In TF1, it can also mean the variable is uninitialized.")
                }
                guard cur.shape == v.shape else {
                    throw TFError.kernelFailure("Cannot update variable with shape \(ShapeFormat.brackets(cur.shape)) using a Tensor with shape \(ShapeFormat.brackets(v.shape)), shapes must be equal.", op: ctx.opName)
                }
                res.value = try combine(cur, v)
            }
            return []
        }))
    }
    assign("AssignVariableOp") { _, v in v }
    assign("AssignAddVariableOp") { try Kernels.add($0, $1) }
    assign("AssignSubVariableOp") { try Kernels.subtract($0, $1) }
}

func registerRandomOps(_ r: OpRegistry) {
    func randomShape(_ c: ShapeContext) throws -> [OutputSpec] {
        let d = c.attrs["dtype"]?.dtype ?? .float32
        guard let dims = c.constantInts(0) else { return [OutputSpec(d, TensorShape(dims: nil))] }
        return [OutputSpec(d, TensorShape(dims))]
    }
    r.register(OpDef("RandomUniform", stateful: true, shape: randomShape, kernel: tensorKernel { ctx in
        let shape = try ctx.tensor(0).intElements
        let d = ctx.attrs["dtype"]?.dtype ?? .float32
        let gen = ctx.runtime.generator(seed: ctx.attrs["seed"]?.int ?? 0, seed2: ctx.attrs["seed2"]?.int ?? 0, dtype: d, key: ctx.opName, session: ctx.session)
        return try gen.uniform(count: shape.reduce(1, *), dtype: d).reshaped(shape)
    }))
    // RandomUniformInt: integers in [minval, maxval), TF's UniformDistribution for int32/int64.
    r.register(OpDef("RandomUniformInt", stateful: true, shape: { c in
        guard let dims = c.constantInts(0) else { return [OutputSpec(c.dtype(1), TensorShape(dims: nil))] }
        return [OutputSpec(c.dtype(1), TensorShape(dims))]
    }, kernel: tensorKernel { ctx in
        let shape = try ctx.tensor(0).intElements
        let lo = try ctx.tensor(1), hi = try ctx.tensor(2)
        guard lo.rank == 0, hi.rank == 0, let l = try lo.item().int64Value, let h = try hi.item().int64Value else {
            throw TensorError.invalidArgument("minval must be 0-D, got shape \(ShapeFormat.brackets(lo.shape))")
        }
        guard l < h else { throw TensorError.invalidArgument("Need minval < maxval, got \(l) >= \(h)") }
        let gen = ctx.runtime.generator(seed: ctx.attrs["seed"]?.int ?? 0, seed2: ctx.attrs["seed2"]?.int ?? 0, dtype: lo.dtype,
                                        key: ctx.opName, session: ctx.session)
        return try gen.uniformInt(count: shape.reduce(1, *), low: l, high: h, dtype: lo.dtype).reshaped(shape)
    }))
    // Stateless random ops (`tf.random.stateless_uniform|normal`): the same values for the same
    // seed pair, so not stateful. TF 2.21 splits them into StatelessRandomGetKeyCounter and the
    // V2 op; these are the single-op forms, which compute the same values.
    func statelessGenerator(_ seed: Tensor) throws -> PhiloxRandom {
        let s = try seed.intElements
        guard s.count == 2 else {
            throw TFError.invalidArgument("seed must have shape [2], not [\(s.count)]")
        }
        // stateless_random_ops.cc GenerateKey: the seeds scrambled by one Philox block.
        let s0 = UInt64(bitPattern: Int64(s[0])), s1 = UInt64(bitPattern: Int64(s[1]))
        let mix = PhiloxRandom.block(counter: [UInt32(truncatingIfNeeded: s0), UInt32(truncatingIfNeeded: s0 >> 32),
                                               UInt32(truncatingIfNeeded: s1), UInt32(truncatingIfNeeded: s1 >> 32)],
                                     key: [0x3ec8_f720, 0x0246_1e29])
        return try PhiloxRandom(counter: [0, 0, mix[2], mix[3]], key: [mix[0], mix[1]])
    }
    func stateless(_ type: String, _ fill: @escaping (Int, DType, PhiloxRandom) throws -> Tensor) {
        r.register(OpDef(type, shape: randomShape, kernel: tensorKernel { ctx in
            let shape = try ctx.tensor(0).intElements
            let d = ctx.attrs["dtype"]?.dtype ?? .float32
            let base: DType = d == .float64 ? .float64 : .float32
            let values = try fill(shape.reduce(1, *), base, try statelessGenerator(try ctx.tensor(1)))
            return try (base == d ? values : try Conversion.cast(values, to: d, flavor: .tensorflow)).reshaped(shape)
        }))
    }
    stateless("StatelessRandomUniform") { try TFRandom.uniform(count: $0, dtype: $1, generator: $2) }
    stateless("StatelessRandomNormal") { try TFRandom.normal(count: $0, dtype: $1, generator: $2) }
    stateless("StatelessTruncatedNormal") { try TFRandom.truncatedNormal(count: $0, dtype: $1, generator: $2) }
    r.register(OpDef("TruncatedNormal", stateful: true, shape: randomShape, kernel: tensorKernel { ctx in
        let shape = try ctx.tensor(0).intElements
        let d = ctx.attrs["dtype"]?.dtype ?? .float32
        let gen = ctx.runtime.generator(seed: ctx.attrs["seed"]?.int ?? 0, seed2: ctx.attrs["seed2"]?.int ?? 0, dtype: d, key: ctx.opName, session: ctx.session)
        return try gen.truncatedNormal(count: shape.reduce(1, *), dtype: d).reshaped(shape)
    }))
    r.register(OpDef("RandomStandardNormal", stateful: true, shape: randomShape, kernel: tensorKernel { ctx in
        let shape = try ctx.tensor(0).intElements
        let d = ctx.attrs["dtype"]?.dtype ?? .float32
        let gen = ctx.runtime.generator(seed: ctx.attrs["seed"]?.int ?? 0, seed2: ctx.attrs["seed2"]?.int ?? 0, dtype: d, key: ctx.opName, session: ctx.session)
        return try gen.normal(count: shape.reduce(1, *), dtype: d).reshaped(shape)
    }))
}
