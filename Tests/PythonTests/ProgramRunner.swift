import Foundation
@testable import Python

/// Runs a Python program in a fresh interpreter, as `tflearn run` does, capturing its streams.
struct ProgramRun {
    var stdout: String
    var stderr: String
    var status: Int32

    static func run(_ source: String, filename: String = "prog.py", stdin: String = "") -> ProgramRun {
        runWithLargeStack {
            let out = CapturedOutput(), err = CapturedOutput()
            let interp = Interpreter(stdout: out, stderr: err, stdin: StringInput(stdin))
            let outcome = interp.run(source: source, filename: filename)
            return ProgramRun(stdout: out.text, stderr: err.text, status: outcome.exitStatus)
        }
    }

    /// The last non-empty line of stderr.
    var lastErrorLine: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    }
}
