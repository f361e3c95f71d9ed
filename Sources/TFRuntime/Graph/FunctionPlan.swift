import TensorCore

/// How a traced function runs, worked out once per trace: the ops its outputs and its stateful
/// ops need, in program order (TF's automatic control dependencies run a function's resource
/// reads and writes in the order the program made them, and creation order respects every
/// input and control input), each reading its inputs from fixed slots of one flat array.
///
/// A function is called thousands of times with the same captured values (its variables'
/// resources, the eager tensors it closed over): they and the constants' values are bound into
/// the slots once; a call only fills in its arguments and runs the kernels, the elementwise ones
/// through `OpDef.eager` without packing their inputs and output into arrays.
final class FunctionPlan {
    enum Work {
        case unary((Tensor) throws -> Tensor)
        case binary((Tensor, Tensor) throws -> Tensor)
        case kernel((KernelContext) throws -> [KernelValue])
    }
    struct Step {
        let op: Operation
        let work: Work
        /// Slots of the inputs.
        let inputs: [Int]
        /// The slot of the first output; the outputs are consecutive.
        let firstOutput: Int
        let outputCount: Int
    }
    private let steps: [Step]
    /// The slots with the captured values and the constants bound; the arguments' slots empty.
    private let template: [KernelValue?]
    private let argumentSlots: [Int]
    private let outputSlots: [Int]
    /// Constants run once, when the plan is made; with value recording on, their values are
    /// recorded at every call, as a graph run records every op it runs.
    private let constants: [(Operation, Int)]
    /// The fed placeholders (arguments and captures) that an op reads or that are outputs.
    private let fedRead: [(GraphTensor, Int)]

    /// `arguments`: the placeholders of the call's arguments, in order. Every capture of the
    /// graph is bound to its outside value.
    init(graph: Graph, arguments: [GraphTensor], outputs: [GraphTensor], runtime: TFRuntime) throws {
        // Slots: the fed tensors (arguments, then captures) first, then each needed op's outputs.
        var slotOf: [ObjectIdentifier: Int] = [:]
        var template: [KernelValue?] = []
        for p in arguments {
            slotOf[ObjectIdentifier(p)] = template.count
            template.append(nil)
        }
        var fed = arguments
        for c in graph.captures where slotOf[ObjectIdentifier(c.placeholder)] == nil {
            let value: KernelValue
            switch c.external {
            case .eager(let e): value = .tensor(e.value)
            case .resource(let r): value = .resource(r)
            case .symbolic: throw TFError.value("A symbolic tensor cannot be passed to a concrete function from outside its graph")
            }
            slotOf[ObjectIdentifier(c.placeholder)] = template.count
            template.append(value)
            fed.append(c.placeholder)
        }
        // The ops needed: those the outputs depend on, and every stateful op but reads and
        // placeholders (which run only when something needs them).
        var needed = Set<ObjectIdentifier>()
        var stack: [Operation] = graph.operations.filter {
            ($0.def?.isStateful ?? false) && $0.type != "ReadVariableOp" && $0.type != "Placeholder"
        }
        stack += outputs.compactMap { slotOf[ObjectIdentifier($0)] == nil ? $0.op : nil }
        while let op = stack.popLast() {
            guard needed.insert(ObjectIdentifier(op)).inserted else { continue }
            stack += op.controlInputs
            for t in op.inputs where slotOf[ObjectIdentifier(t)] == nil { stack.append(t.op) }
        }
        var steps: [Step] = []
        var constants: [(Operation, Int)] = []
        for op in graph.operations where needed.contains(ObjectIdentifier(op)) {
            guard let def = op.def else { throw TFError.value("Op type not registered '\(op.type)'") }
            let first = template.count
            for (k, t) in op.outputs.enumerated() { slotOf[ObjectIdentifier(t)] = first + k }
            template.append(contentsOf: Array(repeating: nil, count: op.outputs.count))
            if op.type == "Const", let value = op.attrs["value"]?.tensor, op.outputs.count == 1 {
                template[first] = .tensor(value)
                constants.append((op, first))
                continue
            }
            var inputs: [Int] = []
            for t in op.inputs {
                guard let s = slotOf[ObjectIdentifier(t)] else {
                    throw TFError(.internal, "\(op.name): an input is neither fed nor made by an earlier op")
                }
                inputs.append(s)
            }
            let work: Work
            switch def.eager {
            case .unary(let f)? where inputs.count == 1 && op.outputs.count == 1: work = .unary(f)
            case .binary(let f)? where inputs.count == 2 && op.outputs.count == 1: work = .binary(f)
            default: work = .kernel(def.kernel)
            }
            steps.append(Step(op: op, work: work, inputs: inputs, firstOutput: first, outputCount: op.outputs.count))
        }
        var outputSlots: [Int] = []
        for t in outputs {
            guard let s = slotOf[ObjectIdentifier(t)] else { throw TFError(.internal, "a function output is not computed") }
            outputSlots.append(s)
        }
        self.steps = steps
        self.template = template
        self.argumentSlots = arguments.indices.map { $0 }
        self.outputSlots = outputSlots
        self.constants = constants
        // The fed tensors a run records: those an op reads, or an output.
        var read = Set<ObjectIdentifier>()
        for op in graph.operations where needed.contains(ObjectIdentifier(op)) {
            for t in op.inputs { read.insert(ObjectIdentifier(t)) }
        }
        for t in outputs { read.insert(ObjectIdentifier(t)) }
        self.fedRead = fed.compactMap { p in
            guard read.contains(ObjectIdentifier(p)), let s = slotOf[ObjectIdentifier(p)] else { return nil }
            return (p, s)
        }
    }

    /// Runs the function on its arguments' values; the outputs' values.
    func run(_ arguments: [KernelValue], runtime: TFRuntime) throws -> [KernelValue] {
        var values = template
        for (slot, v) in zip(argumentSlots, arguments) { values[slot] = v }
        for step in steps {
            switch step.work {
            case .unary(let f):
                if case .tensor(let x)? = values[step.inputs[0]] {
                    values[step.firstOutput] = .tensor(try Self.run(step.op) { try f(x) })
                    continue
                }
            case .binary(let f):
                if case .tensor(let x)? = values[step.inputs[0]], case .tensor(let y)? = values[step.inputs[1]] {
                    values[step.firstOutput] = .tensor(try Self.run(step.op) { try f(x, y) })
                    continue
                }
            case .kernel:
                break
            }
            // The op's kernel, as a graph run calls it (also for an elementwise op given a
            // resource, which its kernel reports).
            func value(_ s: Int) throws -> KernelValue {
                guard let v = values[s] else { throw TFError(.internal, "an op's output was not produced") }
                return v
            }
            // Array literals for the common counts: made without a generic array allocation.
            let inputs: [KernelValue]
            switch step.inputs.count {
            case 0: inputs = []
            case 1: inputs = [try value(step.inputs[0])]
            case 2: inputs = [try value(step.inputs[0]), try value(step.inputs[1])]
            default: inputs = try step.inputs.map(value)
            }
            let kernel: (KernelContext) throws -> [KernelValue]
            if case .kernel(let k) = step.work {
                kernel = k
            } else if let def = step.op.def {
                kernel = def.kernel
            } else {
                throw TFError.value("Op type not registered '\(step.op.type)'")
            }
            let outs: [KernelValue]
            do {
                outs = try kernel(KernelContext(inputs: inputs, attrs: step.op.attrs, opName: step.op.name, runtime: runtime, session: nil))
            } catch let e as TFError where e.isOpError {
                throw Session.graphExecutionError(e, step.op)
            }
            for (k, v) in outs.prefix(step.outputCount).enumerated() { values[step.firstOutput + k] = v }
        }
        if runtime.recordsValues { record(values, runtime) }
        return try outputSlots.map { s in
            guard let v = values[s] else { throw TFError(.internal, "an op's output was not produced") }
            return v
        }
    }

    /// An elementwise op's computation, failing as its kernel does in a graph run: a TensorCore
    /// error is the kernel's InvalidArgumentError for the node, reported with where it was made.
    @inline(__always)
    private static func run(_ op: Operation, _ body: () throws -> Tensor) throws -> Tensor {
        do {
            return try body()
        } catch let e as TensorError {
            throw Session.graphExecutionError(TFError.kernelFailure(e.message, op: op.name), op)
        } catch let e as TFError where e.isOpError {
            throw Session.graphExecutionError(e, op)
        }
    }

    /// What a graph run records for the graph view: the outputs of every op it ran and the fed
    /// tensors the ops read.
    private func record(_ values: [KernelValue?], _ runtime: TFRuntime) {
        for (op, slot) in constants {
            if let v = values[slot] { runtime.record(op, [v]) }
        }
        for step in steps {
            runtime.record(step.op, (0..<step.outputCount).compactMap { values[step.firstOutput + $0] })
        }
        for (placeholder, slot) in fedRead {
            if case .tensor(let x)? = values[slot] { runtime.record(placeholder, x) }
        }
    }
}
