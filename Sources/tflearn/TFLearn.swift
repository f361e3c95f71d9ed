import ArgumentParser
import Foundation
import Python
import TFRuntime
import PyTF
import LessonKit

/// The `tflearn` command: the lesson browser by default, and subcommands for scripts and CI.
struct TFLearn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tflearn",
        abstract: "Learn the move from TensorFlow 1 to TensorFlow 2, and check a migration.",
        discussion: """
        With no subcommand, tflearn opens the lesson browser in the terminal: the \
        lessons with your progress, each lesson's TF1 and TF2 programs side by side \
        to step through, run and check, their graphs, and an exercise to edit in \
        $VISUAL or $EDITOR. Press ? in it for every key. Progress is kept in \
        $XDG_STATE_HOME/tflearn/ (by default ~/.local/state/tflearn/). It needs a \
        terminal; in scripts and CI use `tflearn list` and `tflearn check`.

        Examples:
          tflearn                       The lesson browser.
          tflearn --lessons ~/my-lessons
                                        The lesson browser on another lesson folder.
          tflearn list                  The lessons, with your progress.
          tflearn check                 Check that every lesson's two sides agree.
          tflearn check --tf1 old.py --tf2 new.py
                                        Check your own migration.
          tflearn run program.py        Run a program on the built-in runtime.
          tflearn graph program.py      Print the graph a TF1 program builds.
        """,
        subcommands: [BrowseCommand.self, ListCommand.self, CheckCommand.self, Run.self, GraphCommand.self, BenchCommand.self,
                      LessonRunCommand.self],
        defaultSubcommand: BrowseCommand.self
    )
}

/// Reads a program's source, or exits with status 2 and a clear message.
func readProgram(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("tflearn: can't open file '\(path)': No such file or directory\n".utf8))
        throw ExitCode(2)
    }
    guard let source = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("tflearn: '\(path)' is not UTF-8 text\n".utf8))
        throw ExitCode(2)
    }
    return source
}

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Run a program, or a side of a lesson, and print the graphs it built.",
        discussion: """
        The program's own output is not shown. Each line is a node: name, op type, output dtype and \
        shape, and its inputs (control inputs start with ^). --format dot prints Graphviz. \
        A TF1 program shows its default graph; a TF2 program shows the graph of each tf.function \
        trace. A lesson (by number or slug) shows its TF1 side, or its TF2 side with --side tf2.

        Examples:
          tflearn graph model.py
          tflearn graph 13                   The TF1 side of lesson 13.
          tflearn graph gradients-vs-tape --side tf2
          tflearn graph model.py --format dot | dot -Tsvg > graph.svg
        """
    )

    enum Format: String, ExpressibleByArgument { case text, dot }

    @Argument(help: "A Python file, or a lesson's number or slug.")
    var target: String

    @Option(help: "text or dot.")
    var format: Format = .text

    @Option(help: "For a lesson: tf1 or tf2.")
    var side: Side = .tf1

    @Option(help: "The lesson folder (default: the Lessons/ tflearn was built with).")
    var lessons: String?

    func run() throws {
        let program: LessonProgram
        if FileManager.default.fileExists(atPath: target) || target.hasSuffix(".py") {
            program = LessonProgram(path: target, source: try readProgram(target))
        } else {
            let catalog = LessonCatalog.load(from: LessonCatalog.defaultDirectory(explicit: lessons))
            do {
                guard let lesson = try catalog.select([target]).first else { throw ExitCode(2) }
                program = lesson.program(side)
            } catch let e as LessonLoadError {
                FileHandle.standardError.write(Data("tflearn: \(e.message)\n".utf8))
                throw ExitCode(2)
            }
        }
        let run = ProgramRun.run(program)
        if let f = run.failure { FileHandle.standardError.write(Data(f.report.utf8)) }
        // The default graph, graphs made with tf.Graph(), then each tf.function trace.
        let graphs = run.graphs
        if graphs.isEmpty {
            print("(the program built no graph)")
        }
        for (i, g) in graphs.enumerated() {
            let titled = graphs.count > 1 || g.title != "default graph"
            if format == .dot {
                print(g.graph.dot, terminator: "")
            } else {
                if titled { print((i > 0 ? "\n" : "") + "# " + g.title) }
                print(g.graph.text, terminator: "")
            }
        }
        if run.exitStatus != 0 { throw ExitCode(run.exitStatus) }
    }
}

extension Side: ExpressibleByArgument {}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a Python/TensorFlow program on the built-in runtime.",
        discussion: """
        Prints what Python with TensorFlow 2.21 would print. Standard input is passed to input().

        Examples:
          tflearn run lesson.py
          tflearn run prog.py < answers.txt
        """
    )

    @Argument(help: "The Python file to run.")
    var file: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the program as sys.argv[1:].")
    var arguments: [String] = []

    func run() throws {
        let source = try readProgram(file)
        // CPython names the main script by its absolute path (in tracebacks and __file__).
        let path = URL(fileURLWithPath: file).standardizedFileURL.path
        let argv = [file] + arguments
        let status = runWithLargeStack { () -> Int32 in
            let interp = Interpreter()
            PyTF.install(into: interp)
            interp.argv = argv
            interp.fileAccess = .sandbox(programDirectory: (path as NSString).deletingLastPathComponent)
            // Ctrl-C raises KeyboardInterrupt in the program instead of killing the process.
            let interrupt = SignalWatcher(signal: SIGINT) { [flag = interp.interruptFlag] in flag.set() }
            defer { interrupt.cancel() }
            return interp.run(source: source, filename: path).exitStatus
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// Runs a handler when a signal arrives, instead of the signal's default action.
final class SignalWatcher: @unchecked Sendable {
    private let source: DispatchSourceSignal
    private let signalNumber: Int32

    init(signal: Int32, handler: @escaping @Sendable () -> Void) {
        signalNumber = signal
        Foundation.signal(signal, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: signal, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
    }

    func cancel() {
        source.cancel()
        Foundation.signal(signalNumber, SIG_DFL)
    }
}
