import Foundation
import LessonKit
import Testing
@testable import TUI

/// The test folder, the fixed lessons the screens are drawn with, and helpers.
enum Fixture {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let lessonsDirectory = testsDirectory.appendingPathComponent("Fixtures/Lessons")
    static let snapshotsDirectory = testsDirectory.appendingPathComponent("Snapshots")
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static let catalog = LessonCatalog.load(from: lessonsDirectory)
    static var lessons: [Lesson] { catalog.lessons }

    static func index(_ id: String) -> Int { lessons.firstIndex { $0.id == id } ?? -1 }

    static func state(width: Int = 80, height: Int = 24) -> AppState {
        AppState(lessons: lessons, progress: ["01-one-plus-one": .checked], width: width, height: height)
    }

    /// A state with a lesson open.
    static func lessonState(_ id: String, width: Int = 80, height: Int = 24) -> AppState {
        var s = state(width: width, height: height)
        s.list.selected = index(id)
        s = press(s, .enter)
        return s
    }

    static func press(_ s: AppState, _ keys: Key...) -> AppState {
        var state = s
        for k in keys { state = Reducer.reduce(state, k).0 }
        return state
    }

    static func type(_ s: AppState, _ text: String) -> AppState {
        var state = s
        for c in text { state = Reducer.reduce(state, .character(c)).0 }
        return state
    }

    /// The lesson run through LessonKit's checker, as the app would, once per lesson.
    static func result(_ id: String, runID: Int = 1) -> RunResult {
        Results.shared.result(id, runID: runID)
    }

    /// A state after `r` on a lesson and its run finishing.
    static func ranState(_ id: String, width: Int = 80, height: Int = 24) -> AppState {
        var s = lessonState(id, width: width, height: height)
        let (started, effects) = Reducer.reduce(s, Key("r"))
        s = started
        guard case .run(let runID, _, _)? = effects.first else { return s }
        s = Reducer.handle(s, .runFinished(result(id, runID: runID))).0
        return s
    }
}

/// Runs each fixture lesson once for all the tests that need its result.
final class Results: @unchecked Sendable {
    static let shared = Results()
    private let lock = NSLock()
    private var cache: [String: RunResult] = [:]

    func result(_ id: String, runID: Int) -> RunResult {
        lock.lock()
        defer { lock.unlock() }
        if var r = cache[id] {
            r.runID = runID
            return r
        }
        guard let lesson = Fixture.lessons.first(where: { $0.id == id }) else {
            return RunResult(runID: runID, lessonID: id, exercise: false, tf1: SideOutput(path: "tf1.py"),
                             tf2: SideOutput(path: "tf2.py"), checks: [], verdict: .error)
        }
        var r = RunResult(Checker.check(lesson), runID: runID, lessonID: id, exercise: false, elapsed: 0)
        // Tracebacks name the files as this checkout has them: show them from the lesson folder,
        // so the snapshots are the same wherever the package is.
        let prefix = Fixture.lessonsDirectory.path + "/"
        for side in [\RunResult.tf1, \RunResult.tf2] {
            if var f = r[keyPath: side].failure {
                f.report = f.report.replacingOccurrences(of: prefix, with: "Lessons/")
                f.message = f.message.replacingOccurrences(of: prefix, with: "Lessons/")
                r[keyPath: side].failure = f
            }
        }
        cache[id] = r
        r.runID = runID
        return r
    }
}

/// Golden text files of screens, in Snapshots/. Set TFLEARN_RECORD_SNAPSHOTS=1 to write them
/// afresh (then read the diff before committing).
enum Snapshot {
    static var recording: Bool {
        let v = ProcessInfo.processInfo.environment["TFLEARN_RECORD_SNAPSHOTS"] ?? ""
        return !v.isEmpty && v != "0"
    }

    static func check(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = Fixture.snapshotsDirectory.appendingPathComponent(name + ".txt")
        // The characters of every row; a rule marks the right edge so widths are checked too.
        let text = canvas.lines.map { $0 + "|" }.joined(separator: "\n") + "\n"
        if recording {
            try? FileManager.default.createDirectory(at: Fixture.snapshotsDirectory, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: file)
            return
        }
        guard let data = FileManager.default.contents(atPath: file.path), let golden = String(data: data, encoding: .utf8) else {
            Issue.record("no snapshot \(file.lastPathComponent): run with TFLEARN_RECORD_SNAPSHOTS=1 to record it",
                         sourceLocation: sourceLocation)
            return
        }
        if golden != text {
            let a = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            var diff = ""
            for i in 0..<max(a.count, b.count) {
                let x = i < a.count ? String(a[i]) : "", y = i < b.count ? String(b[i]) : ""
                if x != y { diff += "row \(i):\n  want \(x)\n  got  \(y)\n" }
            }
            Issue.record("snapshot \(name) differs (TFLEARN_RECORD_SNAPSHOTS=1 re-records):\n\(diff)", sourceLocation: sourceLocation)
        }
    }
}

/// The graphs of the gradient lesson written out, so the graph view's snapshots do not move when
/// the runtime changes how it builds them (the names are TensorFlow's).
enum FixedGraphs {
    typealias N = GraphModel.Node
    typealias O = GraphModel.Output
    static func node(_ name: String, _ type: String, _ inputs: [String] = [], _ dtype: String? = "float32",
                     shape: String = "()", value: String? = nil) -> N {
        let scope = name.split(separator: "/").dropLast().joined(separator: "/")
        return N(name: name, type: type, scope: scope, inputs: inputs,
                 outputs: dtype.map { [O(dtype: $0, shape: shape, value: value)] } ?? [])
    }

    static let tf1 = GraphModel(nodes: [
        node("x/Initializer/Const", "Const", value: "3.0"),
        node("x", "VarHandleOp", [], "resource"),
        node("x/IsInitialized/VarIsInitializedOp", "VarIsInitializedOp", ["x:0"], "bool"),
        node("x/Assign", "AssignVariableOp", ["x:0", "x/Initializer/Const:0"], nil),
        node("x/Read/ReadVariableOp", "ReadVariableOp", ["x:0"]),
        node("Square/ReadVariableOp", "ReadVariableOp", ["x:0"], value: "3.0"),
        node("Square", "Square", ["Square/ReadVariableOp:0"], value: "9.0"),
        node("gradients/Shape", "Const", [], "int32", shape: "(0,)", value: "[]"),
        node("gradients/grad_ys_0/Const", "Const", value: "1.0"),
        node("gradients/grad_ys_0", "Fill", ["gradients/Shape:0", "gradients/grad_ys_0/Const:0"], value: "1.0"),
        node("gradients/Square_grad/Const", "Const", value: "2.0"),
        node("gradients/Square_grad/Mul", "Mul", ["Square/ReadVariableOp:0", "gradients/Square_grad/Const:0"], value: "6.0"),
        node("gradients/Square_grad/Mul_1", "Mul", ["gradients/grad_ys_0:0", "gradients/Square_grad/Mul:0"], value: "6.0"),
        node("init", "NoOp", ["^x/Assign"], nil),
    ])

    static let tf2 = GraphModel(nodes: [
        node("v", "Placeholder", [], "resource"),
        node("Square/ReadVariableOp", "ReadVariableOp", ["v:0"], value: "3.0"),
        node("Square", "Square", ["Square/ReadVariableOp:0"], value: "9.0"),
        node("gradients/Shape", "Const", [], "int32", shape: "(0,)", value: "[]"),
        node("gradients/grad_ys_0/Const", "Const", value: "1.0"),
        node("gradients/grad_ys_0", "Fill", ["gradients/Shape:0", "gradients/grad_ys_0/Const:0"], value: "1.0"),
        node("gradients/Square_grad/Const", "Const", value: "2.0"),
        node("gradients/Square_grad/Mul", "Mul", ["Square/ReadVariableOp:0", "gradients/Square_grad/Const:0"], value: "6.0"),
        node("gradients/Square_grad/Mul_1", "Mul", ["gradients/grad_ys_0:0", "gradients/Square_grad/Mul:0"], value: "6.0"),
        node("Identity", "Identity", ["Square:0"], value: "9.0"),
        node("Identity_1", "Identity", ["gradients/Square_grad/Mul_1:0"], value: "6.0"),
    ])

    static let graphs = [
        SideGraph(side: .tf1, title: "default graph", model: tf1),
        SideGraph(side: .tf2, title: "tf.function square_and_grad", model: tf2),
    ]
}
