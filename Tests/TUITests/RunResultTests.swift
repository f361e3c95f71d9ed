import Foundation
import LessonKit
import Testing
@testable import TUI

@Suite("A run's result: as JSON, and when the run stopped")
struct RunResultTests {
    @Test(arguments: ["01-one-plus-one", "13-gradients-vs-tape", "21-a-side-that-raises"])
    func aLessonsResultComesBackTheSame(id: String) throws {
        let r = Fixture.result(id)
        let back = try RunResult(json: try r.json())
        #expect(back == r)
    }

    @Test func everyPartComesBack() throws {
        let r = RunResult(
            runID: 4, lessonID: "13-gradients-vs-tape", exercise: true,
            tf1: SideOutput(path: "Lessons/13/tf1.py", lines: [.init(text: "dy/dx = [6.0]", sourceLine: 9), .init(text: "")]),
            tf2: SideOutput(path: "/state/tf2.py", lines: [.init(text: "é ✓ \"quoted\"\t", sourceLine: 2)],
                            failure: .init(message: "ZeroDivisionError: division by zero", report: "Traceback…\n  line 5",
                                           file: "tf2.py", line: 5, interrupted: false)),
            checks: [CheckRow(name: "dy/dx", tf1: "6.0", tf2: "–", error: "raised", verdict: .error, reason: "TF2: boom"),
                     CheckRow(name: "w", tf1: "[1. 2.]", tf2: "[1. 2.]", error: "2.4e-07", verdict: .agree)],
            error: "TF2 side: ZeroDivisionError (tf2.py:5)", verdict: .error, graphs: FixedGraphs.graphs,
            elapsed: 1.25, stopped: RunStop(reason: "The run stopped", log: ["Fatal error", "line 2"]))
        let back = try RunResult(json: try r.json())
        #expect(back == r)
        #expect(back.graphs[0].model.nodes.contains { $0.outputs.first?.value == "6.0" })
    }

    @Test func whatIsNotARunIsAnError() {
        #expect(throws: (any Error).self) { try RunResult(json: Data("not json".utf8)) }
        #expect(throws: (any Error).self) { try RunResult(json: Data("{\"runID\": 1}".utf8)) }
        #expect(throws: (any Error).self) { try RunResult(json: Data()) }
    }

    @Test func aStoppedRunShowsWhyOnTheLessonScreenAndCountsForNothing() {
        var s = Fixture.lessonState("13-gradients-vs-tape", width: 100, height: 30)
        let (started, effects) = Reducer.reduce(s, Key("r"))
        s = started
        guard case .run(let id, _, _)? = effects.first else {
            Issue.record("r starts a run")
            return
        }
        let stop = RunStop(reason: "The run stopped: it was killed by signal 11 (Segmentation fault)",
                           log: ["Fatal error: Index out of range"])
        let r = RunResult(runID: id, lessonID: "13-gradients-vs-tape", exercise: false, tf1: SideOutput(path: "tf1.py"),
                          tf2: SideOutput(path: "tf2.py"), checks: [], verdict: .error, stopped: stop)
        let (after, more) = Reducer.handle(s, .runFinished(r))
        #expect(after.running == nil)
        #expect(after.message == stop.reason)
        #expect(!more.contains { if case .recordProgress = $0 { return true } else { return false } })
        let screen = Screens.render(after).lines.joined(separator: "\n")
        #expect(screen.contains("✗ the run stopped"))
        #expect(screen.contains("killed by signal 11"))
        #expect(screen.contains("Fatal error: Index out of range"))
        // The check table keeps its rows, not run, under the reason.
        let table = Screens.render(Fixture.press(after, Key("c"))).lines.joined(separator: "\n")
        #expect(table.contains("killed by signal 11") && table.contains("not run") && table.contains("dy/dx"))
    }
}
