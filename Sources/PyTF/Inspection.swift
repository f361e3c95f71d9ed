import Python
import TensorCore
import TFRuntime

/// What a TensorFlow or numpy object holds, for code outside the bindings (lesson checks,
/// `tflearn check --compare`) that compares the values two programs ended with.
public enum TFInspectedValue {
    /// An eager tensor, a numpy array or a numpy scalar.
    case tensor(Tensor)
    /// A variable: its name (`dense1/kernel:0`), its shape, and its value when it has one here
    /// (eager variables do; a graph variable's value lives in a session).
    case variable(name: String, shape: TensorShape, value: Tensor?)
    /// A graph tensor (`Tensor("Square:0", ...)`): it has no value outside a session.
    case symbolic(name: String)
}

extension PyTF {
    /// What `value` holds if it is a TF tensor or variable or a numpy value; nil for anything else.
    public static func inspect(_ value: Value) -> TFInspectedValue? {
        if let t = NumpyBridge.tensorIfNumpy(value) { return .tensor(t) }
        guard case .object(let o) = value else { return nil }
        if let t = o as? PyTFTensor {
            switch t.handle {
            case .eager(let e): return .tensor(e.value)
            case .resource(let r): return .variable(name: r.name + ":0", shape: r.shape, value: r.value)
            case .symbolic(let g): return .symbolic(name: g.name)
            }
        }
        if let v = o as? PyTFVariable {
            return .variable(name: v.name + ":0", shape: v.shape, value: v.resource?.value)
        }
        return nil
    }
}
