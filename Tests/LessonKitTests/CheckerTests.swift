import Foundation
import Testing
@testable import LessonKit

/// A program from source text, named as a file would be.
func program(_ name: String, _ source: String) -> LessonProgram {
    LessonProgram(path: name, source: source)
}

let tf1Gradient = """
import tensorflow.compat.v1 as tf
tf.disable_eager_execution()
x = tf.placeholder(tf.float32, shape=())
y = tf.square(x)
g = tf.gradients(y, x)
with tf.Session() as sess:
    grad = sess.run(g, feed_dict={x: 3.0})[0]
print(grad)
"""

func tf2Gradient(_ body: String) -> String {
    """
    import tensorflow as tf
    x = tf.Variable(3.0)
    with tf.GradientTape() as tape:
        y = \(body)
    grad = tape.gradient(y, x)
    print(grad)
    """
}

let gradientCheck = CheckSpec(name: "dy/dx at x = 3", tf1: "grad", tf2: "grad.numpy()", expect: 6.0)

func checkPair(_ tf1: String, _ tf2: String, _ specs: [CheckSpec]) -> LessonReport {
    let lesson = Lesson(id: "99-test", number: 99, slug: "test", directory: URL(fileURLWithPath: "/nonexistent"),
                        title: "test", summary: "", trap: "", concepts: [], steps: [], checks: specs, exercise: nil,
                        tf1: program("tf1.py", tf1), tf2: program("tf2.py", tf2))
    return Checker.check(lesson)
}

@Suite("The checker agrees only when the two sides do")
struct CheckerTests {
    @Test("y = x² at x = 3: tf.gradients and the tape both give 6")
    func agrees() throws {
        let report = checkPair(tf1Gradient, tf2Gradient("x * x"), [gradientCheck])
        #expect(report.verdict == .agree)
        let c = try #require(report.checks.first)
        #expect(c.tf1 == .array(NumericArray(shape: [], family: .float, dtype: "float32", values: [6])))
        #expect(c.tf2 == c.tf1)
        #expect(c.comparison?.maxAbsError == 0)
    }

    @Test("a TF2 side with the wrong gradient (x³) disagrees, showing both values")
    func wrongGradient() throws {
        let report = checkPair(tf1Gradient, tf2Gradient("x * x * x"), [gradientCheck])
        #expect(report.verdict == .disagree)
        let c = try #require(report.checks.first)
        #expect(c.verdict == .disagree)
        #expect(c.tf1?.summary == "6.0")
        #expect(c.tf2?.summary == "27.0")
        #expect(c.comparison?.maxAbsError == 21)
        let text = ReportWriter.text([report], colour: false)
        #expect(text.contains("6.0") && text.contains("27.0") && text.contains("DISAGREE"))
    }

    @Test("both sides wrong the same way still fail the expected value")
    func expectedValue() throws {
        let spec = CheckSpec(name: "g", tf1: "grad.numpy()", tf2: "grad.numpy()", expect: 6.0)
        let report = checkPair(tf2Gradient("x * x * x"), tf2Gradient("x * x * x"), [spec])
        #expect(report.verdict == .disagree)
        #expect(report.checks.first?.reason?.contains("27.0 is not 6.0") == true)
    }

    @Test("a shape mismatch disagrees, whatever the values")
    func shapeMismatch() throws {
        let spec = CheckSpec(name: "w", expr: "w")
        let report = checkPair("import numpy as np\nw = np.ones((2, 3), dtype=np.float32)\n",
                               "import tensorflow as tf\nw = tf.ones((3, 2))\n", [spec])
        let c = try #require(report.checks.first)
        #expect(c.verdict == .disagree)
        #expect(c.reason == "shapes differ: (2, 3) against (3, 2)")
    }

    @Test("squeeze drops dimensions of size 1 before comparing shapes")
    func squeeze() {
        var spec = CheckSpec(name: "w", expr: "w")
        spec.tolerance.squeeze = true
        let report = checkPair("import numpy as np\nw = np.ones((1, 3))\n", "import numpy as np\nw = np.ones((3,))\n", [spec])
        #expect(report.verdict == .agree)
    }

    @Test("NaN disagrees, unless the check allows it")
    func nan() {
        let tf1 = "import numpy as np\nv = np.float32('nan')\n"
        let tf2 = "import tensorflow as tf\nv = tf.math.log(tf.constant(-1.0))\n"
        var spec = CheckSpec(name: "v", expr: "v")
        #expect(checkPair(tf1, tf2, [spec]).verdict == .disagree)
        #expect(checkPair(tf1, tf2, [spec]).checks.first?.reason?.hasPrefix("NaN") == true)
        spec.tolerance.allowNaN = true
        #expect(checkPair(tf1, tf2, [spec]).verdict == .agree)
    }

    @Test("tolerances: a float32 rounding difference agrees, a real one does not")
    func tolerance() {
        let spec = CheckSpec(name: "v", expr: "v")
        #expect(checkPair("v = 1.0\n", "v = 1.000001\n", [spec]).verdict == .agree)
        #expect(checkPair("v = 1.0\n", "v = 1.001\n", [spec]).verdict == .disagree)
        #expect(checkPair("v = 0.0\n", "v = 1e-9\n", [spec]).verdict == .agree)
    }

    @Test("int against float, and bool against number, are different families")
    func families() {
        let spec = CheckSpec(name: "v", expr: "v")
        #expect(checkPair("v = 2\n", "v = 2.0\n", [spec]).checks.first?.reason?.contains("a float is not an integer") == true)
        #expect(checkPair("v = True\n", "v = 1\n", [spec]).verdict == .disagree)
    }

    @Test("a side that raises is an error with its traceback, and the other checks say why")
    func raises() throws {
        let report = checkPair(tf1Gradient, "import tensorflow as tf\ngrad = 1 / 0\n", [gradientCheck])
        #expect(report.verdict == .error)
        let f = try #require(report.tf2.failure)
        #expect(f.kind == .raised)
        #expect(f.message == "ZeroDivisionError: division by zero")
        #expect(f.file == "tf2.py" && f.line == 2)
        #expect(f.report.contains("Traceback (most recent call last):"))
        #expect(report.checks.first?.verdict == .error)
    }

    @Test("a check of a symbolic tensor explains what to do")
    func symbolic() {
        let spec = CheckSpec(name: "y", tf1: "y", tf2: "y")
        let report = checkPair(tf1Gradient, tf2Gradient("x * x"), [spec])
        #expect(report.checks.first?.tf1Error?.contains("keep what sess.run returned") == true)
    }

    @Test("variables checks compare names and shapes")
    func variables() {
        let tf1 = """
        import tensorflow.compat.v1 as tf
        tf.disable_eager_execution()
        with tf.variable_scope("dense1"):
            w = tf.get_variable("kernel", shape=(3, 2))
        """
        let right = "import tensorflow as tf\nvs = [tf.Variable(tf.zeros((3, 2)), name='dense1/kernel')]\n"
        let wrong = "import tensorflow as tf\nvs = [tf.Variable(tf.zeros((2, 3)), name='dense1/kernel')]\n"
        let spec = CheckSpec(name: "vars", kind: .variables, tf1: "tf.trainable_variables()", tf2: "vs")
        #expect(checkPair(tf1, right, [spec]).verdict == .agree)
        let bad = checkPair(tf1, wrong, [spec])
        #expect(bad.verdict == .disagree)
        #expect(bad.checks.first?.reason == "dense1/kernel:0 (3, 2) is not dense1/kernel:0 (2, 3)")
    }

    @Test("a cancelled run stops with KeyboardInterrupt")
    func cancel() {
        let flag = CancelFlag()
        flag.cancel()
        let run = ProgramRun.run(program("loop.py", "while True:\n    pass\n"), cancel: flag)
        #expect(run.failure?.kind == .interrupted)
    }

    @Test("tf.print in a tf.function prints on every call, to stderr, shown among the output's lines")
    func tfPrintLines() {
        let run = ProgramRun.run(program("tf2.py", """
        import tensorflow as tf
        @tf.function
        def f(x):
            print("tracing")
            tf.print("running with", x)
            return x + 1
        for v in [1.5, 2.5]:
            print(float(f(tf.constant(v))))
        """))
        #expect(run.failure == nil)
        #expect(run.stdout == "tracing\n2.5\n3.5\n")
        #expect(run.stderr == "running with 1.5\nrunning with 2.5\n")
        #expect(run.lines.map(\.text) == ["tracing", "running with 1.5", "2.5", "running with 2.5", "3.5"])
        #expect(run.lines.map(\.isError) == [false, true, false, true, false])
        // The numbers a pair check compares are stdout's.
        #expect(PrintedNumbers.extract(run.lines).map(\.outputLine) == [2, 3])
    }

    @Test("tf.compat.v1.Print writes its message and data to stderr when it runs, first_n times")
    func legacyPrint() {
        let run = ProgramRun.run(program("tf1.py", """
        import tensorflow.compat.v1 as tf
        tf.disable_eager_execution()
        x = tf.placeholder(tf.float32, [None])
        m = tf.constant([[1, 2, 3, 4], [5, 6, 7, 8]])
        y = tf.Print(x, [x, m, "s"], message="x and m: ")
        z = tf.Print(y * 2, [tf.reduce_sum(y)], summarize=10, first_n=2)
        with tf.Session() as s:
            for v in range(3):
                s.run(z, {x: [1.0, 2.0, 3.0, 4.0 + v]})
        """))
        #expect(run.failure == nil)
        // As TF 2.21 writes it.
        let first = "x and m: [1 2 3...][[1 2 3...]...][s]\n"
        #expect(run.stderr == first + "[10]\n" + first + "[11]\n" + first)
    }
}

extension CheckSpec {
    init(name: String, expr: String) { self.init(name: name, tf1: expr, tf2: expr) }
}

@Suite("What a run shows: graphs and their values")
struct RunGraphTests {
    @Test("the TF1 graph with the values of its last session run")
    func tf1Graph() throws {
        let run = ProgramRun.run(program("tf1.py", tf1Gradient))
        let g = try #require(run.graphs.first)
        #expect(g.title == "default graph")
        #expect(g.graph.nodes.map(\.name).contains("gradients/Square_grad/Mul_1"))
        #expect(g.values["gradients/Square_grad/Mul_1:0"] == "6.0")
        #expect(g.values["Placeholder:0"] == "3.0")
    }

    @Test("a graph made with tf.Graph() is shown too, with its values")
    func madeGraph() throws {
        let run = ProgramRun.run(program("tf1.py", """
        import tensorflow.compat.v1 as tf
        tf.disable_eager_execution()
        with tf.Graph().as_default() as g:
            x = tf.constant(3.0)
            y = x * x
            with tf.Session() as sess:
                value = sess.run(y)
        """))
        #expect(run.failure == nil)
        #expect(run.graphs.map(\.title) == ["tf.Graph()"])
        #expect(run.graphs.first?.graph.nodes.map(\.name) == ["Const", "mul"])
        #expect(run.graphs.first?.values["mul:0"] == "9.0")
    }

    @Test("each tf.function trace, with the values of its last call")
    func traced() throws {
        let run = ProgramRun.run(program("tf2.py", """
        import tensorflow as tf
        @tf.function
        def f(x):
            return x * x
        f(tf.constant(2.0))
        f(tf.constant(3.0))
        f(tf.constant([1.0, 2.0]))
        """))
        #expect(run.graphs.map(\.title) == ["tf.function f", "tf.function f"])
        #expect(run.graphs.first?.values["mul:0"] == "9.0")
        #expect(run.graphs.last?.values["mul:0"] == "[1. 4.]")
    }
}
