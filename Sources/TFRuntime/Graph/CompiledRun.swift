import TensorCore

/// An `ExecutionPlan` specialised on the shapes of an earlier run, for the loops that run one
/// plan thousands of times (`sess.run(train_op, feed_dict=...)`, a `tf.function` step).
///
/// After a generic run, every output is classified:
/// - *static*: a `Const`, an op that is not stateful and whose inputs are all static, or an op
///   whose value depends only on shapes (`Shape`, `ZerosLike`, ...). Its value is the one the
///   generic run computed, reused as it is (so the gradient's shape arithmetic,
///   `BroadcastGradientArgs`, `Fill`, ... costs nothing later);
/// - *dynamic*: a float32 tensor that a feed or a variable flows into. It gets a fixed region of
///   one buffer (the arena), written in place on every run;
/// - a variable's resource, which stays the same object for a session.
///
/// Each dynamic op becomes one instruction working on the arena: element-wise arithmetic,
/// reductions and `MatMul` computed in place (in the same order and with the same scalar
/// operations as the generic kernels, so results are identical bit for bit), data movement
/// (`Reshape`, `Tile`, `Transpose`, `ConcatV2`, ...) as a gather whose index map is worked out
/// once by running the op's own kernel on the arena positions, and a short list of other
/// shape-preserving ops through their generic kernel. A plan with any other op is not compiled.
///
/// A run checks first that it matches the specialisation (the fed tensors and the variables it
/// reads have the same dtypes and shapes); otherwise the generic run is used. Once those checks
/// pass, only the ops run through their own kernels can fail (a counter that was never
/// initialised, say), and they report as the generic run would.
final class CompiledRun {
    /// A float32 region of the arena.
    struct Region {
        var offset: Int
        var count: Int
        var shape: [Int]
    }

    enum Result {
        case region(Region)
        case value(KernelValue)
        case fed(ObjectIdentifier)
    }

    enum BinaryOp { case add, sub, mul, div, maximum, minimum, squaredDifference, reluGrad }
    enum UnaryOp { case neg, square, relu }
    enum Update { case add, sub, gradientDescent }

    /// How a binary op's operands line up with its output.
    enum Broadcasting {
        case same
        case scalarB
        case scalarA
        /// Each output element's source positions, from `indices[a...]` and `indices[b...]`.
        case indexed(a: Int, b: Int)
    }

    struct MatMulShape {
        let out: Int, a: Int, b: Int
        let m: Int, k: Int, n: Int
        /// Strides of the logical m x k and k x n matrices.
        let ars: Int, acs: Int, brs: Int, bcs: Int
        /// Fused multiply-adds, or paired sums, where TensorCore's kernel uses them.
        let fused: Bool, paired: Bool
    }

    /// One step of a compiled run. The payloads are plain numbers (arena offsets, counts, and
    /// positions in the run's side tables), so running an instruction touches no reference count.
    enum Instruction {
        case binary(BinaryOp, out: Int, a: Int, b: Int, count: Int, Broadcasting)
        case unary(UnaryOp, out: Int, a: Int, count: Int)
        case copy(out: Int, from: Int, count: Int)
        /// `out[i] = arena[indices[map + i]]`.
        case gather(out: Int, map: Int, count: Int)
        case read(resource: Int, out: Int, count: Int)
        /// The variable takes the value of region `regions[region]`.
        case assign(resource: Int, region: Int)
        /// `var = var ± delta` (or `var - delta * arena[alpha]`), delta a scalar or of the
        /// variable's shape.
        case update(Update, resource: Int, delta: Int, alpha: Int?, scalarDelta: Bool, count: Int)
        /// Sums of `run` elements each (in `indices[order...]`'s order when given, else
        /// contiguous and in TF's order), divided by `run` for a mean.
        case reduce(out: Int, a: Int, outCount: Int, run: Int, order: Int?, mean: Bool)
        case matMul(Int)
        /// The sum of `inputs` regions whose offsets are at `indices[offsets...]`.
        case addN(out: Int, offsets: Int, inputs: Int, count: Int)
        /// An op run through its generic kernel (`generics[k]`).
        case generic(Int)
    }

    private let arena: UnsafeMutablePointer<Float>
    private let instructions: [Instruction]
    /// Index maps of gathers, broadcasts, reductions and sums, one after another.
    private let indices: UnsafeMutablePointer<Int>
    private let resources: [VariableResource]
    private let regions: [Region]
    private let matMuls: [MatMulShape]
    private let generics: [(UnsafeMutablePointer<Float>) throws -> Void]
    private let feedCopies: [(id: ObjectIdentifier, region: Region)]
    private let fedResources: [(id: ObjectIdentifier, resource: VariableResource)]
    /// Variables read before the run writes them, with the shape they must have.
    private let resourceChecks: [(resource: VariableResource, shape: [Int])]
    private let results: [Result]

    private init(arena: UnsafeMutablePointer<Float>, builder b: Builder, indices: UnsafeMutablePointer<Int>, results: [Result]) {
        self.arena = arena
        self.indices = indices
        instructions = b.instructions
        resources = b.resources
        regions = b.regions
        matMuls = b.matMuls
        generics = b.generics
        feedCopies = b.feedCopies
        fedResources = b.fedResources
        resourceChecks = b.resourceChecks
        self.results = results
    }

    deinit {
        arena.deallocate()
        indices.deallocate()
    }

    /// Runs the plan on `feeds`, or returns nil (having changed nothing) when they or the
    /// variables do not match the specialisation.
    func run(feed: (ObjectIdentifier) -> KernelValue?) throws -> [KernelValue]? {
        guard prepare(feed: feed) else { return nil }
        try execute()
        var outs: [KernelValue] = []
        outs.reserveCapacity(results.count)
        for r in results {
            switch r {
            case .region(let region): outs.append(.tensor(try tensor(region)))
            case .value(let v): outs.append(v)
            case .fed(let id):
                guard let v = feed(id) else { throw TFError(.internal, "a fed value is missing") }
                outs.append(v)
            }
        }
        return outs
    }

    /// The same for a session's fetches, which are tensors: nil also when one is not (a
    /// resource, which the generic run reports).
    func runTensors(feed: (ObjectIdentifier) -> Tensor?) throws -> [Tensor]? {
        for r in results {
            if case .value(.resource) = r { return nil }
        }
        guard prepare(feed: { feed($0).map(KernelValue.tensor) }) else { return nil }
        try execute()
        var outs: [Tensor] = []
        outs.reserveCapacity(results.count)
        for r in results {
            switch r {
            case .region(let region): outs.append(try tensor(region))
            case .value(.tensor(let t)): outs.append(t)
            case .value(.resource): throw TFError(.internal, "a fetched resource")
            case .fed(let id):
                guard let v = feed(id) else { throw TFError(.internal, "a fed value is missing") }
                outs.append(v)
            }
        }
        return outs
    }

    /// Checks that the feeds and variables match the specialisation, and copies the fed values
    /// into the arena; false (having changed nothing the run reads) when they do not match.
    private func prepare(feed: (ObjectIdentifier) -> KernelValue?) -> Bool {
        for (resource, shape) in resourceChecks {
            guard resource.value?.dtype == .float32, resource.value?.shape == shape else { return false }
        }
        for (id, resource) in fedResources {
            guard case .resource(let r)? = feed(id), r === resource else { return false }
        }
        for (id, region) in feedCopies {
            guard case .tensor(let t)? = feed(id), case .float32(let v) = t.storage, t.shape == region.shape else { return false }
            v.withUnsafeBufferPointer { p in
                if let base = p.baseAddress { (arena + region.offset).update(from: base, count: region.count) }
            }
        }
        return true
    }

    /// Runs the instructions: one loop around one switch (no call per instruction).
    private func execute() throws {
        let m = arena
        let count = instructions.count
        try instructions.withUnsafeBufferPointer { list in
            for position in 0..<count {
                switch list[position] {
                case let .binary(op, o, x, y, n, broadcasting):
                    switch op {
                    // The same scalar operations as the float32 cases of TensorCore's kernels.
                    case .add: binary(o, x, y, n, broadcasting) { $0 + $1 }
                    case .sub: binary(o, x, y, n, broadcasting) { $0 - $1 }
                    case .mul: binary(o, x, y, n, broadcasting) { $0 * $1 }
                    case .div: binary(o, x, y, n, broadcasting) { $0 / $1 }
                    case .maximum: binary(o, x, y, n, broadcasting) { ($0 >= $1 || $0.isNaN) ? $0 : $1 }
                    case .minimum: binary(o, x, y, n, broadcasting) { ($0 <= $1 || $0.isNaN) ? $0 : $1 }
                    case .squaredDifference: binary(o, x, y, n, broadcasting) { let d = $0 - $1; return d * d }
                    case .reluGrad: binary(o, x, y, n, broadcasting) { g, y in y > 0 ? g : 0 }
                    }
                case let .unary(op, o, x, n):
                    let po = m + o, px = m + x
                    switch op {
                    case .neg: for i in 0..<n { po[i] = -px[i] }
                    case .square: for i in 0..<n { po[i] = px[i] * px[i] }
                    case .relu: for i in 0..<n { po[i] = px[i] < 0 ? 0 : px[i] }
                    }
                case let .copy(o, x, n):
                    (m + o).update(from: m + x, count: n)
                case let .gather(o, map, n):
                    let po = m + o, source = indices + map
                    for i in 0..<n { po[i] = m[source[i]] }
                case let .read(k, o, n):
                    let r = resources[k]
                    guard let v = r.value, case .float32(let a) = v.storage, a.count == n else {
                        throw TFError(.internal, "a compiled run found variable \(r.name) changed")
                    }
                    a.withUnsafeBufferPointer { p in
                        if let base = p.baseAddress { (m + o).update(from: base, count: n) }
                    }
                case let .assign(k, region):
                    let r = resources[k], source = regions[region]
                    // In place when the value keeps its shape (the usual case), else a new tensor.
                    if r.value?.shape == source.shape, r.value?.dtype == .float32 {
                        r.value?.updateFloat32 { p in
                            if let base = p.baseAddress { base.update(from: m + source.offset, count: source.count) }
                        }
                    } else {
                        r.value = try tensor(source)
                    }
                case let .update(kind, k, d, alpha, scalar, n):
                    let r = resources[k]
                    guard r.value?.dtype == .float32, r.value?.storage.count == n else {
                        throw TFError(.internal, "a compiled run found variable \(r.name) changed")
                    }
                    // In place: the new value of each element depends only on its old value.
                    r.value?.updateFloat32 { pc in
                        let pd = m + d
                        switch (kind, alpha) {
                        case (.gradientDescent, let a?):
                            // var - delta * alpha, as the generic kernel computes it.
                            let alpha = m[a]
                            for i in 0..<n { pc[i] = pc[i] - pd[i] * alpha }
                        case (.add, _):
                            if scalar {
                                for i in 0..<n { pc[i] = pc[i] + pd[0] }
                            } else {
                                for i in 0..<n { pc[i] = pc[i] + pd[i] }
                            }
                        default:
                            if scalar {
                                for i in 0..<n { pc[i] = pc[i] - pd[0] }
                            } else {
                                for i in 0..<n { pc[i] = pc[i] - pd[i] }
                            }
                        }
                    }
                case let .reduce(o, x, outCount, run, order, mean):
                    let po = m + o, px = m + x
                    for j in 0..<outCount {
                        var acc: Float = 0
                        let base = j * run
                        if let order {
                            let p = indices + order + base
                            for k in 0..<run { acc += px[p[k]] }
                        } else {
                            // A contiguous run: in TF's order, as TensorCore's kernel adds it.
                            acc = EigenSum.sum(UnsafeBufferPointer(start: px + base, count: run))
                        }
                        po[j] = mean ? acc / Float(run) : acc
                    }
                case .matMul(let k):
                    matMul(matMuls[k])
                case let .addN(o, offsets, inputs, n):
                    let po = m + o
                    po.update(from: m + indices[offsets], count: n)
                    for j in 1..<max(1, inputs) {
                        let px = m + indices[offsets + j]
                        for i in 0..<n { po[i] = po[i] + px[i] }
                    }
                case .generic(let k):
                    try generics[k](m)
                }
            }
        }
    }

    @inline(__always)
    private func binary(_ o: Int, _ x: Int, _ y: Int, _ n: Int, _ broadcasting: Broadcasting, _ f: (Float, Float) -> Float) {
        let po = arena + o, px = arena + x, py = arena + y
        switch broadcasting {
        case .same: for i in 0..<n { po[i] = f(px[i], py[i]) }
        case .scalarB:
            let v = py[0]
            for i in 0..<n { po[i] = f(px[i], v) }
        case .scalarA:
            let v = px[0]
            for i in 0..<n { po[i] = f(v, py[i]) }
        case let .indexed(a, b):
            let ia = indices + a, ib = indices + b
            for i in 0..<n { po[i] = f(px[ia[i]], py[ib[i]]) }
        }
    }

    private func matMul(_ s: MatMulShape) {
        let po = arena + s.out, pa = arena + s.a, pb = arena + s.b
        let (k, acs, brs) = (s.k, s.acs, s.brs)
        for i in 0..<s.m {
            for j in 0..<s.n {
                var acc: Float = 0
                var ia = i * s.ars, ib = j * s.bcs
                if s.paired {
                    let p0 = pa[ia] * pb[ib], p1 = pa[ia + acs] * pb[ib + brs]
                    let p2 = pa[ia + 2 * acs] * pb[ib + 2 * brs], p3 = pa[ia + 3 * acs] * pb[ib + 3 * brs]
                    acc = (p0 + p1) + (p2 + p3)
                    if k == 5 { acc = acc + pa[ia + 4 * acs] * pb[ib + 4 * brs] }
                } else if s.fused {
                    for _ in 0..<k {
                        acc = acc.addingProduct(pa[ia], pb[ib])
                        ia += acs
                        ib += brs
                    }
                } else {
                    for _ in 0..<k {
                        acc = acc + pa[ia] * pb[ib]
                        ia += acs
                        ib += brs
                    }
                }
                po[i * s.n + j] = acc
            }
        }
    }

    private func tensor(_ r: Region) throws -> Tensor {
        try CompiledRun.tensor(arena, r)
    }

    static func tensor(_ arena: UnsafeMutablePointer<Float>, _ r: Region) throws -> Tensor {
        try Tensor(shape: r.shape, storage: .float32(Array(UnsafeBufferPointer(start: arena + r.offset, count: r.count))))
    }

    // MARK: compiling

    /// The ops whose outputs depend only on their inputs' shapes.
    static let shapeOnly: Set<String> = ["Shape", "ShapeN", "Size", "Rank", "ZerosLike", "OnesLike"]
    /// Ops that only move elements: compiled to a gather.
    static let movement: Set<String> = ["Identity", "Snapshot", "StopGradient", "Reshape", "ExpandDims", "Squeeze",
                                        "Tile", "Transpose", "BroadcastTo", "GatherV2", "Slice", "StridedSlice",
                                        "ReverseV2", "ConcatV2", "Pack", "Unpack", "Split", "SplitV", "PreventGradient"]
    /// Ops whose output shapes follow from their input shapes, run through their generic kernel.
    static let shapePreserving: Set<String> = ["Exp", "Log", "Log1p", "Expm1", "Sigmoid", "Tanh", "Sqrt", "Rsqrt",
                                               "Reciprocal", "Abs", "Sign", "Softplus", "Sin", "Cos", "Floor", "Ceil",
                                               "Round", "Pow", "SigmoidGrad", "TanhGrad", "Softmax", "LogSoftmax",
                                               "BiasAdd", "BiasAddGrad", "Max", "Min", "Prod", "Relu6", "Elu", "Selu",
                                               "LeakyRelu", "SoftmaxCrossEntropyWithLogits", "LogSoftmax"]
    /// Training ops that update variables and return nothing, run through their generic kernel.
    static let applyOps: Set<String> = ["ResourceApplyMomentum", "ResourceApplyAdam", "ResourceApplyAdagrad",
                                        "ResourceApplyRMSProp", "ResourceApplyAdadelta", "ResourceApplyFtrl"]

    static func binaryOp(_ type: String) -> BinaryOp? {
        switch type {
        case "AddV2", "Add": return .add
        case "Sub": return .sub
        case "Mul": return .mul
        case "RealDiv": return .div
        case "Maximum": return .maximum
        case "Minimum": return .minimum
        case "SquaredDifference": return .squaredDifference
        case "ReluGrad": return .reluGrad
        default: return nil
        }
    }

    static func unaryOp(_ type: String) -> UnaryOp? {
        switch type {
        case "Neg": return .neg
        case "Square": return .square
        case "Relu": return .relu
        default: return nil
        }
    }

    /// Compiles `plan` from the slot values of a generic run of it with `feeds`, or returns nil
    /// when some op cannot be compiled.
    static func compile(_ plan: ExecutionPlan, values: [KernelValue?], feeds: [ObjectIdentifier: KernelValue],
                        runtime: TFRuntime, session: Session?) -> CompiledRun? {
        var builder = Builder(values: values, feeds: feeds, runtime: runtime, session: session)
        for step in plan.steps {
            guard (try? builder.add(step)) == true else { return nil }
        }
        var results: [Result] = []
        for source in plan.results {
            guard let r = builder.result(source) else { return nil }
            results.append(r)
        }
        // Arena positions are passed through float32 when computing gather maps.
        guard builder.arenaCount < 1 << 24 else { return nil }
        let arena = UnsafeMutablePointer<Float>.allocate(capacity: max(1, builder.arenaCount))
        arena.initialize(repeating: 0, count: max(1, builder.arenaCount))
        for (offset, values) in builder.prefill {
            values.withUnsafeBufferPointer { p in
                if let base = p.baseAddress { (arena + offset).update(from: base, count: values.count) }
            }
        }
        let indices = UnsafeMutablePointer<Int>.allocate(capacity: max(1, builder.indexTable.count))
        indices.initialize(repeating: 0, count: max(1, builder.indexTable.count))
        builder.indexTable.withUnsafeBufferPointer { p in
            if let base = p.baseAddress { indices.update(from: base, count: p.count) }
        }
        return CompiledRun(arena: arena, builder: builder, indices: indices, results: results)
    }

    /// What a slot holds in a compiled run.
    enum Slot {
        case value(KernelValue)
        case region(Region)
        case resource(VariableResource)
    }

    struct Unsupported: Error {}

    struct Builder {
        let values: [KernelValue?]
        let feeds: [ObjectIdentifier: KernelValue]
        let runtime: TFRuntime
        let session: Session?
        var slots: [Int: Slot] = [:]
        var fedSlots: [ObjectIdentifier: Slot] = [:]
        var arenaCount = 0
        var prefill: [(Int, [Float])] = []
        var staticRegions: [Int: Region] = [:]
        var instructions: [Instruction] = []
        var indexTable: [Int] = []
        var resources: [VariableResource] = []
        var regions: [Region] = []
        var matMuls: [MatMulShape] = []
        var generics: [(UnsafeMutablePointer<Float>) throws -> Void] = []
        var feedCopies: [(id: ObjectIdentifier, region: Region)] = []
        var fedResources: [(id: ObjectIdentifier, resource: VariableResource)] = []
        var resourceChecks: [(resource: VariableResource, shape: [Int])] = []
        /// The shape each variable has at this point of the run.
        var resourceShapes: [ObjectIdentifier: [Int]] = [:]

        init(values: [KernelValue?], feeds: [ObjectIdentifier: KernelValue], runtime: TFRuntime, session: Session?) {
            self.values = values
            self.feeds = feeds
            self.runtime = runtime
            self.session = session
        }

        mutating func allocate(_ shape: [Int]) -> Region {
            let n = shape.reduce(1, *)
            let r = Region(offset: arenaCount, count: n, shape: shape)
            arenaCount += n
            return r
        }

        /// Adds an index map to the side table; returns where it starts.
        mutating func table(_ xs: [Int]) -> Int {
            let start = indexTable.count
            indexTable.append(contentsOf: xs)
            return start
        }

        /// The variable's position in the run's list of resources.
        mutating func resourceIndex(_ r: VariableResource) -> Int {
            if let k = resources.firstIndex(where: { $0 === r }) { return k }
            resources.append(r)
            return resources.count - 1
        }

        mutating func fedSlot(_ id: ObjectIdentifier) throws -> Slot {
            if let s = fedSlots[id] { return s }
            guard let v = feeds[id] else { throw Unsupported() }
            let s: Slot
            switch v {
            case .resource(let r):
                fedResources.append((id, r))
                s = .resource(r)
            case .tensor(let t):
                if t.dtype == .float32 {
                    let region = allocate(t.shape)
                    feedCopies.append((id, region))
                    s = .region(region)
                } else {
                    // Other fed dtypes could only be used as they are: not compiled.
                    throw Unsupported()
                }
            }
            fedSlots[id] = s
            return s
        }

        /// A float32 input as a region (a static one is copied into the arena once).
        mutating func region(_ source: ExecutionPlan.Source) throws -> Region {
            let s: Slot
            switch source {
            case .fed(let id): s = try fedSlot(id)
            case .produced(let i):
                guard let found = slots[i] else { throw Unsupported() }
                s = found
            }
            switch s {
            case .region(let r): return r
            case .value(.tensor(let t)):
                guard case .float32(let v) = t.storage else { throw Unsupported() }
                if case .produced(let i) = source, let r = staticRegions[i] { return r }
                let r = allocate(t.shape)
                prefill.append((r.offset, v))
                if case .produced(let i) = source { staticRegions[i] = r }
                return r
            default: throw Unsupported()
            }
        }

        func isStatic(_ source: ExecutionPlan.Source) -> Bool {
            if case .produced(let i) = source, case .value? = slots[i] { return true }
            return false
        }

        func staticTensor(_ source: ExecutionPlan.Source) throws -> Tensor {
            guard case .produced(let i) = source, case .value(.tensor(let t))? = slots[i] else { throw Unsupported() }
            return t
        }

        func resource(_ source: ExecutionPlan.Source) throws -> VariableResource {
            switch source {
            case .produced(let i):
                guard case .resource(let r)? = slots[i] else { throw Unsupported() }
                return r
            case .fed(let id):
                guard case .resource(let r)? = fedSlots[id] else { throw Unsupported() }
                return r
            }
        }

        /// The float32 output `k` of a step as the generic run produced it.
        func outputTensor(_ step: ExecutionPlan.Step, _ k: Int) throws -> Tensor {
            guard case .tensor(let t)? = values[step.firstSlot + k], t.dtype == .float32 else { throw Unsupported() }
            return t
        }

        /// Notes that the run reads `r` here with `shape`: checked before the run when nothing
        /// earlier in it wrote the variable.
        mutating func reads(_ r: VariableResource, _ shape: [Int]) throws {
            guard r.dtype == .float32 else { throw Unsupported() }
            if let known = resourceShapes[ObjectIdentifier(r)] {
                guard known == shape else { throw Unsupported() }
            } else {
                resourceChecks.append((r, shape))
                resourceShapes[ObjectIdentifier(r)] = shape
            }
        }

        mutating func writes(_ r: VariableResource, _ shape: [Int]) throws {
            guard r.dtype == .float32 else { throw Unsupported() }
            resourceShapes[ObjectIdentifier(r)] = shape
        }

        /// Adds one step; returns true, or throws when it cannot be compiled.
        mutating func add(_ step: ExecutionPlan.Step) throws -> Bool {
            let op = step.op
            let type = op.type
            for case .fed(let id) in step.inputs { _ = try fedSlot(id) }
            let allStatic = step.inputs.allSatisfy(isStatic)
            let stateful = op.def?.isStateful ?? true
            if type == "Const" || (!stateful && (allStatic || CompiledRun.shapeOnly.contains(type))) {
                for k in 0..<step.outputCount {
                    guard let v = values[step.firstSlot + k] else { throw Unsupported() }
                    slots[step.firstSlot + k] = .value(v)
                }
                return true
            }
            if type == "NoOp" { return true }
            if type == "VarHandleOp" {
                guard case .resource(let r)? = values[step.firstSlot] else { throw Unsupported() }
                slots[step.firstSlot] = .resource(r)
                return true
            }
            if let f = CompiledRun.binaryOp(type), step.inputs.count == 2 {
                let a = try region(step.inputs[0]), b = try region(step.inputs[1])
                let out = allocate(try outputTensor(step, 0).shape)
                instructions.append(.binary(f, out: out.offset, a: a.offset, b: b.offset, count: out.count,
                                            try broadcasting(out, a, b)))
                slots[step.firstSlot] = .region(out)
                return true
            }
            if let f = CompiledRun.unaryOp(type), step.inputs.count == 1 {
                let a = try region(step.inputs[0])
                let out = allocate(try outputTensor(step, 0).shape)
                guard out.count == a.count else { throw Unsupported() }
                instructions.append(.unary(f, out: out.offset, a: a.offset, count: a.count))
                slots[step.firstSlot] = .region(out)
                return true
            }
            if ["AssignVariableOp", "AssignAddVariableOp", "AssignSubVariableOp"].contains(type),
               let r = try? resource(step.inputs[0]), r.dtype != .float32, isStatic(step.inputs[1]) {
                // A counter of another dtype (an optimizer's int64 `iterations`) updated by a
                // constant: its own kernel; the run never reads it into a buffer.
                try addGeneric(step)
                return true
            }
            switch type {
            case "ReadVariableOp":
                let r = try resource(step.inputs[0])
                let t = try outputTensor(step, 0)
                try reads(r, t.shape)
                let out = allocate(t.shape)
                instructions.append(.read(resource: resourceIndex(r), out: out.offset, count: out.count))
                slots[step.firstSlot] = .region(out)
            case "AssignVariableOp":
                let r = try resource(step.inputs[0])
                let v = try region(step.inputs[1])
                try writes(r, v.shape)
                regions.append(v)
                instructions.append(.assign(resource: resourceIndex(r), region: regions.count - 1))
            case "AssignAddVariableOp", "AssignSubVariableOp", "ResourceApplyGradientDescent":
                let r = try resource(step.inputs[0])
                guard let shape = resourceShapes[ObjectIdentifier(r)] ?? (r.value?.shape) else { throw Unsupported() }
                try reads(r, shape)
                let n = shape.reduce(1, *)
                let update: Update
                let delta: Region
                var alpha: Region?
                if type == "ResourceApplyGradientDescent" {
                    let a = try region(step.inputs[1])
                    guard a.count == 1 else { throw Unsupported() }
                    alpha = a
                    delta = try region(step.inputs[2])
                    update = .gradientDescent
                } else {
                    delta = try region(step.inputs[1])
                    update = type == "AssignAddVariableOp" ? .add : .sub
                }
                // The generic kernels broadcast; only the shapes that keep the variable's are compiled.
                guard delta.shape == shape || (delta.shape.isEmpty && alpha == nil) else { throw Unsupported() }
                instructions.append(.update(update, resource: resourceIndex(r), delta: delta.offset, alpha: alpha?.offset,
                                            scalarDelta: delta.count == 1 && n != 1, count: n))
            case "Sum", "Mean":
                let a = try region(step.inputs[0])
                let axes = try staticTensor(step.inputs[1]).intElements
                let out = allocate(try outputTensor(step, 0).shape)
                let (order, outCount, run) = try Kernels.reductionOrder(shape: a.shape, axes: axes)
                guard outCount == out.count else { throw Unsupported() }
                instructions.append(.reduce(out: out.offset, a: a.offset, outCount: outCount, run: run,
                                            order: order.map { table($0) }, mean: type == "Mean"))
                slots[step.firstSlot] = .region(out)
            case "MatMul":
                let a = try region(step.inputs[0]), b = try region(step.inputs[1])
                guard a.shape.count == 2, b.shape.count == 2 else { throw Unsupported() }
                let ta = op.attrs["transpose_a"]?.bool ?? false, tb = op.attrs["transpose_b"]?.bool ?? false
                let m = ta ? a.shape[1] : a.shape[0], k = ta ? a.shape[0] : a.shape[1]
                let n = tb ? b.shape[0] : b.shape[1]
                guard k == (tb ? b.shape[1] : b.shape[0]) else { throw Unsupported() }
                let out = allocate(try outputTensor(step, 0).shape)
                guard out.count == m * n else { throw Unsupported() }
                // Strides of the logical m x k and k x n matrices.
                let (ars, acs) = ta ? (1, m) : (k, 1)
                let (brs, bcs) = tb ? (1, k) : (n, 1)
                matMuls.append(MatMulShape(out: out.offset, a: a.offset, b: b.offset, m: m, k: k, n: n,
                                           ars: ars, acs: acs, brs: brs, bcs: bcs,
                                           fused: m == 1 || n > 1, paired: m > 1 && n == 1 && (k == 4 || k == 5)))
                instructions.append(.matMul(matMuls.count - 1))
                slots[step.firstSlot] = .region(out)
            case "AddN":
                let inputs = try step.inputs.map { try region($0) }
                guard let first = inputs.first, inputs.allSatisfy({ $0.shape == first.shape }) else { throw Unsupported() }
                let out = allocate(first.shape)
                instructions.append(.addN(out: out.offset, offsets: table(inputs.map(\.offset)), inputs: inputs.count,
                                          count: out.count))
                slots[step.firstSlot] = .region(out)
            case "Cast":
                let a = try region(step.inputs[0])
                let t = try outputTensor(step, 0)
                let out = allocate(t.shape)
                guard out.count == a.count else { throw Unsupported() }
                instructions.append(.copy(out: out.offset, from: a.offset, count: a.count))
                slots[step.firstSlot] = .region(out)
            default:
                if CompiledRun.movement.contains(type) {
                    try addGather(step)
                } else if CompiledRun.shapePreserving.contains(type) || CompiledRun.applyOps.contains(type) {
                    try addGeneric(step)
                } else {
                    throw Unsupported()
                }
            }
            return true
        }

        /// A data-movement op as a gather: its kernel, run once on the arena positions of its
        /// dynamic inputs, says where each output element comes from.
        mutating func addGather(_ step: ExecutionPlan.Step) throws {
            var inputs: [KernelValue] = []
            for source in step.inputs {
                if isStatic(source), let t = try? staticTensor(source), t.dtype != .float32 {
                    inputs.append(.tensor(t))
                } else {
                    let r = try region(source)
                    let positions = (0..<r.count).map { Float(r.offset + $0) }
                    inputs.append(.tensor(try Tensor(positions, shape: r.shape)))
                }
            }
            let ctx = KernelContext(inputs: inputs, attrs: step.attrs, opName: step.name, runtime: runtime, session: session)
            let outs = try step.kernel(ctx)
            guard outs.count >= step.outputCount else { throw Unsupported() }
            for k in 0..<step.outputCount {
                let expected = try outputTensor(step, k)
                guard case .tensor(let map) = outs[k], case .float32(let positions) = map.storage,
                      map.shape == expected.shape else { throw Unsupported() }
                let out = allocate(expected.shape)
                let source = positions.map { Int($0) }
                if let first = source.first, source == Array(first..<(first + source.count)) {
                    instructions.append(.copy(out: out.offset, from: first, count: source.count))
                } else {
                    instructions.append(.gather(out: out.offset, map: table(source), count: source.count))
                }
                slots[step.firstSlot + k] = .region(out)
            }
        }

        /// An op run through its generic kernel on tensors made from the arena.
        mutating func addGeneric(_ step: ExecutionPlan.Step) throws {
            enum Input { case region(Region), value(KernelValue) }
            var inputs: [Input] = []
            for source in step.inputs {
                if let r = try? resource(source) {
                    inputs.append(.value(.resource(r)))
                    // Variables of other dtypes are only updated by constants (see `add`).
                    guard r.dtype == .float32 else { continue }
                    guard let shape = resourceShapes[ObjectIdentifier(r)] ?? r.value?.shape else { throw Unsupported() }
                    try reads(r, shape)
                } else if isStatic(source) {
                    inputs.append(.value(.tensor(try staticTensor(source))))
                } else {
                    inputs.append(.region(try region(source)))
                }
            }
            if CompiledRun.applyOps.contains(step.op.type) {
                // The generic kernels broadcast: only updates that keep every variable's shape.
                var shape: [Int]?
                for case .value(.resource(let r)) in inputs {
                    let s = resourceShapes[ObjectIdentifier(r)]
                    if shape == nil { shape = s }
                    guard let s, s == shape else { throw Unsupported() }
                }
                for case .region(let r) in inputs where r.count != 1 {
                    guard r.shape == shape else { throw Unsupported() }
                }
            }
            var outs: [Region] = []
            for k in 0..<step.outputCount {
                let r = allocate(try outputTensor(step, k).shape)
                outs.append(r)
                slots[step.firstSlot + k] = .region(r)
            }
            let kernel = step.kernel, attrs = step.attrs, name = step.name, op = step.op
            let runtime = self.runtime, session = self.session
            instructions.append(.generic(generics.count))
            generics.append { m in
                var values: [KernelValue] = []
                values.reserveCapacity(inputs.count)
                for i in inputs {
                    switch i {
                    case .region(let r): values.append(.tensor(try CompiledRun.tensor(m, r)))
                    case .value(let v): values.append(v)
                    }
                }
                let results: [KernelValue]
                do {
                    results = try kernel(KernelContext(inputs: values, attrs: attrs, opName: name, runtime: runtime, session: session))
                } catch let e as TFError where e.isOpError {
                    // As the generic run reports it.
                    throw Session.graphExecutionError(e, op)
                }
                for (r, v) in zip(outs, results) {
                    guard case .tensor(let t) = v, case .float32(let a) = t.storage, t.shape == r.shape else {
                        throw TFError(.internal, "a compiled run of \(name) produced an unexpected shape")
                    }
                    a.withUnsafeBufferPointer { p in
                        if let base = p.baseAddress { (m + r.offset).update(from: base, count: r.count) }
                    }
                }
            }
        }

        /// How an element-wise binary op's operands line up with its output, worked out once.
        mutating func broadcasting(_ out: Region, _ a: Region, _ b: Region) throws -> Broadcasting {
            let n = out.count
            if a.shape == b.shape {
                guard a.count == n else { throw Unsupported() }
                return .same
            }
            let shape = try Broadcast.shapes(a.shape, b.shape)
            guard shape == out.shape else { throw Unsupported() }
            if b.count == 1 && a.count == n { return .scalarB }
            if a.count == 1 && b.count == n { return .scalarA }
            let ia = Broadcast.sourceIndices(a.shape, to: shape), ib = Broadcast.sourceIndices(b.shape, to: shape)
            guard ia.count == n, ib.count == n else { throw Unsupported() }
            return .indexed(a: table(ia), b: table(ib))
        }

        func result(_ source: ExecutionPlan.Source) -> Result? {
            switch source {
            case .fed(let id): return .fed(id)
            case .produced(let i):
                switch slots[i] {
                case .region(let r)?: return .region(r)
                case .value(let v)?: return .value(v)
                case .resource(let r)?: return .value(.resource(r))
                case nil: return nil
                }
            }
        }
    }
}
