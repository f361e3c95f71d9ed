import ArgumentParser
import Foundation
import LessonKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that TF1 and TF2 programs agree: the lessons, or your own pair.",
        discussion: """
        Each side runs in a fresh interpreter and runtime; then each check is evaluated on both and \
        compared (|tf2 - tf1| <= atol + rtol * |tf1|, elementwise, same shape and dtype family).

        For your own pair, name what to compare with --compare: NAME (a global of both programs), \
        LABEL=EXPR (one expression for both) or LABEL=EXPR1:EXPR2. With no --compare, every global \
        both programs end with that holds a number is compared, then the numbers each printed, in \
        order; the first difference is reported with the line that printed it.

        Exit status: 0 all agree, 1 some check disagrees, 2 bad input (missing file, syntax error, \
        unknown lesson), 3 a program raised.

        Examples:
          tflearn check                        Every lesson.
          tflearn check 13 gradients-vs-tape   Some lessons, by number or slug.
          tflearn check 13 --tf2 mine.py       Lesson 13's checks on your TF2 side.
          tflearn check --format json > report.json
          tflearn check --format junit --output check.xml
          tflearn check --tf1 old.py --tf2 new.py
          tflearn check --tf1 old.py --tf2 new.py --compare loss \\
                        --compare 'w=w_val:model.w.numpy()'
        """
    )

    @Argument(help: "Lessons to check, by number or slug (default: all).")
    var lessonNames: [String] = []

    @Option(help: "Your TF1 program.")
    var tf1: String?

    @Option(help: "Your TF2 program.")
    var tf2: String?

    @Option(help: "What to compare: NAME, LABEL=EXPR or LABEL=EXPR1:EXPR2 (repeatable).")
    var compare: [String] = []

    @Option(help: "Relative tolerance for your pair.")
    var rtol: Double = 1e-5

    @Option(help: "Absolute tolerance for your pair.")
    var atol: Double = 1e-8

    @Option(help: "text, json or junit.")
    var format: Format = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "The lesson folder (default: the Lessons/ tflearn was built with).")
    var lessons: String?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, junit
        var report: ReportFormat { ReportFormat(rawValue: rawValue) ?? .text }
    }

    func validate() throws {
        if tf1 != nil && !lessonNames.isEmpty { throw ValidationError("check either lessons or a pair (--tf1/--tf2), not both") }
        if tf2 != nil && tf1 == nil && lessonNames.count != 1 {
            throw ValidationError("--tf2 alone checks your TF2 side of one lesson: tflearn check 13 --tf2 mine.py (or give --tf1 too)")
        }
        if tf1 != nil && tf2 == nil { throw ValidationError("give both --tf1 and --tf2") }
        if tf1 == nil && !compare.isEmpty { throw ValidationError("--compare is for a pair given with --tf1 and --tf2") }
    }

    func run() throws {
        var reports: [LessonReport] = []
        var badInput = false
        if let tf1, let tf2 {
            let options: [CompareOption]
            do { options = try compare.map(CompareOption.parse) } catch {
                fail("\(error)")
            }
            let a = LessonProgram(path: tf1, source: try readProgram(tf1))
            let b = LessonProgram(path: tf2, source: try readProgram(tf2))
            let report = PairChecker.check(tf1: a, tf2: b, compares: options, tolerance: Tolerance(rtol: rtol, atol: atol))
            if report.hasSyntaxError {
                for s in [report.tf1, report.tf2] {
                    if let f = s.failure, f.kind == .syntax { FileHandle.standardError.write(Data((f.report + "\n").utf8)) }
                }
                throw ExitCode(2)
            }
            reports = [report]
        } else {
            let catalog = LessonCatalog.load(from: LessonCatalog.defaultDirectory(explicit: lessons))
            // A lesson folder that does not load is bad input when every lesson is checked; when
            // lessons are named, the others' problems are only warnings.
            for p in catalog.problems {
                FileHandle.standardError.write(Data((lessonNames.isEmpty ? "\(p)\n" : "tflearn: warning: skipped: \(p)\n").utf8))
                if lessonNames.isEmpty { badInput = true }
            }
            let chosen: [Lesson]
            do { chosen = try catalog.select(lessonNames) } catch {
                fail("\(error)")
            }
            if chosen.isEmpty && catalog.problems.isEmpty { fail("no lessons in \(catalog.directory.path)") }
            if let tf2, let lesson = chosen.first {
                // A lesson's checks against your own TF2 side (an exercise done in your editor).
                reports = [Checker.check(lesson, tf2: LessonProgram(path: tf2, source: try readProgram(tf2)))]
            } else {
                reports = Checker.check(chosen)
            }
        }
        let text = ReportWriter.render(reports, as: format.report, colour: output == nil && format == .text && useColour())
        if let output {
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                fail("can't write \(output): \(error.localizedDescription)")
            }
        } else {
            print(text, terminator: "")
        }
        if badInput || reports.contains(where: \.hasSyntaxError) { throw ExitCode(2) }
        if reports.contains(where: { $0.verdict == .error }) { throw ExitCode(3) }
        if reports.contains(where: { $0.verdict == .disagree }) { throw ExitCode(1) }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("tflearn: \(message)\n".utf8))
        Foundation.exit(2)
    }
}

/// Colour only on a terminal, and never with NO_COLOR or TERM=dumb.
func useColour() -> Bool {
    let env = ProcessInfo.processInfo.environment
    if env["NO_COLOR"] != nil { return false }
    if env["TERM"] == "dumb" { return false }
    return isatty(1) != 0
}
