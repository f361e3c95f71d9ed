import CSpawn
import Foundation
import LessonKit

/// One run of a lesson in a child process. The browser starts its own executable as
/// `tflearn lesson-run --lesson-dir DIR [--exercise FILE]`, which runs both sides and the checks
/// and writes the `RunResult` as JSON to its standard output, then exits. So the browser never
/// runs lesson code itself: the memory a run takes and the code it touches go when the child
/// does, a crash stays in the child, and a run that never ends can always be stopped.
///
/// The child reads /dev/null, writes to two pipes (its report, and standard error, whose end is
/// kept for the message of a crash), inherits no other file descriptor, starts with every signal
/// at its default action, and leads a process group of its own: a signal meant for the
/// terminal's foreground group (Ctrl-C, a hang-up) never reaches it. It stops by itself when the
/// browser stops reading its report, however the browser ended.
public final class LessonProcess: @unchecked Sendable {
    /// How long a cancelled run has to stop by itself (its programs get KeyboardInterrupt and it
    /// reports them interrupted) before it is killed.
    static let grace: Duration = .seconds(1)
    /// How much of the end of the child's standard error is kept.
    static let logLimit = 16 * 1024
    /// How many of its last lines a stopped run shows.
    static let logLines = 12
    /// A report larger than this is not read (the child is killed).
    static let reportLimit = 256 * 1024 * 1024

    /// The program and its arguments; the first is a path.
    let command: [String]
    let lessonID: String
    let exercise: Bool
    let tf1Path: String
    let tf2Path: String

    private let lock = NSLock()
    private let clock = ContinuousClock()
    private var pid: pid_t = 0
    /// Set once the child has been waited for: its pid may then belong to another process.
    private var ended = false
    private var cancelledAt: ContinuousClock.Instant?
    private var killed = false

    /// A run of `lesson` (its TF2 side replaced by the learner's exercise when given) by the
    /// executable at `executable`.
    public convenience init(executable: String, lesson: Lesson, exercise: ExerciseFile?) {
        self.init(command: [executable] + Self.arguments(lesson: lesson, exercise: exercise), lessonID: lesson.id,
                  exercise: exercise != nil, tf1Path: lesson.tf1.path, tf2Path: exercise?.path ?? lesson.tf2.path)
    }

    init(command: [String], lessonID: String, exercise: Bool, tf1Path: String, tf2Path: String) {
        self.command = command
        self.lessonID = lessonID
        self.exercise = exercise
        self.tf1Path = tf1Path
        self.tf2Path = tf2Path
    }

    /// The arguments of the hidden subcommand that runs a lesson.
    public static func arguments(lesson: Lesson, exercise: ExerciseFile?) -> [String] {
        ["lesson-run", "--lesson-dir", lesson.directory.path] + (exercise.map { ["--exercise", $0.path] } ?? [])
    }

    /// The running executable's path, to start it again for a run.
    public static var ownExecutable: String {
        #if os(Linux)
        // The resolved path, so the child is called tflearn too; the link itself when the file
        // has gone (rebuilt while the browser runs), which still starts the same program.
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            let path = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "/proc/self/exe"
        #else
        let first = CommandLine.arguments.first ?? "tflearn"
        return URL(fileURLWithPath: first).standardizedFileURL.path
        #endif
    }

    /// Stops the run: SIGTERM now (the child's programs get KeyboardInterrupt and it reports
    /// them interrupted), SIGKILL if it has not ended after `grace`. `run` then returns an
    /// interrupted result.
    public func cancel() {
        lock.lock()
        defer { lock.unlock() }
        guard cancelledAt == nil else { return }
        cancelledAt = clock.now
        if pid > 0 && !ended { signalGroup(pid, SIGTERM) }
    }

    /// Kills the child at once (the browser is quitting).
    public func kill() {
        lock.lock()
        defer { lock.unlock() }
        if cancelledAt == nil { cancelledAt = clock.now }
        if pid > 0 && !ended && !killed { signalGroup(pid, SIGKILL) }
        killed = true
    }

    /// Whether the child is still there (started and not yet waited for).
    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return pid > 0 && !ended
    }

    /// The child's pid once started (0 before).
    var processID: pid_t {
        lock.lock()
        defer { lock.unlock() }
        return pid
    }

    /// Starts the child, reads its report and waits for it; never throws or crashes: whatever
    /// happens to the child becomes a result the lesson screen can show.
    public func run(runID: Int) -> RunResult {
        let began = clock.now
        let outcome = execute()
        let d = clock.now - began
        let elapsed = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
        return result(outcome, runID: runID, elapsed: elapsed)
    }

    // MARK: the child

    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Waited for by someone else (its status is lost).
        case unknown
    }

    struct Outcome {
        var termination: Termination = .unknown
        var report = Data()
        var log = Data()
        /// Bytes dropped from the front of the log.
        var logTruncated = false
        var reportTooLarge = false
        /// errno when the child could not be started.
        var startError: Int32?
        var cancelled = false
    }

    private func execute() -> Outcome {
        var outcome = Outcome()
        var out: [Int32] = [-1, -1]
        var err: [Int32] = [-1, -1]
        guard tflearn_pipe_cloexec(&out) == 0 else {
            outcome.startError = errno
            return outcome
        }
        guard tflearn_pipe_cloexec(&err) == 0 else {
            outcome.startError = errno
            close(out[0])
            close(out[1])
            return outcome
        }
        let started = spawn(stdout: out[1], stderr: err[1])
        close(out[1])
        close(err[1])
        let child: pid_t
        switch started {
        case .failure(let e):
            close(out[0])
            close(err[0])
            outcome.startError = e.code
            return outcome
        case .success(let p):
            child = p
        }
        lock.lock()
        pid = child
        if killed { signalGroup(child, SIGKILL) } else if cancelledAt != nil { signalGroup(child, SIGTERM) }
        lock.unlock()

        var fds = [pollfd(fd: out[0], events: Int16(POLLIN), revents: 0),
                   pollfd(fd: err[0], events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            if fds[0].fd < 0 && fds[1].fd < 0 {
                // Both pipes closed: the child is ending (or has closed them and goes on, which
                // a cancel still ends).
                if let t = reap(child) {
                    outcome.termination = t
                    break
                }
                usleep(5_000)
            } else if poll(&fds, 2, 100) > 0 {
                for i in 0..<2 where fds[i].fd >= 0 && fds[i].revents != 0 {
                    let n = read(fds[i].fd, &buffer, buffer.count)
                    if n > 0 {
                        if i == 0 {
                            outcome.report.append(contentsOf: buffer[0..<n])
                        } else {
                            outcome.log.append(contentsOf: buffer[0..<n])
                            if outcome.log.count > 2 * Self.logLimit {
                                outcome.log = Data(outcome.log.suffix(Self.logLimit))
                                outcome.logTruncated = true
                            }
                        }
                    } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                        close(fds[i].fd)
                        fds[i].fd = -1
                    }
                }
            }
            if outcome.report.count > Self.reportLimit && !outcome.reportTooLarge {
                outcome.reportTooLarge = true
                kill()
            }
            killIfPastGrace()
        }
        for f in fds where f.fd >= 0 { close(f.fd) }
        lock.lock()
        outcome.cancelled = cancelledAt != nil
        lock.unlock()
        return outcome
    }

    private struct SpawnError: Error { var code: Int32 }

    /// Starts `command` with /dev/null as input, the given pipes as output and errors, no other
    /// descriptor, default signal actions, no blocked signal, in a process group of its own.
    private func spawn(stdout: Int32, stderr: Int32) -> Result<pid_t, SpawnError> {
        guard let path = command.first else { return .failure(SpawnError(code: ENOENT)) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        _ = tflearn_spawn_close_from(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var environment = ProcessInfo.processInfo.environment
        // A crash in the child reports its message at once, without the runtime's backtracer
        // (which can take seconds); SWIFT_BACKTRACE set by the user is kept.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        let cargs: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        let cenv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cargs { free(p) }
            for p in cenv { free(p) }
        }
        var child: pid_t = 0
        let r = posix_spawn(&child, path, &actions, &attributes, cargs, cenv)
        return r == 0 ? .success(child) : .failure(SpawnError(code: r))
    }

    /// Waits for the child without blocking; nil while it runs.
    private func reap(_ child: pid_t) -> Termination? {
        lock.lock()
        defer { lock.unlock() }
        var status: Int32 = 0
        let r = waitpid(child, &status, WNOHANG)
        if r == child {
            ended = true
            // WIFEXITED, WEXITSTATUS, WTERMSIG, which Swift does not import.
            let signal = status & 0x7f
            return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
        }
        if r < 0 && errno == ECHILD {
            ended = true
            return .unknown
        }
        return nil
    }

    private func killIfPastGrace() {
        lock.lock()
        defer { lock.unlock() }
        guard let t = cancelledAt, !killed, !ended, pid > 0, clock.now - t >= Self.grace else { return }
        signalGroup(pid, SIGKILL)
        killed = true
    }

    // MARK: the result

    func result(_ o: Outcome, runID: Int, elapsed: Double) -> RunResult {
        func stopped(_ reason: String, _ log: [String]) -> RunResult {
            RunResult(runID: runID, lessonID: lessonID, exercise: exercise, tf1: SideOutput(path: tf1Path),
                      tf2: SideOutput(path: tf2Path), checks: [], verdict: .error, elapsed: elapsed,
                      stopped: RunStop(reason: reason, log: log))
        }
        if let e = o.startError {
            return stopped("Could not start the run (\(command.first ?? "")): \(String(cString: strerror(e)))", [])
        }
        var decodeProblem: String?
        if o.termination == .exited(0) && !o.reportTooLarge {
            do {
                var r = try RunResult(json: o.report)
                r.runID = runID
                r.lessonID = lessonID
                r.exercise = exercise
                r.elapsed = elapsed
                r.stopped = nil
                return r
            } catch {
                decodeProblem = o.report.isEmpty ? "it wrote none" : "\(o.report.count) bytes that are not a run's JSON"
            }
        }
        if o.cancelled && !o.reportTooLarge {
            // Stopped on request before it could report: the run is shown cancelled, as a run
            // that reported KeyboardInterrupt is.
            func side(_ path: String) -> SideOutput {
                SideOutput(path: path, failure: SideOutput.Failure(message: "KeyboardInterrupt", file: fileName(path),
                                                                   line: 0, interrupted: true))
            }
            return RunResult(runID: runID, lessonID: lessonID, exercise: exercise, tf1: side(tf1Path), tf2: side(tf2Path),
                             checks: [], verdict: .error, elapsed: elapsed)
        }
        var log = logLines(o)
        if o.reportTooLarge {
            return stopped("The run stopped: its report was larger than \(Self.reportLimit / (1024 * 1024)) MB", log)
        }
        if let decodeProblem {
            if log.isEmpty {
                // What it wrote instead, to tell what went wrong.
                let text = String(decoding: o.report.prefix(1024), as: UTF8.self)
                log = text.split(separator: "\n", omittingEmptySubsequences: true).prefix(3).map { String($0.prefix(200)) }
            }
            return stopped("The run's report could not be read: \(decodeProblem)", log)
        }
        switch o.termination {
        case .signalled(let s):
            let name = strsignal(s).map { String(cString: $0) } ?? ""
            return stopped("The run stopped: it was killed by signal \(s)\(name.isEmpty ? "" : " (\(name))")", log)
        case .exited(let status):
            return stopped("The run stopped with exit status \(status)", log)
        case .unknown:
            return stopped("The run stopped, and how it ended is not known", log)
        }
    }

    /// The last lines of the child's standard error.
    private func logLines(_ o: Outcome) -> [String] {
        var lines = String(decoding: o.log, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if o.logTruncated && !lines.isEmpty { lines.removeFirst() }
        lines = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return Array(lines.suffix(Self.logLines))
    }
}

/// Sends a signal to a child and the process group it leads.
private func signalGroup(_ pid: pid_t, _ signal: Int32) {
    guard pid > 0 else { return }
    kill(-pid, signal)
}
