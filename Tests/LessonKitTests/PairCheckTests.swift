import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import LessonKit

@Suite("Checking a user's own pair")
struct PairCheckTests {
    @Test("--compare forms: NAME, LABEL=EXPR, LABEL=EXPR1:EXPR2, with colons inside brackets left alone")
    func compareOptions() throws {
        #expect(try CompareOption.parse("loss") == CompareOption(label: "loss", tf1: "loss", tf2: "loss"))
        #expect(try CompareOption.parse("w=sess_w:model.w.numpy()") == CompareOption(label: "w", tf1: "sess_w", tf2: "model.w.numpy()"))
        #expect(try CompareOption.parse("first=x[:, 0]") == CompareOption(label: "first", tf1: "x[:, 0]", tf2: "x[:, 0]"))
        #expect(try CompareOption.parse("a=d['k:v']:e[1:2]") == CompareOption(label: "a", tf1: "d['k:v']", tf2: "e[1:2]"))
        #expect(try CompareOption.parse("x == y") == CompareOption(label: "x == y", tf1: "x == y", tf2: "x == y"))
        #expect(throws: CheckValueError.self) { try CompareOption.parse("w=a:") }
    }

    @Test("numbers printed, without the ones in names and types")
    func printedNumbers() {
        func nums(_ s: String) -> [Double] { PrintedNumbers.numbers(in: s).map { $0.values[0] } }
        #expect(nums("tf.Tensor(6.0, shape=(), dtype=float32)") == [6.0])
        #expect(nums("[np.float32(6.0)]") == [6.0])
        #expect(nums("<tf.Variable 'dense_1/kernel:0' shape=(2, 1) dtype=float32, numpy=array([[1.5], [-2e-05]], dtype=float32)>") == [1.5, -2e-05])
        #expect(nums("step 10: loss 0.25") == [10, 0.25])
        #expect(nums("[nan -inf]").map { $0.isNaN ? "nan" : "\($0)" } == ["nan", "-inf"])
    }

    @Test("with no --compare: shared numeric globals, then printed numbers, naming the first divergence's lines")
    func automatic() throws {
        let a = program("old.py", "import numpy as np\nw = np.array([1.0, 2.0])\nname = 'a'\nprint('loss', 0.5)\nprint('loss', 0.25)\n")
        let b = program("new.py", "import tensorflow as tf\nw = tf.constant([1.0, 2.0], dtype=tf.float64)\nname = 'b'\n\nprint('loss', 0.5)\nprint('loss', 0.3)\n")
        let report = PairChecker.check(tf1: a, tf2: b, compares: [], tolerance: Tolerance())
        #expect(report.checks.map(\.name) == ["w", "printed numbers"])
        #expect(report.checks[0].verdict == .agree)
        let printed = report.checks[1]
        #expect(printed.verdict == .disagree)
        #expect(printed.location == "old.py:5 (output line 2), new.py:6 (output line 2)")
        #expect(report.verdict == .disagree)
    }

    @Test("nothing to compare is an error, not a silent agreement")
    func nothing() {
        let report = PairChecker.check(tf1: program("a.py", "x = 'a'\n"), tf2: program("b.py", "x = 'b'\n"), compares: [], tolerance: Tolerance())
        #expect(report.verdict == .error)
        #expect(report.error?.hasPrefix("nothing to compare") == true)
    }

    @Test("a syntax error is bad input, with its position")
    func syntax() throws {
        let report = PairChecker.check(tf1: program("a.py", "x = 1\n"), tf2: program("b.py", "x = (1,\n"), compares: [], tolerance: Tolerance())
        #expect(report.hasSyntaxError)
        let f = try #require(report.tf2.failure)
        #expect(f.file == "b.py" && f.line == 1 && f.column == 5)
    }
}

@Suite("Reports: text, JSON and JUnit")
struct ReportTests {
    func sample() -> [LessonReport] {
        [checkPair(tf1Gradient, tf2Gradient("x * x"), [gradientCheck]),
         checkPair(tf1Gradient, tf2Gradient("x * x * x"), [gradientCheck])]
    }

    @Test("JSON has the documented shape: scalars as numbers, arrays as nested lists")
    func json() {
        let spec = CheckSpec(name: "m", expr: "m")
        var reports = sample()
        reports.append(checkPair("import numpy as np\nm = np.array([[1, 2], [3, 4]], dtype=np.int32)\n",
                                 "import numpy as np\nm = np.array([[1, 2], [3, 4]], dtype=np.int32)\n", [spec]))
        let text = ReportWriter.json(reports)
        #expect(text.hasPrefix("{\"lessons\": [{\"id\": \"99-test\", \"title\": \"test\", \"verdict\": \"agree\", \"checks\": [{\"name\": \"dy/dx at x = 3\", \"tf1\": 6.0, \"tf2\": 6.0, \"max_abs_err\": 0.0, \"max_rel_err\": 0.0, \"verdict\": \"agree\""))
        #expect(text.contains("\"tf1\": 6.0, \"tf2\": 27.0, \"max_abs_err\": 21.0, \"max_rel_err\": 3.5, \"verdict\": \"disagree\""))
        #expect(text.contains("\"tf1\": [[1, 2], [3, 4]]"))
        #expect(text.hasSuffix("\"summary\": {\"lessons\": 3, \"agree\": 2, \"disagree\": 1, \"error\": 0}}\n"))
        // It parses as JSON.
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect(parsed != nil)
    }

    @Test("JUnit XML has one testcase per check, failures for disagreements, and parses")
    func junit() throws {
        let xml = ReportWriter.junit(sample())
        #expect(xml.contains("<testsuites name=\"tflearn check\" tests=\"2\" failures=\"1\" errors=\"0\">"))
        #expect(xml.contains("<failure message=\"27.0 is not 6.0"))
        let doc = try XMLDocument(data: Data(xml.utf8))
        #expect(try doc.nodes(forXPath: "//testcase").count == 2)
    }

    @Test("text has no colour unless asked")
    func colour() {
        #expect(!ReportWriter.text(sample(), colour: false).contains("\u{1B}["))
        #expect(ReportWriter.text(sample(), colour: true).contains("\u{1B}[31;1mDISAGREE"))
    }
}
