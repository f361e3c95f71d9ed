import ArgumentParser
import Foundation
import Python
import PyTF

/// The `tflearn` command: the lesson browser by default, and subcommands for scripts and CI.
struct TFLearn: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tflearn",
        abstract: "Learn the move from TensorFlow 1 to TensorFlow 2, and check a migration.",
        discussion: """
        With no subcommand, opens the lesson browser in the terminal.

        Examples:
          tflearn run program.py        Run a TensorFlow program on the built-in runtime.
        """,
        subcommands: [Run.self]
    )

    func run() throws {
        print("The lesson browser is not built yet. Try `tflearn run FILE.py`.")
    }
}

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
        guard let data = FileManager.default.contents(atPath: file) else {
            FileHandle.standardError.write(Data("tflearn: can't open file '\(file)': No such file or directory\n".utf8))
            throw ExitCode(2)
        }
        guard let source = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("tflearn: '\(file)' is not UTF-8 text\n".utf8))
            throw ExitCode(2)
        }
        let path = file
        let argv = [file] + arguments
        let status = runWithLargeStack { () -> Int32 in
            let interp = Interpreter()
            PyTF.install(into: interp)
            interp.argv = argv
            return interp.run(source: source, filename: path).exitStatus
        }
        if status != 0 { throw ExitCode(status) }
    }
}
