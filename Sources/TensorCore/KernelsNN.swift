// Softmax and cross-entropy: TF's kernels (softmax_op_functor.h, xent_op.h, sparse_xent_op.h)
// on the last axis, in the element type, with TF's exp
// (``Kernels/exp(_:flavor:)``). TF's CPU build may compute softmax with oneDNN, whose rounding
// is not reproduced: results can differ from TF's in the last bit.

extension Kernels {
    /// Rows of the last axis: (row count, row length).
    static func rows(_ t: Tensor, _ op: String) throws -> (Int, Int) {
        guard let classes = t.shape.last else {
            throw TensorError.invalidArgument("\(op): logits must have at least one dimension")
        }
        return (classes == 0 ? 0 : t.elementCount / classes, classes)
    }

    /// `logits - max(logits)` along the last axis.
    static func shiftedByRowMax<T: BinaryFloatingPoint>(_ v: [T], rows: Int, classes: Int) -> [T] {
        var out = v
        for r in 0..<rows {
            let base = r * classes
            var m = v[base]
            for c in 1..<classes where v[base + c] > m { m = v[base + c] }
            for c in 0..<classes { out[base + c] = v[base + c] - m }
        }
        return out
    }

    static func rowSums<T: BinaryFloatingPoint>(_ v: [T], rows: Int, classes: Int) -> [T] {
        (0..<rows).map { r in
            var acc: T = 0
            for c in 0..<classes { acc += v[r * classes + c] }
            return acc
        }
    }

    /// TF `Softmax` (`log == false`): exp(x - max) * (1 / sum); `LogSoftmax`: (x - max) - log(sum).
    public static func softmax(_ logits: Tensor, log: Bool = false) throws -> Tensor {
        let (rows, classes) = try Self.rows(logits, log ? "LogSoftmax" : "Softmax")
        guard rows > 0, classes > 0 else { return logits }
        func run<T: BinaryFloatingPoint>(_ v: [T], _ wrap: ([T]) -> TensorStorage, _ unwrap: (Tensor) -> [T]?) throws -> Tensor {
            let shifted = shiftedByRowMax(v, rows: rows, classes: classes)
            guard let e = unwrap(try exp(Tensor(unchecked: logits.shape, wrap(shifted)), flavor: .tensorflow)) else {
                throw TensorError.unsupportedDType(op: "Softmax", dtype: logits.dtype)
            }
            let sums = rowSums(e, rows: rows, classes: classes)
            var out = [T](repeating: 0, count: v.count)
            if log {
                guard let logSums = unwrap(try Kernels.log(Tensor(unchecked: [rows], wrap(sums)), flavor: .tensorflow)) else {
                    throw TensorError.unsupportedDType(op: "LogSoftmax", dtype: logits.dtype)
                }
                for i in 0..<v.count { out[i] = shifted[i] - logSums[i / classes] }
            } else {
                for r in 0..<rows {
                    let inverse = 1 / sums[r]
                    for c in 0..<classes { out[r * classes + c] = e[r * classes + c] * inverse }
                }
            }
            return Tensor(unchecked: logits.shape, wrap(out))
        }
        switch logits.storage {
        case .float32(let v): return try run(v, { .float32($0) }, { $0.values(as: Float.self) })
        case .float64(let v): return try run(v, { .float64($0) }, { $0.values(as: Double.self) })
        default: throw TensorError.unsupportedDType(op: log ? "LogSoftmax" : "Softmax", dtype: logits.dtype)
        }
    }

    /// TF `SoftmaxCrossEntropyWithLogits` on [batch, classes] logits and label distributions:
    /// the loss per row, sum(labels * (log(sum(exp(x - max))) - (x - max))), and the backprop,
    /// exp(x - max) / sum - labels.
    public static func softmaxCrossEntropy(logits: Tensor, labels: Tensor) throws -> (loss: Tensor, backprop: Tensor) {
        guard logits.rank == 2 else { throw TensorError.invalidArgument("logits must be 2-dimensional") }
        guard labels.shape == logits.shape else {
            throw TensorError.invalidArgument("logits and labels must be broadcastable: logits_size=\(ShapeFormat.brackets(logits.shape)) labels_size=\(ShapeFormat.brackets(labels.shape))")
        }
        try requireSameDType("SoftmaxCrossEntropyWithLogits", logits, labels)
        let rows = logits.shape[0], classes = logits.shape[1]
        func run<T: BinaryFloatingPoint>(_ v: [T], _ y: [T], _ wrap: ([T]) -> TensorStorage, _ unwrap: (Tensor) -> [T]?) throws -> (Tensor, Tensor) {
            let shifted = classes == 0 ? v : shiftedByRowMax(v, rows: rows, classes: classes)
            // The kernel's exp sits in expressions with a broadcast along the classes, which
            // Eigen seems to evaluate one element at a time when a row is shorter than a packet
            // (the C library's exp): that is what matches TF's gradients for two classes.
            let flavor: Flavor = classes < 8 ? .numpy : .tensorflow
            guard let e = unwrap(try exp(Tensor(unchecked: logits.shape, wrap(shifted)), flavor: flavor)) else {
                throw TensorError.unsupportedDType(op: "SoftmaxCrossEntropyWithLogits", dtype: logits.dtype)
            }
            let sums = rowSums(e, rows: rows, classes: classes)
            guard let logSums = unwrap(try Kernels.log(Tensor(unchecked: [rows], wrap(sums)), flavor: .tensorflow)) else {
                throw TensorError.unsupportedDType(op: "SoftmaxCrossEntropyWithLogits", dtype: logits.dtype)
            }
            var loss = [T](repeating: 0, count: rows)
            var backprop = [T](repeating: 0, count: v.count)
            for r in 0..<rows {
                var acc: T = 0
                for c in 0..<classes {
                    let i = r * classes + c
                    acc += y[i] * (logSums[r] - shifted[i])
                    backprop[i] = e[i] / sums[r] - y[i]
                }
                loss[r] = acc
            }
            return (Tensor(unchecked: [rows], wrap(loss)), Tensor(unchecked: logits.shape, wrap(backprop)))
        }
        switch (logits.storage, labels.storage) {
        case let (.float32(v), .float32(y)): return try run(v, y, { .float32($0) }, { $0.values(as: Float.self) })
        case let (.float64(v), .float64(y)): return try run(v, y, { .float64($0) }, { $0.values(as: Double.self) })
        default: throw TensorError.unsupportedDType(op: "SoftmaxCrossEntropyWithLogits", dtype: logits.dtype)
        }
    }

    /// TF `SparseSoftmaxCrossEntropyWithLogits`: as the dense form with one-hot labels given as
    /// class indices; an index outside [0, classes) is TF's InvalidArgumentError.
    public static func sparseSoftmaxCrossEntropy(logits: Tensor, labels: Tensor) throws -> (loss: Tensor, backprop: Tensor) {
        guard logits.rank == 2 else { throw TensorError.invalidArgument("logits must be 2-D, but got shape \(ShapeFormat.brackets(logits.shape))") }
        guard labels.rank == 1, labels.shape[0] == logits.shape[0] else {
            throw TensorError.invalidArgument("logits and labels must have the same first dimension, got logits shape \(ShapeFormat.brackets(logits.shape)) and labels shape \(ShapeFormat.brackets(labels.shape))")
        }
        let classes = logits.shape[1]
        let indices: [Int]
        switch labels.storage {
        case .int32(let v): indices = v.map { Int($0) }
        case .int64(let v): indices = v.map { Int($0) }
        default: throw TensorError.unsupportedDType(op: "SparseSoftmaxCrossEntropyWithLogits", dtype: labels.dtype)
        }
        for k in indices where k < 0 || k >= classes {
            throw TensorError.invalidArgument("Received a label value of \(k) which is outside the valid range of [0, \(classes)).  Label values: \(indices.map(String.init).joined(separator: " "))")
        }
        var oneHot = [Double](repeating: 0, count: logits.elementCount)
        for (r, k) in indices.enumerated() { oneHot[r * classes + k] = 1 }
        let dense = try Conversion.cast(try Tensor(oneHot, shape: logits.shape), to: logits.dtype)
        return try softmaxCrossEntropy(logits: logits, labels: dense)
    }
}
