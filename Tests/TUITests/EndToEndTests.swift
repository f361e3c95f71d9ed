import Foundation
import Testing

/// Drives the real built `tflearn` in tmux at 80×24, as a learner would: list, filter, open,
/// run, check table, help, resize, quit; then checks the terminal was restored and progress
/// saved. Skipped, with the reason, when tmux or the built binary is missing.
@Suite("The lesson browser in a real terminal (tmux)", .serialized,
       .enabled(if: Terminal.unavailable == nil, "\(Terminal.unavailable ?? "")"))
struct EndToEndTests {
    @Test func aLearnerOpensRunsAndQuitsTheGradientLesson() throws {
        let t = try Terminal()
        defer { t.close() }
        try t.start(width: 80, height: 24)
        try t.waitFor("Lessons")
        #expect(t.screen().contains("gradients versus GradientTape"))

        t.typeText("/gradient")
        try t.waitFor("1 match")
        t.keys("Enter")
        try t.waitFor("TF1 · tf1.py")
        #expect(t.screen().contains("TF2 · tf2.py"))

        t.keys("r")
        try t.waitFor("checks agree", timeout: 120)
        let output = t.screen()
        #expect(output.contains("dy/dx = 6.0"))
        t.keys("c")
        try t.waitFor("verdict")
        let row = t.screen().split(separator: "\n").first { $0.contains("dy/dx at x = 3") && $0.contains("agree") }
        #expect(row != nil, "the check table shows the check agreeing:\n\(t.screen())")
        if let row {
            #expect(row.components(separatedBy: "6.0").count - 1 == 2, "6.0 from both sides: \(row)")
            #expect(row.contains("✓ agree"))
        }

        t.keys("?")
        try t.waitFor("Keys: lesson")
        #expect(t.screen().contains("any key closes this help"))
        t.keys("Escape")
        try t.waitFor("Keys: lesson", gone: true)

        t.resize(width: 120, height: 40)
        try t.waitUntil("a redraw 120 columns wide") { screen in
            screen.split(separator: "\n").contains { $0.count > 100 && $0.contains("checks agree") }
        }
        let wide = t.screen()
        #expect(wide.split(separator: "\n", omittingEmptySubsequences: false).count >= 40, "40 rows:\n\(wide)")

        t.keys("q")
        try t.waitFor("Lessons")
        t.keys("q")
        try t.waitFor("EXIT=")
        let after = t.history()
        #expect(after.contains("EXIT=0"), "exit status 0:\n\(after)")
        #expect(Terminal.hasFlag("icanon", in: after), "stty -a after exit shows icanon:\n\(after)")
        #expect(Terminal.hasFlag("echo", in: after), "stty -a after exit shows echo:\n\(after)")

        let progress = t.stateHome.appendingPathComponent("tflearn/progress.json")
        let saved = FileManager.default.contents(atPath: progress.path).flatMap { String(data: $0, encoding: .utf8) }
        #expect(saved?.contains("\"13-gradients-vs-tape\" : \"checked\"") == true, "progress saved: \(saved ?? "nothing")")
    }

    /// The same with the gradient lesson of Lessons/, once it is there.
    @Test(.enabled(if: Terminal.realGradientLesson, "Lessons/13-gradients-vs-tape is not there yet"))
    func theRealGradientLessonRunsAndAgrees() throws {
        let t = try Terminal(lessons: Fixture.packageRoot.appendingPathComponent("Lessons"))
        defer { t.close() }
        try t.start(width: 80, height: 24)
        try t.waitFor("Lessons")
        t.typeText("/gradient")
        t.keys("Enter")
        try t.waitFor("13 · tf.gradients versus GradientTape")
        t.keys("c")
        try t.waitFor("not run")
        t.keys("r")
        try t.waitFor("checks agree", timeout: 120)
        let row = t.screen().split(separator: "\n").first { $0.contains("dy/dx at x = 3") }
        #expect(row.map { $0.components(separatedBy: "6.0").count - 1 == 2 && $0.contains("✓ agree") } == true,
                "6.0 from both sides, agreeing:\n\(t.screen())")
        t.keys("q")
        try t.waitFor("Lessons")
        t.keys("q")
        try t.waitFor("EXIT=")
        #expect(t.history().contains("EXIT=0"))
    }

    @Test(arguments: [SIGTERM, SIGHUP]) func aSignalRestoresTheTerminal(signal: Int32) throws {
        let t = try Terminal()
        defer { t.close() }
        try t.start(width: 80, height: 24)
        try t.waitFor("Lessons")
        t.keys("Enter")
        try t.waitFor("TF1 · tf1.py")
        let pid = try t.programPID()
        kill(pid, signal)
        try t.waitFor("EXIT=")
        let after = t.history()
        #expect(after.contains("EXIT=\(128 + signal)"), "ended by signal \(signal), the shell sees 128 + it:\n\(after)")
        #expect(Terminal.hasFlag("icanon", in: after) && Terminal.hasFlag("echo", in: after),
                "stty -a after the signal shows icanon and echo:\n\(after)")
    }

    @Test func ctrlCDuringARunCancelsTheRunNotTheProgram() throws {
        let t = try Terminal()
        defer { t.close() }
        try t.start(width: 80, height: 24)
        try t.waitFor("Lessons")
        t.typeText("/forever")
        t.keys("Enter")
        try t.waitFor("TF1 · tf1.py")
        t.keys("r")
        try t.waitFor("Ctrl-C cancels")
        // The run is a child process in a process group of its own.
        let pid = try t.programPID()
        var children: [pid_t] = []
        try t.waitUntil("the run's process") { _ in
            children = Terminal.children(of: pid)
            return !children.isEmpty
        }
        #expect(children.allSatisfy { getpgid($0) == $0 }, "each child leads its own group: \(children)")
        usleep(300_000)
        t.keys("C-c")
        try t.waitFor("Run cancelled", timeout: 30)
        #expect(!t.history().contains("EXIT="), "the browser is still running")
        #expect(Terminal.children(of: pid).isEmpty, "the run's process is gone")
        // It still works: the list, and a clean quit.
        t.keys("Escape")
        try t.waitFor("Lessons")
        t.keys("q")
        try t.waitFor("EXIT=")
        #expect(t.history().contains("EXIT=0"))
    }

    @Test func theExerciseIsEditedInTheEditorThenCheckedAndRemembered() throws {
        let t = try Terminal()
        defer { t.close() }
        // An "editor" that writes a correct TF2 side into the file it is given.
        let editor = t.root.appendingPathComponent("editor.sh")
        try Data("""
            #!/bin/sh
            printf 'import tensorflow as tf\\nx = tf.Variable(3.0, name="x")\\nwith tf.GradientTape() as tape:\\n    y = tf.square(x)\\ngrad = tape.gradient(y, x)\\n' > "$1"

            """.utf8).write(to: editor)
        chmod(editor.path, 0o755)
        try t.start(width: 80, height: 24, editor: editor.path)
        try t.waitFor("Lessons")
        t.typeText("/gradient")
        t.keys("Enter")
        try t.waitFor("TF1 · tf1.py")
        t.keys("e")
        try t.waitFor("Solved: your TF2 side agrees", timeout: 120)
        #expect(t.screen().contains("TF2 · your exercise tf2.py"))
        let copy = t.stateHome.appendingPathComponent("tflearn/exercises/13-gradients-vs-tape/tf2.py")
        #expect(FileManager.default.fileExists(atPath: copy.path))
        t.keys("q")
        try t.waitFor("Lessons")
        #expect(t.screen().contains("★ tf.gradients versus GradientTape"))
        t.keys("q")
        try t.waitFor("EXIT=")
        let after = t.history()
        #expect(after.contains("EXIT=0") && Terminal.hasFlag("icanon", in: after) && Terminal.hasFlag("echo", in: after))
        let saved = FileManager.default.contents(atPath: t.stateHome.appendingPathComponent("tflearn/progress.json").path)
            .flatMap { String(data: $0, encoding: .utf8) }
        #expect(saved?.contains("\"13-gradients-vs-tape\" : \"solved\"") == true, "progress: \(saved ?? "nothing")")
    }

    @Test func ctrlCOutsideARunQuitsAndRestoresTheTerminal() throws {
        let t = try Terminal()
        defer { t.close() }
        try t.start(width: 80, height: 24)
        try t.waitFor("Lessons")
        t.keys("C-c")
        try t.waitFor("EXIT=")
        let after = t.history()
        #expect(after.contains("EXIT=130"))
        #expect(Terminal.hasFlag("icanon", in: after) && Terminal.hasFlag("echo", in: after))
    }
}

@Suite("The lesson browser refuses what is not a terminal",
       .enabled(if: FileManager.default.isExecutableFile(atPath: Terminal.binary.path), "no built tflearn: skipped"))
struct NotATerminalTests {
    /// Runs the binary with its output in a file; returns the exit status and what it wrote.
    func run(term: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = Terminal.binary
        p.arguments = ["--lessons", Fixture.lessonsDirectory.path]
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = term
        p.environment = env
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tflearn-notty-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = handle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try handle.close()
        let text = (FileManager.default.contents(atPath: out.path)).flatMap { String(data: $0, encoding: .utf8) } ?? ""
        return (p.terminationStatus, text)
    }

    @Test func termDumbIsRefusedWithAPointerToCheck() throws {
        let (status, text) = try run(term: "dumb")
        #expect(status == 2)
        #expect(text.contains("TERM is 'dumb'") && text.contains("tflearn check"))
    }

    @Test func outputThatIsNotATerminalIsRefused() throws {
        let (status, text) = try run(term: "xterm-256color")
        #expect(status == 2)
        #expect(text.contains("needs a terminal") && text.contains("tflearn check"))
    }
}

/// A tmux server of our own (its own socket) with one session running the built binary on a
/// lesson folder made for the test, then `stty -a` in the same terminal.
final class Terminal {
    static let binary = Fixture.packageRoot.appendingPathComponent(".build/debug/tflearn")

    /// Why the test cannot run here, or nil.
    static var unavailable: String? {
        if tmuxPath == nil { return "tmux is not installed: the end-to-end test of the lesson browser is skipped" }
        if !FileManager.default.isExecutableFile(atPath: binary.path) {
            return "no built tflearn at \(binary.path) (swift build first): the end-to-end test is skipped"
        }
        return nil
    }

    static var tmuxPath: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var realGradientLesson: Bool {
        FileManager.default.fileExists(atPath: Fixture.packageRoot.appendingPathComponent("Lessons/13-gradients-vs-tape/lesson.yaml").path)
    }

    let root: URL
    let socket: String
    let lessons: URL
    var stateHome: URL { root.appendingPathComponent("state") }
    var pidFile: URL { root.appendingPathComponent("pid") }

    /// With no lesson folder given, a tiny one is written for the test.
    init(lessons given: URL? = nil) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tflearn-e2e-\(UUID().uuidString)")
        socket = "tflearn-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        lessons = given ?? root.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("state"), withIntermediateDirectories: true)
        if given == nil { try Terminal.writeGradientLesson(into: lessons) }
    }

    /// A tiny gradient lesson: y = x² at 3, so dy/dx = 6 on both sides.
    static func writeGradientLesson(into dir: URL) throws {
        let lesson = dir.appendingPathComponent("13-gradients-vs-tape")
        try FileManager.default.createDirectory(at: lesson, withIntermediateDirectories: true)
        let files = [
            "tf1.py": """
                import tensorflow.compat.v1 as tf
                tf.disable_eager_execution()
                x = tf.Variable(3.0, name="x")
                y = tf.square(x)
                grad = tf.gradients(y, x)
                with tf.Session() as sess:
                    sess.run(tf.global_variables_initializer())
                    grad_value = sess.run(grad)[0]
                print("dy/dx =", grad_value)

                """,
            "tf2.py": """
                import tensorflow as tf
                x = tf.Variable(3.0, name="x")
                with tf.GradientTape() as tape:
                    y = tf.square(x)
                grad = tape.gradient(y, x)
                print("dy/dx =", grad.numpy())

                """,
            "lesson.yaml": """
                title: tf.gradients versus GradientTape
                summary: |
                  TF1 adds the derivative to the graph; TF2 records it on a tape.
                concepts: [tf.gradients, tf.GradientTape]
                steps:
                  - tf1: [4, 5]
                    tf2: [3, 5]
                    note: The derivative of y = x * x.
                checks:
                  - name: dy/dx at x = 3
                    tf1: grad_value
                    tf2: grad.numpy()
                    expect: 6.0

                """,
        ]
        for (name, text) in files { try Data(text.utf8).write(to: lesson.appendingPathComponent(name)) }
        let forever = dir.appendingPathComponent("02-runs-forever")
        try FileManager.default.createDirectory(at: forever, withIntermediateDirectories: true)
        try Data("import tensorflow.compat.v1 as tf\nn = 0\nwhile True:\n    n += 1\n".utf8).write(to: forever.appendingPathComponent("tf1.py"))
        try Data("import tensorflow as tf\nn = 0\n".utf8).write(to: forever.appendingPathComponent("tf2.py"))
        try Data("title: A program that runs forever\nsummary: Ctrl-C stops it.\nsteps: []\nchecks:\n  - name: n\n    expr: n\n".utf8)
            .write(to: forever.appendingPathComponent("lesson.yaml"))
        let other = dir.appendingPathComponent("01-one-plus-one")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("import tensorflow.compat.v1 as tf\nc_value = 2\n".utf8).write(to: other.appendingPathComponent("tf1.py"))
        try Data("import tensorflow as tf\nc_value = 2\n".utf8).write(to: other.appendingPathComponent("tf2.py"))
        try Data("title: One plus one\nsummary: Two.\nsteps: []\nchecks:\n  - name: c\n    expr: c_value\n".utf8)
            .write(to: other.appendingPathComponent("lesson.yaml"))
    }

    func start(width: Int, height: Int, editor: String = "true") throws {
        func q(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        // The inner shell writes its pid and becomes tflearn; the outer one reports the exit
        // status and how the terminal was left.
        let inner = "echo $$ > \(q(pidFile.path)); exec \(q(Terminal.binary.path)) --lessons \(q(lessons.path))"
        let script = "env XDG_STATE_HOME=\(q(stateHome.path)) VISUAL= EDITOR=\(q(editor)) sh -c \(q(inner)); echo EXIT=$?; stty -a; sleep 120"
        try tmux(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
        panePID = pid_t((try? tmux(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
    }

    /// The pane's shell (it leads the pane's process group).
    private var panePID: pid_t?

    func programPID() throws -> pid_t {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(50_000)
        }
        throw TerminalError("the program's pid was not written")
    }

    func keys(_ names: String...) { _ = try? tmux(["send-keys", "-t", "e2e"] + names) }
    func typeText(_ text: String) { _ = try? tmux(["send-keys", "-t", "e2e", "-l", text]) }
    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// What the pane shows now.
    func screen() -> String { (try? tmux(["capture-pane", "-p", "-t", "e2e"])) ?? "" }
    /// The pane with its history, wrapped lines joined.
    func history() -> String { (try? tmux(["capture-pane", "-p", "-J", "-S", "-200", "-t", "e2e"])) ?? "" }

    func waitFor(_ text: String, gone: Bool = false, timeout: Double = 20) throws {
        try waitUntil(gone ? "“\(text)” to go" : "“\(text)”", timeout: timeout) { $0.contains(text) != gone }
    }

    func waitUntil(_ what: String, timeout: Double = 20, _ ok: (String) -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if ok(screen()) || ok(history()) { return }
            usleep(100_000)
        }
        throw TerminalError("waited \(Int(timeout)) s for \(what); the screen:\n\(history())")
    }

    /// The processes whose parent is `pid` (from /proc).
    static func children(of pid: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { name -> pid_t? in
            guard let child = pid_t(name),
                  let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // After "pid (comm) ": state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == pid ? child : nil
        }
    }

    /// Whether `stty -a` output has a flag on (`icanon`, not `-icanon`).
    static func hasFlag(_ flag: String, in text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).contains { $0 == flag }
    }

    private var closed = false

    /// Ends the pane's processes (they may ignore the SIGHUP kill-server sends, when the test
    /// runner ignores it) and our tmux server, and removes the test's files.
    func close() {
        guard !closed else { return }
        closed = true
        if let pid = panePID, pid > 1 {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        }
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: root)
    }

    deinit { close() }

    /// Runs tmux on our socket and returns what it printed. Output goes to a file, not a pipe:
    /// the server tmux starts keeps what it inherited open, so a pipe would never reach its end.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let outFile = root.appendingPathComponent("tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [Terminal.tmuxPath ?? "/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + args
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env.removeValue(forKey: "TMUX")
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cenv: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in cargs { free(p) }
            for p in cenv { free(p) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, argv[0], &actions, nil, &cargs, &cenv) == 0 else {
            throw TerminalError("could not start tmux")
        }
        let deadline = Date().addingTimeInterval(10)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw TerminalError("tmux \(args.first ?? "") did not finish")
            }
            usleep(5_000)
        }
        let data = FileManager.default.contents(atPath: outFile.path) ?? Data()
        return String(data: data, encoding: .utf8) ?? ""
    }
}

struct TerminalError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
