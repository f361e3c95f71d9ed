/// How TF reports an op's failure when it runs eagerly. TF 2 runs each eager op through a small
/// function wrapping its kernel, so a kernel's failure while computing names that function:
/// `{{function_node __wrapped__AddV2_device_/job:localhost/replica:0/task:0/device:CPU:0}}
/// Incompatible shapes: [2] vs. [3] [Op:AddV2]`. Checks made before the kernel runs (an input of
/// the wrong dtype) carry no such prefix.
public enum EagerErrors {
    /// The wrapped function's kernel name: the op type, with the number of inputs of an op that
    /// takes a list (`ConcatV2_N_2`, `AddN_N_3`), and oneDNN's kernel for MatMul (TF's CPU build
    /// rewrites it to `_MklMatMul`).
    static func kernelName(_ type: String, inputCount: Int, attrs: Attrs) -> String {
        switch type {
        case "MatMul": return "__MklMatMul"
        case "AddN", "Pack": return "\(type)_N_\(attrs["N"]?.int ?? inputCount)"
        case "Split", "SplitV": return "\(type)_num_split_\(attrs["num_split"]?.int ?? 1)"
        case "ConcatV2": return "\(type)_N_\(attrs["N"]?.int ?? max(inputCount - 1, 0))"
        default: return type
        }
    }

    /// A kernel failure with TF's eager prefix (other errors as they are).
    static func wrapped(_ e: TFError, kernel: String) -> TFError {
        guard e.isKernelFailure, !e.isAttrCheck, !e.message.hasPrefix("{{function_node ") else { return e }
        var w = e
        w.message = "{{function_node __wrapped__\(kernel)_device_/job:localhost/replica:0/task:0/device:CPU:0}} " + e.message
        return w
    }

    /// Runs an op's kernel eagerly, reporting a failure as TF does.
    @inline(__always)
    static func reporting<T>(_ def: OpDef, _ inputCount: Int, _ attrs: Attrs, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as TFError where e.isKernelFailure {
            throw wrapped(e, kernel: kernelName(def.type, inputCount: inputCount, attrs: attrs))
        }
    }
}
