import Foundation
import Python
import PythonSyntax
import PyTF
import TFRuntime

/// A line a program printed, with the source line of the `print` that wrote its end.
public struct OutputLine: Sendable, Equatable {
    public var text: String
    /// The program's line that was running when this line was finished (0 if unknown).
    public var sourceLine: Int
    /// Written to standard error (`tf.print`'s default stream), in its place among the lines of
    /// standard output; such lines are shown but not part of `stdout`.
    public var isError = false
}

/// What went wrong when a program did not run to the end.
public struct ProgramFailure: Sendable, Error {
    public enum Kind: Sendable {
        /// The source did not parse (bad input: exit 2).
        case syntax
        /// The program raised (exit 3).
        case raised
        /// The run was cancelled (Ctrl-C in the lesson browser).
        case interrupted
    }
    public var kind: Kind
    /// `ZeroDivisionError: division by zero`.
    public var message: String
    /// The whole report: a traceback, or the syntax error with its caret.
    public var report: String
    /// Where: the innermost frame in the program's own file (or the syntax error's position).
    public var file: String
    public var line: Int
    public var column: Int?
}

/// One side run to its end in a fresh interpreter and runtime, kept alive so checks can be
/// evaluated in its final globals.
public final class ProgramRun: @unchecked Sendable {
    public let program: LessonProgram
    public let stdout: String
    public let stderr: String
    public let lines: [OutputLine]
    public let failure: ProgramFailure?
    public let exitStatus: Int32
    let interpreter: Interpreter
    let module: PyModule?

    init(program: LessonProgram, stdout: String, stderr: String, lines: [OutputLine], failure: ProgramFailure?,
         exitStatus: Int32, interpreter: Interpreter, module: PyModule?) {
        self.program = program
        self.stdout = stdout
        self.stderr = stderr
        self.lines = lines
        self.failure = failure
        self.exitStatus = exitStatus
        self.interpreter = interpreter
        self.module = module
    }

    /// Whether the output is what real TF printed (nil when that was not recorded).
    public var matchesExpectedOutput: Bool? {
        program.expectedOutput.map { $0 == stdout }
    }

    /// The default graph the program built, for the graph view.
    public var graph: GraphDescription? {
        PyTF.defaultGraph(of: interpreter).map(GraphDescription.init)
    }

    /// The graphs the program's `tf.function`s traced, each with the function's name.
    public var tracedGraphs: [(name: String, graph: GraphDescription)] {
        PyTF.tracedGraphs(of: interpreter).map { ($0.name, GraphDescription($0.graph)) }
    }

    /// Every graph the program built, for the graph view: the default graph (when it has nodes),
    /// the graphs made with `tf.Graph()`, then each `tf.function` trace, each with the last value
    /// of its tensors from the run.
    public var graphs: [RunGraph] {
        var out: [RunGraph] = []
        func values(_ g: Graph) -> [String: String] {
            PyTF.recordedValues(of: interpreter, graph: g).mapValues { $0.description }
        }
        let defaultGraph = PyTF.defaultGraph(of: interpreter)
        if let g = defaultGraph, !g.operations.isEmpty {
            out.append(RunGraph(title: "default graph", graph: GraphDescription(g), values: values(g)))
        }
        let made = PyTF.madeGraphs(of: interpreter).filter { $0 !== defaultGraph && !$0.operations.isEmpty }
        for (k, g) in made.enumerated() {
            out.append(RunGraph(title: made.count == 1 ? "tf.Graph()" : "tf.Graph() \(k + 1)", graph: GraphDescription(g), values: values(g)))
        }
        for t in PyTF.tracedGraphs(of: interpreter) {
            out.append(RunGraph(title: "tf.function \(t.name)", graph: GraphDescription(t.graph), values: values(t.graph)))
        }
        return out
    }

    /// Frees the interpreter's objects once nothing more is asked of this run (its graphs and
    /// expressions are gone afterwards), for a long-lived host that runs programs in its own
    /// process (the lesson browser runs each lesson in a child process instead).
    public func releaseInterpreter() {
        interpreter.tearDown()
    }

    /// Runs `program` from the start in a new interpreter. `cancel` may be set from another
    /// thread to stop it with KeyboardInterrupt.
    public static func run(_ program: LessonProgram, cancel: CancelFlag? = nil) -> ProgramRun {
        runWithLargeStack {
            let out = LocatingOutput()
            let err = LocatingErrorOutput(out)
            let interp = Interpreter(stdout: out, stderr: err, stdin: StringInput(program.stdin))
            out.interpreter = interp
            let directory = (FileAccessPolicy.resolve(program.path) as NSString).deletingLastPathComponent
            interp.fileAccess = .sandbox(programDirectory: directory)
            PyTF.install(into: interp)
            PyTF.recordValues(in: interp)
            cancel?.attach(interp.interruptFlag)
            defer { cancel?.detach() }
            let outcome = interp.run(source: program.source, filename: program.path)
            out.finish()
            var failure: ProgramFailure?
            if let s = outcome.syntaxError {
                failure = ProgramFailure(kind: .syntax, message: "\(s.kind.rawValue): \(s.message)", report: s.report,
                                         file: s.filename, line: s.line, column: s.column)
            } else if let e = outcome.error {
                let frame = e.traceback.last { $0.filename == program.path } ?? e.traceback.last
                let interrupted = e.cls === PyType.KeyboardInterrupt
                failure = ProgramFailure(kind: interrupted ? .interrupted : .raised, message: interp.exceptionLine(e),
                                         report: interp.formatTraceback(e), file: frame?.filename ?? program.path,
                                         line: frame?.line ?? 0, column: nil)
            } else if outcome.exitStatus != 0 {
                failure = ProgramFailure(kind: .raised, message: "the program exited with status \(outcome.exitStatus)",
                                         report: err.text, file: program.path, line: 0, column: nil)
            }
            return ProgramRun(program: program, stdout: out.text, stderr: err.text, lines: out.lines, failure: failure,
                              exitStatus: outcome.exitStatus, interpreter: interp, module: outcome.module)
        }
    }

    /// Evaluates a check expression in the program's final globals.
    public func evaluate(_ expression: String) -> Result<CheckValue, CheckValueError> {
        guard let module else { return .failure(CheckValueError("the program did not run")) }
        return runWithLargeStack {
            do {
                let v = try self.interpreter.evaluate(expression: expression, in: module, filename: "<check>")
                return CheckValueConverter(interpreter: self.interpreter).convert(v)
            } catch let e as PyError {
                return .failure(CheckValueError("\(expression): \(self.interpreter.exceptionLine(e.exception))"))
            } catch let e as SyntaxError {
                return .failure(CheckValueError("\(expression): SyntaxError: \(e.message)"))
            } catch {
                return .failure(CheckValueError("\(expression): \(error)"))
            }
        }
    }

    /// The program's global names, in definition order (for comparing a user's pair).
    public var globalNames: [String] {
        module?.globals.items.map(\.name) ?? []
    }
}

/// Set from another thread to stop a running program with KeyboardInterrupt.
public final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag: InterruptFlag?
    private var cancelled = false
    public init() {}

    public func cancel() {
        lock.lock()
        defer { lock.unlock() }
        cancelled = true
        flag?.set()
    }

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    func attach(_ f: InterruptFlag) {
        lock.lock()
        defer { lock.unlock() }
        flag = f
        if cancelled { f.set() }
    }

    func detach() {
        lock.lock()
        defer { lock.unlock() }
        flag = nil
    }
}

/// Captures a program's output and, for each line, the source line that finished it; with the
/// lines its standard error gets (`LocatingErrorOutput`) among them, in the order written.
final class LocatingOutput: OutputSink {
    private(set) var text = ""
    private(set) var lines: [OutputLine] = []
    private var pending = ""
    private var pendingError = ""
    weak var interpreter: Interpreter?

    func write(_ s: String) {
        text += s
        add(s, to: &pending, isError: false)
    }

    func writeError(_ s: String) {
        add(s, to: &pendingError, isError: true)
    }

    private func add(_ s: String, to buffer: inout String, isError: Bool) {
        buffer += s
        guard buffer.contains("\n") else { return }
        let line = interpreter?.pythonStack().last?.line ?? 0
        var parts = buffer.split(separator: "\n", omittingEmptySubsequences: false)
        buffer = String(parts.removeLast())
        for p in parts { lines.append(OutputLine(text: String(p), sourceLine: line, isError: isError)) }
    }

    func flush() {}

    func finish() {
        let line = interpreter?.pythonStack().last?.line ?? 0
        if !pending.isEmpty {
            lines.append(OutputLine(text: pending, sourceLine: line))
            pending = ""
        }
        if !pendingError.isEmpty {
            lines.append(OutputLine(text: pendingError, sourceLine: line, isError: true))
            pendingError = ""
        }
    }
}

/// A program's standard error: kept as text, and its lines shown among the output's.
final class LocatingErrorOutput: OutputSink {
    private(set) var text = ""
    private let output: LocatingOutput

    init(_ output: LocatingOutput) {
        self.output = output
    }

    func write(_ s: String) {
        text += s
        output.writeError(s)
    }

    /// A traceback or syntax error is shown as the run's failure, not among the printed lines.
    func writeReport(_ s: String) {
        text += s
    }

    func flush() {}
}

/// A graph a program built, with the last value of each tensor (`Square:0` -> `9.0`).
public struct RunGraph: Sendable {
    public var title: String
    public var graph: GraphDescription
    /// Tensor name to its value as numpy prints it; missing when the tensor never ran.
    public var values: [String: String]
}
