import TensorCore

/// A shape a gradient needs: known while the graph is built (TF then passes a numpy array, which
/// becomes a constant of the op using it), or computed by ops at run time.
public enum ShapeValue {
    case known([Int])
    case tensor(TensorHandle)
}

extension GradientContext {
    /// The value of `h` when it is known while building (`tensor_util.constant_value`).
    public func constantValue(_ h: TensorHandle) -> Tensor? {
        h.eagerValue ?? h.graphTensor?.constantValue
    }

    /// `array_ops.reshape(x, shape)`. A known shape becomes the `Reshape/shape` constant; an empty
    /// one is converted twice, as TF converts an empty list (`Reshape/shape`, `Reshape/shape_1`).
    public func reshape(_ x: TensorHandle, _ shape: ShapeValue) throws -> TensorHandle {
        switch shape {
        case .tensor(let s):
            return try op("Reshape", [x, s])
        case .known(let dims):
            let value = try Tensor(dims.map { Int32($0) }, shape: [dims.count])
            guard dims.isEmpty, let graph = runtime.currentGraph else {
                return try opWithConstant("Reshape", [x], constant: value, argName: "shape")
            }
            let (scope, saved) = graph.pushNameScope("Reshape")
            defer { graph.popNameScope(saved) }
            _ = try constant(try Tensor([Float](), shape: [0]), name: "shape")
            let c = try constant(value, name: "shape")
            return try op("Reshape", [x, c], name: scope)
        }
    }

    /// `math_ops.reduced_shape(input_shape, axes)`: the input shape with the reduced axes set to 1.
    /// Known when both are known while building; otherwise the ops TF builds (Size, add, mod,
    /// Shape, range, ones, DynamicStitch), in TF's order and with TF's names.
    public func reducedShape(_ shapeTensor: TensorHandle, axes: TensorHandle) throws -> ShapeValue {
        if let shape = constantValue(shapeTensor), let a = constantValue(axes) {
            var dims = shape.scalars.compactMap { $0.int64Value.map(Int.init) }
            for v in a.scalars {
                guard let i = v.int64Value.map(Int.init) else { continue }
                let k = i < 0 ? i + dims.count : i
                if k >= 0 && k < dims.count { dims[k] = 1 }
            }
            return .known(dims)
        }
        let rank = try size(shapeTensor, dtype: axes.dtype)
        let normalized = try normalizedAxes(axes, rank: rank)
        let axesShape = try shapeOf(normalized)
        let all = try runtime.range(limit: rank)
        let ones = try onesOfShape(axesShape, dtype: shapeTensor.dtype)
        return .tensor(try op("DynamicStitch", [all, normalized, shapeTensor, ones], attrs: ["N": .int(2)]))
    }

    /// `(axes + rank) % rank`: the axes made non-negative, as the `add` and `mod` ops TF builds.
    public func normalizedAxes(_ axes: TensorHandle, rank: TensorHandle) throws -> TensorHandle {
        try op("FloorMod", [try op("AddV2", [axes, rank], name: "add"), rank], name: "mod")
    }

    /// `array_ops.size(x, out_type)`: a constant named `Size` when the static shape is known.
    public func size(_ x: TensorHandle, dtype: DType) throws -> TensorHandle {
        if let n = x.shape.elementCount {
            return try constant(try Conversion.cast(Tensor(scalar: Int32(n)), to: dtype), name: "Size")
        }
        return try op("Size", [x], attrs: ["out_type": .type(dtype)])
    }

    /// `array_ops.ones(shape_tensor, dtype)`: `ones/Const` filled into the `ones` op.
    public func onesOfShape(_ shape: TensorHandle, dtype: DType) throws -> TensorHandle {
        let one = try Conversion.cast(Tensor(scalar: Int32(1)), to: dtype)
        guard let graph = runtime.currentGraph else {
            return try op("Fill", [shape, try constant(one)])
        }
        let (scope, saved) = graph.pushNameScope("ones")
        defer { graph.popNameScope(saved) }
        let c = try constant(one, name: "Const")
        return try op("Fill", [shape, c], name: scope)
    }
}
