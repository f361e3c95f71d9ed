import Python
import TFRuntime

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

    /// The graphs `tf.function` traced, with the function's name, in the order they were traced.
    public static func tracedGraphs(of interp: Interpreter) -> [(name: String, graph: Graph)] {
        guard interp.extensions["tensorflow"] != nil else { return [] }
        return interp.tf.traces
    }
}
