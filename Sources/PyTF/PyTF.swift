import Python

/// The Python-facing modules of tflearn: `tensorflow` (and `tensorflow.compat.v1`), `numpy`,
/// and the standard-library pieces TF programs import.
public enum PyTF {
    /// Registers every module with an interpreter (created lazily on first import).
    public static func install(into interp: Interpreter) {
        installNumpy(into: interp)
        installTensorFlow(into: interp)
    }
}
