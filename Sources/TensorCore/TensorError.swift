// Errors raised by TensorCore kernels, with the wording TF and numpy use.

/// An error from a TensorCore kernel.
///
/// Cases whose wording differs between TensorFlow and numpy carry the data
/// for both: ``message`` is TF's text (what an `InvalidArgumentError` says),
/// ``numpyMessage`` is numpy's. The TF layer maps ``kind`` to an exception
/// class; the numpy binding maps it to `ValueError`, `IndexError`, ...
public enum TensorError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two shapes that do not broadcast. TF: `Incompatible shapes: [2] vs. [3]`;
    /// numpy: `operands could not be broadcast together with shapes (2,3) (3,) `
    /// (numpy writes these tuples without spaces, and ends with a space).
    case incompatibleShapes([Int], [Int])
    /// An integer index outside `[-size, size)`.
    case indexOutOfBounds(index: Int, axis: Int, size: Int)
    /// More indices than dimensions.
    case tooManyIndices(rank: Int, given: Int)
    /// An axis outside `[-rank, rank)`.
    case axisOutOfBounds(axis: Int, rank: Int)
    /// Two operands of different dtypes given to a kernel that needs one dtype.
    /// `op` is TF's op name (`AddV2`), `position` the zero-based input index.
    case dtypeMismatch(op: String, position: Int, expected: DType, actual: DType)
    /// A dtype the kernel has no implementation for.
    case unsupportedDType(op: String, dtype: DType)
    /// `MatrixInverse` of a singular matrix.
    case notInvertible
    /// Integer division or modulo by zero (TF raises, numpy returns 0).
    case integerDivisionByZero
    /// Any other bad argument; the text is shared by both flavours.
    case invalidArgument(String)
    /// A feature TensorCore does not implement.
    case unimplemented(String)
    /// An error both libraries raise with their own wording.
    case described(Kind, tensorflow: String, numpy: String)

    /// What kind of exception the error corresponds to.
    public enum Kind: Sendable, Equatable {
        /// TF `InvalidArgumentError`; numpy `ValueError`.
        case invalidArgument
        /// TF `InvalidArgumentError`; numpy `IndexError`.
        case index
        /// numpy `AxisError`.
        case axis
        /// TF `InvalidArgumentError` / `NotFoundError`; numpy `TypeError`.
        case type
        /// TF `UnimplementedError`; numpy `NotImplementedError`.
        case unimplemented
    }

    public var kind: Kind {
        switch self {
        case .incompatibleShapes, .notInvertible, .integerDivisionByZero, .invalidArgument: return .invalidArgument
        case .indexOutOfBounds, .tooManyIndices: return .index
        case .axisOutOfBounds: return .axis
        case .dtypeMismatch, .unsupportedDType: return .type
        case .unimplemented: return .unimplemented
        case let .described(kind, _, _): return kind
        }
    }

    /// TensorFlow's wording (the first line of the exception, without the
    /// ` [Op:AddV2]` suffix TF's eager mode appends).
    public var message: String {
        switch self {
        case let .incompatibleShapes(a, b):
            return "Incompatible shapes: \(ShapeFormat.brackets(a)) vs. \(ShapeFormat.brackets(b))"
        case let .indexOutOfBounds(index, axis, _):
            return "slice index \(index) of dimension \(axis) out of bounds."
        case let .tooManyIndices(rank, _):
            return "Index out of range using input dim \(rank); input has only \(rank) dims"
        case let .axisOutOfBounds(axis, rank):
            return "Invalid reduction dimension (\(axis) for input with \(rank) dimension(s)"
        case let .dtypeMismatch(op, position, expected, actual):
            return "cannot compute \(op) as input #\(position)(zero-based) was expected to be a \(expected.tfDataTypeString) tensor but is a \(actual.tfDataTypeString) tensor"
        case let .unsupportedDType(op, dtype):
            return "Could not find device for node: {{node \(op)}} = \(op)[T=\(tfEnumName(dtype))]"
        case .notInvertible:
            return "Input is not invertible."
        case .integerDivisionByZero:
            return "Integer division by zero"
        case let .invalidArgument(text), let .unimplemented(text):
            return text
        case let .described(_, text, _):
            return text
        }
    }

    /// numpy's wording of the same error.
    public var numpyMessage: String {
        switch self {
        case let .incompatibleShapes(a, b):
            return "operands could not be broadcast together with shapes \(ShapeFormat.compactTuple(a)) \(ShapeFormat.compactTuple(b)) "
        case let .indexOutOfBounds(index, axis, size):
            return "index \(index) is out of bounds for axis \(axis) with size \(size)"
        case let .tooManyIndices(rank, given):
            return "too many indices for array: array is \(rank)-dimensional, but \(given) were indexed"
        case let .axisOutOfBounds(axis, rank):
            return "axis \(axis) is out of bounds for array of dimension \(rank)"
        case let .dtypeMismatch(op, _, expected, actual):
            return "ufunc '\(op)' did not contain a loop with signature matching types (\(expected.numpyName), \(actual.numpyName))"
        case let .unsupportedDType(op, dtype):
            return "ufunc '\(op)' not supported for the input type \(dtype.numpyName)"
        case .notInvertible:
            return "Singular matrix"
        case .integerDivisionByZero:
            return "integer division or modulo by zero"
        case let .invalidArgument(text), let .unimplemented(text):
            return text
        case let .described(_, _, text):
            return text
        }
    }

    public var description: String { message }

    private func tfEnumName(_ dtype: DType) -> String {
        switch dtype {
        case .float32: return "DT_FLOAT"
        case .float64: return "DT_DOUBLE"
        case .int32: return "DT_INT32"
        case .int64: return "DT_INT64"
        case .uint8: return "DT_UINT8"
        case .bool: return "DT_BOOL"
        case .string: return "DT_STRING"
        }
    }
}
