import Foundation
import LessonKit

/// The lesson browser: the loop that reads keys, runs the state machine, carries out its
/// effects (runs in the background, the editor, progress, quitting) and draws.
public final class App {
    private let backend: CursesBackend
    private var state: AppState
    private let store: ProgressStore
    private let stateDirectory: URL
    private let mailbox = Mailbox()
    /// The executable started (as `tflearn lesson-run`) for each run.
    private let executable: String
    /// The run going on, or the last one.
    private var child: LessonProcess?
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var exitStatus: Int32 = 0

    /// Why the lesson browser cannot start here, or nil when it can.
    public static func unsupportedTerminal(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            return "the lesson browser needs a terminal that can move the cursor (TERM is \(term.isEmpty ? "not set" : "'dumb'"))"
        }
        if isatty(1) == 0 || isatty(0) == 0 {
            return "the lesson browser needs a terminal, and \(isatty(0) == 0 ? "input" : "output") is not one"
        }
        return nil
    }

    /// Opens the browser on a catalog; returns the exit status when the learner quits.
    /// Each run starts `executable` (by default this program) with the hidden `lesson-run`
    /// subcommand.
    public static func run(catalog: LessonCatalog, store: ProgressStore,
                           environment: [String: String] = ProcessInfo.processInfo.environment,
                           executable: String = LessonProcess.ownExecutable) -> Int32 {
        let app = App(catalog: catalog, store: store, environment: environment, executable: executable)
        return app.loop()
    }

    init(catalog: LessonCatalog, store: ProgressStore, environment: [String: String], executable: String) {
        self.store = store
        self.executable = executable
        stateDirectory = store.file.deletingLastPathComponent()
        start = clock.now
        let wantColour = environment["NO_COLOR"].map { $0.isEmpty } ?? true
        backend = CursesBackend(colour: wantColour)
        let (w, h) = backend.size
        var problems = catalog.problems.map(\.description)
        if let warning = store.warning { problems.insert("Warning: " + warning, at: 0) }
        state = AppState(lessons: catalog.lessons, progress: store.lessons, problems: problems,
                         width: w, height: h, colour: backend.colour)
        if catalog.lessons.isEmpty { state.message = "No lessons in \(catalog.directory.path) (--lessons DIR picks a folder)" }
    }

    private var now: Double {
        let d = clock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private func loop() -> Int32 {
        defer { backend.end() }
        backend.present(Screens.render(state))
        while !state.quitting {
            let key = backend.readKey(timeout: state.running != nil ? 100 : -1)
            if let key {
                if key == .suspend {
                    // Raw mode turns Ctrl-Z into a key: give the terminal back and stop as the
                    // shell expects, then take it again when continued.
                    backend.suspend()
                    kill(getpid(), SIGTSTP)
                    backend.resume()
                    let (w, h) = backend.size
                    dispatch(.resized(width: w, height: h))
                } else if key == .resize {
                    let (w, h) = backend.size
                    dispatch(.resized(width: w, height: h))
                } else {
                    dispatch(.key(key))
                }
            }
            if state.running != nil { dispatch(.tick(now: now)) }
            for event in mailbox.drain() { dispatch(event) }
            if state.quitting { break }
            backend.present(Screens.render(state))
        }
        child?.kill()
        return exitStatus
    }

    private func dispatch(_ event: AppEvent) {
        if case .tick = event {} else { state.now = now }
        let (next, effects) = Reducer.handle(state, event)
        state = next
        for e in effects { perform(e) }
    }

    private func perform(_ effect: Effect) {
        switch effect {
        case .run(let id, let lessonID, let exercise):
            guard let lesson = state.lessons.first(where: { $0.id == lessonID }) else { return }
            // In a child process: the memory the run takes, and a crash, stay there.
            let process = LessonProcess(executable: executable, lesson: lesson, exercise: exercise)
            child = process
            let mailbox = self.mailbox
            let thread = Thread { mailbox.post(.runFinished(process.run(runID: id))) }
            thread.start()
        case .cancelRun:
            child?.cancel()
        case .openEditor(let lessonID):
            guard let lesson = state.lessons.first(where: { $0.id == lessonID }) else { return }
            dispatch(edit(lesson))
        case .recordProgress(let id, let p):
            if let problem = store.record(id, p) { state.message = problem }
        case .quit(let status):
            exitStatus = status
            state.quitting = true
        }
    }

    /// Copies the exercise if needed, gives the terminal to the editor, and takes it back.
    private func edit(_ lesson: Lesson) -> AppEvent {
        let file: URL
        do {
            file = try ExerciseFiles.prepare(lesson, stateDirectory: stateDirectory)
        } catch {
            return .editorClosed(lessonID: lesson.id, file: nil,
                                 error: "Could not copy the exercise: \(error.localizedDescription)")
        }
        let editor = ExerciseFiles.editor()
        backend.suspend()
        CursesBackend.ignoreInterrupts(true)
        let status = Self.runEditor(editor, file.path)
        CursesBackend.ignoreInterrupts(false)
        backend.resume()
        let (w, h) = backend.size
        dispatch(.resized(width: w, height: h))
        if status == 126 || status == 127 || status < 0 {
            return .editorClosed(lessonID: lesson.id, file: nil,
                                 error: "Could not start the editor “\(editor)” (set $VISUAL or $EDITOR)")
        }
        guard let data = FileManager.default.contents(atPath: file.path), let source = String(data: data, encoding: .utf8) else {
            return .editorClosed(lessonID: lesson.id, file: nil, error: "Could not read \(file.path)")
        }
        return .editorClosed(lessonID: lesson.id, file: ExerciseFile(path: file.path, source: source), error: nil)
    }

    /// Runs `editor FILE` through the shell (so `$EDITOR` may hold options) and waits for it.
    static func runEditor(_ editor: String, _ path: String) -> Int32 {
        let args = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        var cargs: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) }
        cargs.append(nil)
        defer { for a in cargs { free(a) } }
        var pid: pid_t = 0
        let r = posix_spawn(&pid, "/bin/sh", nil, nil, cargs, environ)
        guard r == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return -1
    }
}

/// Events posted from background threads to the loop.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [AppEvent] = []

    func post(_ e: AppEvent) {
        lock.lock()
        events.append(e)
        lock.unlock()
    }

    func drain() -> [AppEvent] {
        lock.lock()
        defer { lock.unlock() }
        let out = events
        events = []
        return out
    }
}
