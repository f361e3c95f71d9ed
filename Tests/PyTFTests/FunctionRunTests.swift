import Testing
@testable import PyTF
import Python
import TFRuntime
import TensorCore

/// A traced function runs through its own plan (captures and constants bound once); with value
/// recording on (the graph view), a call records what a graph run of the same ops records.
@Suite("tf.function calls")
struct FunctionRunTests {
    @Test("a call records every op it ran, the constants and the fed tensors the ops read")
    func recordedValues() throws {
        let source = """
        import tensorflow as tf
        w = tf.Variable(2.0, name="w")
        c = tf.constant([10.0, 20.0])

        @tf.function
        def f(x):
            y = x * w + c
            return tf.reduce_sum(y), y

        s1, _ = f(tf.constant([1.0, 2.0]))
        s2, y2 = f(tf.constant([3.0, 4.0]))
        print(s1.numpy(), s2.numpy(), y2.numpy())
        """
        let result: (String, [String: Tensor], Int32) = runWithLargeStack {
            let out = CapturedOutput(), err = CapturedOutput()
            let interp = Interpreter(stdout: out, stderr: err, stdin: StringInput(""))
            PyTF.install(into: interp)
            _ = try? interp.importModule("tensorflow")
            PyTF.recordValues(in: interp)
            let outcome = interp.run(source: source, filename: "prog.py")
            let traced = PyTF.tracedGraphs(of: interp).last?.graph
            let values = traced.map { PyTF.recordedValues(of: interp, graph: $0) } ?? [:]
            return (out.text + err.text, values, outcome.exitStatus)
        }
        let (output, values, status) = result
        #expect(status == 0, "\(output)")
        #expect(output == "36.0 44.0 [16. 28.]\n")
        // The last call's values: the argument placeholder, the captured constant, each op.
        #expect(values["x:0"]?.description == Tensor([Float(3), 4]).description)
        #expect(values["add/y:0"]?.description == Tensor([Float(10), 20]).description)
        #expect(values["mul:0"]?.description == Tensor([Float(6), 8]).description)
        #expect(values["add:0"]?.description == Tensor([Float(16), 28]).description)
        #expect(values["Sum:0"]?.description == Tensor(scalar: Float(44)).description)
        #expect(values["Const:0"] != nil, "the constant of the reduction's axes: \(values.keys.sorted())")
        // A resource is not a tensor: not recorded.
        #expect(values.keys.contains { $0.hasSuffix("resource:0") } == false)
    }
}
