import Python
import TFRuntime
import TensorCore

/// The Python-facing modules of tflearn: `tensorflow` (and `tensorflow.compat.v1`), `numpy`,
/// and the standard-library pieces TF programs import.
public enum PyTF {
    /// Registers every module with an interpreter (created lazily on first import).
    public static func install(into interp: Interpreter) {
        installNumpy(into: interp)
        installTensorFlow(into: interp)
    }

    /// The program's default graph (for `tflearn graph` and the graph view), nil if it never used TF.
    public static func defaultGraph(of interp: Interpreter) -> Graph? {
        guard interp.extensions["tensorflow"] != nil else { return nil }
        return interp.tf.runtime.defaultGraph
    }

    /// Makes graph runs (sessions, traced functions) keep the last value of each tensor, for display.
    public static func recordValues(in interp: Interpreter) {
        interp.tf.runtime.recordsValues = true
    }

    /// The last values recorded for a graph's tensors, by tensor name (`Square:0`).
    public static func recordedValues(of interp: Interpreter, graph: Graph) -> [String: Tensor] {
        guard interp.extensions["tensorflow"] != nil else { return [:] }
        return interp.tf.runtime.recordedValues(of: graph)
    }

    /// The graphs the program made with `tf.Graph()`, in the order it made them.
    public static func madeGraphs(of interp: Interpreter) -> [Graph] {
        guard interp.extensions["tensorflow"] != nil else { return [] }
        return interp.tf.madeGraphs
    }

    /// The graphs `tf.function` traced, with the function's name, in the order they were traced.
    public static func tracedGraphs(of interp: Interpreter) -> [(name: String, graph: Graph)] {
        guard interp.extensions["tensorflow"] != nil else { return [] }
        return interp.tf.traces
    }
}
