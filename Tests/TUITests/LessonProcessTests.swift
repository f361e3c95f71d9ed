import Foundation
import LessonKit
import Testing
@testable import TUI

/// Runs in a child process: the built `tflearn` for real runs (skipped without it), and small
/// shell programs that crash, write garbage or refuse to stop.
@Suite("Each run in a child process")
struct LessonProcessTests {
    static let binary = Terminal.binary.path
    static var noBinary: Bool { !FileManager.default.isExecutableFile(atPath: binary) }

    static func lesson(_ id: String) throws -> Lesson {
        try #require(Fixture.lessons.first { $0.id == id })
    }

    /// A process that runs `script` with /bin/sh, standing for a lesson's run.
    static func shell(_ script: String) -> LessonProcess {
        LessonProcess(command: ["/bin/sh", "-c", script], lessonID: "01-one-plus-one", exercise: false,
                      tf1Path: "/lessons/01-one-plus-one/tf1.py", tf2Path: "/lessons/01-one-plus-one/tf2.py")
    }

    @Test(.disabled(if: noBinary, "no built tflearn"),
          arguments: ["01-one-plus-one", "13-gradients-vs-tape", "21-a-side-that-raises"])
    func theChildReportsWhatTheCheckerFindsInProcess(id: String) throws {
        let lesson = try Self.lesson(id)
        var child = LessonProcess(executable: Self.binary, lesson: lesson, exercise: nil).run(runID: 7)
        let here = RunResult(Checker.check(lesson), runID: 7, lessonID: id, exercise: false, elapsed: 0)
        #expect(child.stopped == nil, "\(child.stopped?.reason ?? ""): \(child.stopped?.log ?? [])")
        #expect(child.elapsed > 0)
        child.elapsed = 0
        #expect(child == here)
    }

    @Test(.disabled(if: noBinary, "no built tflearn"))
    func anExerciseRunsInPlaceOfTheTF2Side() throws {
        let lesson = try Self.lesson("13-gradients-vs-tape")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tflearn-exercise-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("tf2.py")
        let source = "import tensorflow as tf\nx = tf.Variable(3.0)\nprint('mine')\nprint(1 / 0)\n"
        try Data(source.utf8).write(to: file)
        let exercise = ExerciseFile(path: file.path, source: source)
        var child = LessonProcess(executable: Self.binary, lesson: lesson, exercise: exercise).run(runID: 2)
        let program = LessonProgram(path: file.path, source: source, stdin: lesson.tf2.stdin)
        let here = RunResult(Checker.check(lesson, tf2: program), runID: 2, lessonID: lesson.id, exercise: true, elapsed: 0)
        child.elapsed = 0
        #expect(child == here)
        #expect(child.exercise && child.tf2.path == file.path)
        #expect(child.tf2.lines.map(\.text) == ["mine"])
        #expect(child.tf2.failure?.message == "ZeroDivisionError: division by zero" && child.tf2.failure?.line == 4)
    }

    @Test func aCrashIsReportedWithItsSignalAndWhatItWrote() {
        let r = Self.shell("ulimit -c 0; echo 'Fatal error: Index out of range' >&2; kill -SEGV $$").run(runID: 3)
        #expect(r.runID == 3 && r.lessonID == "01-one-plus-one")
        #expect(r.stopped?.reason.contains("killed by signal 11") == true, "\(r.stopped?.reason ?? "no stop")")
        #expect(r.stopped?.log == ["Fatal error: Index out of range"])
        #expect(!r.bothRan && !r.interrupted)
    }

    @Test func garbageOnItsOutputIsReportedNotDecoded() {
        let r = Self.shell("echo 'this is not JSON'").run(runID: 1)
        #expect(r.stopped?.reason.hasPrefix("The run's report could not be read") == true, "\(r.stopped?.reason ?? "no stop")")
        #expect(r.stopped?.log == ["this is not JSON"])
        let none = Self.shell("exit 0").run(runID: 1)
        #expect(none.stopped?.reason == "The run's report could not be read: it wrote none")
    }

    @Test func aFailingExitIsReportedWithItsStatus() {
        let r = Self.shell("echo 'tflearn: lesson.yaml: missing file' >&2; exit 2").run(runID: 1)
        #expect(r.stopped?.reason == "The run stopped with exit status 2")
        #expect(r.stopped?.log == ["tflearn: lesson.yaml: missing file"])
    }

    @Test func aMissingExecutableIsReported() {
        let p = LessonProcess(command: ["/nonexistent/tflearn", "lesson-run"], lessonID: "x", exercise: false,
                              tf1Path: "tf1.py", tf2Path: "tf2.py")
        let r = p.run(runID: 1)
        #expect(r.stopped?.reason.hasPrefix("Could not start the run") == true, "\(r.stopped?.reason ?? "no stop")")
    }

    @Test func theChildReadsNothingAndHasNoDescriptorButItsOwnThreeInAGroupOfItsOwn() throws {
        // A descriptor of ours that a careless spawn would hand down.
        let leaked = open("/dev/null", O_RDONLY)
        defer { close(leaked) }
        #expect(leaked > 2)
        let r = Self.shell("exec >&2; ls /proc/$$/fd; readlink /proc/$$/fd/0; cut -d' ' -f5 /proc/$$/stat; echo $$; exit 1")
            .run(runID: 1)
        let log = r.stopped?.log ?? []
        try #require(log.count == 6, "\(log)")
        #expect(Array(log[0..<3]) == ["0", "1", "2"])
        #expect(log[3] == "/dev/null")
        #expect(log[4] == log[5], "its process group is its own pid")
    }

    @Test func cancelStopsAChildThatIgnoresSIGTERMWithSIGKILL() throws {
        let p = Self.shell("trap '' TERM; while :; do :; done")
        let box = ResultBox()
        let thread = Thread { box.set(p.run(runID: 9)) }
        thread.start()
        let pid = try waitForChild(p)
        let began = Date()
        p.cancel()
        let r = try box.wait(seconds: 10)
        let took = Date().timeIntervalSince(began)
        #expect(r.interrupted && r.runID == 9)
        #expect(r.tf1.failure?.message == "KeyboardInterrupt" && r.stopped == nil)
        #expect(took >= 0.9, "SIGTERM was ignored, so it waited for SIGKILL: \(took) s")
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the child is gone")
        #expect(!p.isRunning)
    }

    @Test(.disabled(if: noBinary, "no built tflearn"))
    func cancelInterruptsALessonThatLoopsForever() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tflearn-forever-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Terminal.writeGradientLesson(into: dir)
        let lesson = try LessonLoader.load(dir.appendingPathComponent("02-runs-forever"))
        let p = LessonProcess(executable: Self.binary, lesson: lesson, exercise: nil)
        let box = ResultBox()
        let thread = Thread { box.set(p.run(runID: 5)) }
        thread.start()
        let pid = try waitForChild(p)
        usleep(500_000)
        #expect(box.value == nil, "still running")
        p.cancel()
        let r = try box.wait(seconds: 20)
        #expect(r.interrupted)
        // Reported by the child itself (SIGTERM became KeyboardInterrupt in the program), at the
        // line of the loop, not made up after killing it.
        let f = r.tf1.failure
        #expect(f?.interrupted == true && (f?.line ?? 0) >= 3, "\(String(describing: f))")
        #expect(kill(pid, 0) == -1 && errno == ESRCH, "the child is gone")
    }

    @Test func killEndsTheChildAtOnce() throws {
        let p = Self.shell("trap '' TERM; while :; do :; done")
        let box = ResultBox()
        let thread = Thread { box.set(p.run(runID: 1)) }
        thread.start()
        let pid = try waitForChild(p)
        let began = Date()
        p.kill()
        let r = try box.wait(seconds: 10)
        #expect(Date().timeIntervalSince(began) < 0.9)
        #expect(r.interrupted)
        #expect(kill(pid, 0) == -1 && errno == ESRCH)
    }

    /// Waits until the child has started; its pid.
    func waitForChild(_ p: LessonProcess) throws -> pid_t {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if p.isRunning { return p.processID }
            usleep(10_000)
        }
        throw TerminalError("the child did not start")
    }
}

/// A result handed from the thread that ran it.
final class ResultBox: @unchecked Sendable {
    private let lock = NSCondition()
    private var result: RunResult?

    func set(_ r: RunResult) {
        lock.lock()
        result = r
        lock.broadcast()
        lock.unlock()
    }

    var value: RunResult? {
        lock.lock()
        defer { lock.unlock() }
        return result
    }

    func wait(seconds: Double) throws -> RunResult {
        let deadline = Date().addingTimeInterval(seconds)
        lock.lock()
        defer { lock.unlock() }
        while result == nil {
            if !lock.wait(until: deadline) { break }
        }
        guard let result else { throw TerminalError("no result after \(Int(seconds)) s") }
        return result
    }
}
