import ArgumentParser
import Foundation
import LessonKit

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lessons, with your progress.",
        discussion: """
        One line per lesson: number, slug, title, and progress (run, checked, exercise solved). \
        Progress is kept in $XDG_STATE_HOME/tflearn/ (by default ~/.local/state/tflearn/).

        Examples:
          tflearn list
          tflearn list --lessons ~/my-lessons
        """
    )

    @Option(help: "The lesson folder (default: the Lessons/ tflearn was built with).")
    var lessons: String?

    func run() throws {
        let catalog = LessonCatalog.load(from: LessonCatalog.defaultDirectory(explicit: lessons))
        let store = ProgressStore()
        if let w = store.warning { FileHandle.standardError.write(Data("tflearn: warning: \(w)\n".utf8)) }
        for p in catalog.problems { FileHandle.standardError.write(Data("\(p)\n".utf8)) }
        if catalog.lessons.isEmpty && catalog.problems.isEmpty {
            FileHandle.standardError.write(Data("tflearn: no lessons in \(catalog.directory.path)\n".utf8))
            throw ExitCode(2)
        }
        let slugWidth = min(30, catalog.lessons.map(\.slug.count).max() ?? 0)
        let titleWidth = min(52, catalog.lessons.map(\.title.count).max() ?? 0)
        for l in catalog.lessons {
            let p = store.progress(l.id)
            let number = String(format: "%2d", l.number)
            var line = "\(number)  \(l.slug.padding(toLength: slugWidth, withPad: " ", startingAt: 0))  "
            let title = l.title.count > titleWidth ? String(l.title.prefix(titleWidth - 1)) + "…" : l.title
            line += title.padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            if p != .notStarted { line += "  \(p.mark) \(p.label)" }
            // Trailing padding only: the numbers stay right-aligned.
            while line.hasSuffix(" ") { line.removeLast() }
            print(line)
        }
        if !catalog.problems.isEmpty { throw ExitCode(2) }
    }
}
