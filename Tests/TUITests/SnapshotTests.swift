import Testing
@testable import TUI

/// Every screen drawn into a canvas at 80×24 and 120×40, against golden text files in
/// Snapshots/ (TFLEARN_RECORD_SNAPSHOTS=1 re-records them). The lessons are the fixed ones in
/// Fixtures/Lessons, so the snapshots do not move when Lessons/ does.
@Suite("Screens drawn into a canvas")
struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: sizes) func list(width: Int, height: Int) {
        let s = Fixture.press(Fixture.state(width: width, height: height), .down)
        Snapshot.check(Screens.render(s), "list-\(width)x\(height)")
    }

    @Test(arguments: sizes) func listFiltered(width: Int, height: Int) {
        let s = Fixture.type(Fixture.press(Fixture.state(width: width, height: height), Key("/")), "grad")
        Snapshot.check(Screens.render(s), "list-filter-\(width)x\(height)")
    }

    @Test(arguments: sizes) func lesson(width: Int, height: Int) {
        let s = Fixture.press(Fixture.lessonState("13-gradients-vs-tape", width: width, height: height), Key("n"))
        Snapshot.check(Screens.render(s), "lesson-\(width)x\(height)")
    }

    @Test(arguments: sizes) func lessonRunning(width: Int, height: Int) {
        var s = Fixture.press(Fixture.lessonState("13-gradients-vs-tape", width: width, height: height), Key("r"))
        s = Reducer.handle(s, .tick(now: 1.25)).0
        Snapshot.check(Screens.render(s), "lesson-running-\(width)x\(height)")
    }

    @Test(arguments: sizes) func lessonOutput(width: Int, height: Int) {
        let s = Fixture.press(Fixture.ranState("13-gradients-vs-tape", width: width, height: height), Key("n"), Key("n"))
        Snapshot.check(Screens.render(s), "lesson-output-\(width)x\(height)")
    }

    @Test(arguments: sizes) func checkTable(width: Int, height: Int) {
        let s = Fixture.press(Fixture.ranState("13-gradients-vs-tape", width: width, height: height), Key("c"))
        Snapshot.check(Screens.render(s), "checks-\(width)x\(height)")
    }

    @Test(arguments: sizes) func sideThatRaises(width: Int, height: Int) {
        let s = Fixture.ranState("21-a-side-that-raises", width: width, height: height)
        Snapshot.check(Screens.render(s), "raises-output-\(width)x\(height)")
        Snapshot.check(Screens.render(Fixture.press(s, Key("c"))), "raises-checks-\(width)x\(height)")
    }

    @Test(arguments: sizes) func graph(width: Int, height: Int) {
        var s = Fixture.ranState("13-gradients-vs-tape", width: width, height: height)
        s.lesson?.result?.graphs = FixedGraphs.graphs
        s = Fixture.press(s, Key("g"))
        #expect(s.screen == .graph)
        Snapshot.check(Screens.render(s), "graph-tf1-\(width)x\(height)")
        // The gradients scope unfolded, its last node selected.
        s = Fixture.press(s, .down, .down, .right, Key(" "))
        Snapshot.check(Screens.render(s), "graph-tf1-unfolded-\(width)x\(height)")
        s = Fixture.press(s, .tab)
        Snapshot.check(Screens.render(s), "graph-tf2-\(width)x\(height)")
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) {
        Snapshot.check(Screens.render(Fixture.press(Fixture.state(width: width, height: height), Key("?"))),
                       "help-list-\(width)x\(height)")
        Snapshot.check(Screens.render(Fixture.press(Fixture.lessonState("01-one-plus-one", width: width, height: height), Key("?"))),
                       "help-lesson-\(width)x\(height)")
        var ran = Fixture.ranState("13-gradients-vs-tape", width: width, height: height)
        ran.lesson?.result?.graphs = FixedGraphs.graphs
        Snapshot.check(Screens.render(Fixture.press(ran, Key("g"), Key("?"))), "help-graph-\(width)x\(height)")
    }

    @Test func zoomShowsOneProgramAcrossTheWholeWidth() {
        let s = Fixture.press(Fixture.lessonState("13-gradients-vs-tape"), Key("n"), Key("z"))
        Snapshot.check(Screens.render(s), "lesson-zoom-tf1-80x24")
        Snapshot.check(Screens.render(Fixture.press(s, .tab)), "lesson-zoom-tf2-80x24")
    }

    @Test func zoomedOutputShowsOneSideAcrossTheWholeWidth() {
        let s = Fixture.press(Fixture.ranState("13-gradients-vs-tape"), .tab, Key("z"))
        Snapshot.check(Screens.render(s), "lesson-zoom-output-tf2-80x24")
    }

    @Test func tooSmallATerminalSaysSo() {
        let text = Screens.render(Fixture.state(width: 30, height: 8)).text
        #expect(text.contains("tflearn needs at least 40×10"))
    }
}
