import ArgumentParser
import Foundation
import LessonKit
import TUI

/// The lesson browser: what `tflearn` runs with no subcommand.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "The lesson browser (what tflearn runs with no subcommand).",
        discussion: """
        Opens the lessons in the terminal: the list with your progress; each \
        lesson's TF1 and TF2 programs side by side, stepped through with n and p; \
        r runs both and c shows whether they agree; g draws their graphs; e opens \
        the exercise in $VISUAL or $EDITOR and checks it. ? shows every key. \
        Progress is kept in $XDG_STATE_HOME/tflearn/ (by default \
        ~/.local/state/tflearn/). It needs a terminal: in scripts and CI use \
        `tflearn list` and `tflearn check`.

        Examples:
          tflearn
          tflearn --lessons ~/my-lessons
        """
    )

    @Option(help: "The lesson folder (default: the Lessons/ tflearn was built with).")
    var lessons: String?

    /// The lesson browser.
    func run() throws {
        if let why = App.unsupportedTerminal() {
            FileHandle.standardError.write(Data("""
                tflearn: \(why).
                Use `tflearn list` to see the lessons and `tflearn check` to check them.

                """.utf8))
            throw ExitCode(2)
        }
        let catalog = LessonCatalog.load(from: LessonCatalog.defaultDirectory(explicit: lessons))
        if catalog.lessons.isEmpty {
            for p in catalog.problems { FileHandle.standardError.write(Data("\(p)\n".utf8)) }
            FileHandle.standardError.write(Data("tflearn: no lessons in \(catalog.directory.path)\n".utf8))
            throw ExitCode(2)
        }
        let status = App.run(catalog: catalog, store: ProgressStore())
        if status != 0 { throw ExitCode(status) }
    }
}
