import ArgumentParser
import Foundation
import LessonKit
import TUI

/// The lesson browser runs each lesson through this: it starts its own executable with this
/// subcommand (see `LessonProcess`), which runs both sides and the checks and writes the
/// `RunResult` as JSON to standard output. Not meant to be typed, so not in --help.
struct LessonRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson-run",
        abstract: "Run one lesson for the lesson browser and write the result as JSON.",
        shouldDisplay: false
    )

    @Option(help: "The lesson's folder.")
    var lessonDir: String

    @Option(help: "The learner's TF2 side, run instead of the lesson's.")
    var exercise: String?

    func run() throws {
        // The report goes where standard output goes now; anything else the run might print
        // goes to standard error, so it cannot spoil the report.
        let report = dup(1)
        guard report >= 0, dup2(2, 1) >= 0 else {
            FileHandle.standardError.write(Data("tflearn: can't set up the report's output\n".utf8))
            throw ExitCode(1)
        }
        Self.exitWhenNobodyReads(report)
        // SIGTERM (the learner's Ctrl-C in the browser) stops the programs with
        // KeyboardInterrupt; the report then says they were interrupted.
        let cancel = CancelFlag()
        let terminate = SignalWatcher(signal: SIGTERM) { cancel.cancel() }
        defer { terminate.cancel() }

        let lesson: Lesson
        do {
            lesson = try LessonLoader.load(URL(fileURLWithPath: lessonDir))
        } catch {
            FileHandle.standardError.write(Data("tflearn: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let tf2 = try exercise.map { LessonProgram(path: $0, source: try readProgram($0), stdin: lesson.tf2.stdin) }
        let clock = ContinuousClock()
        let began = clock.now
        let checked = Checker.check(lesson, tf2: tf2, cancel: cancel)
        let d = clock.now - began
        let elapsed = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        let result = RunResult(checked, runID: 0, lessonID: lesson.id, exercise: exercise != nil, elapsed: elapsed)
        let data: Data
        do {
            data = try result.json()
        } catch {
            FileHandle.standardError.write(Data("tflearn: can't write the run's report: \(error)\n".utf8))
            throw ExitCode(1)
        }
        guard Self.write(data, to: report) else {
            FileHandle.standardError.write(Data("tflearn: can't write the run's report: \(String(cString: strerror(errno)))\n".utf8))
            throw ExitCode(1)
        }
        // The interpreters are not torn down: the process ends here.
    }

    /// Writes all of `data`; false on an error.
    static func write(_ data: Data, to fd: Int32) -> Bool {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard let base = bytes.baseAddress else { return true }
            var done = 0
            while done < bytes.count {
                let n = Foundation.write(fd, base + done, bytes.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                done += n
            }
            return true
        }
    }

    /// Ends the process when the reader of `fd` (a pipe) goes away: the browser quit or was
    /// killed, and nobody will read the report.
    static func exitWhenNobodyReads(_ fd: Int32) {
        let watcher = Thread {
            var p = pollfd(fd: fd, events: 0, revents: 0)
            while true {
                let n = poll(&p, 1, -1)
                if n < 0 && errno == EINTR { continue }
                if n > 0 && p.revents & Int16(POLLERR | POLLHUP) != 0 { _exit(3) }
                return
            }
        }
        watcher.start()
    }
}
