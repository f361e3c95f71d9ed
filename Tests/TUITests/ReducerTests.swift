import LessonKit
import Testing
@testable import TUI

@Suite("State machine: keys in, state out")
struct ReducerTests {
    @Test func listMovesWithArrowsAndVimKeysAndStopsAtTheEnds() {
        var s = Fixture.state()
        #expect(s.screen == .list && s.list.selected == 0)
        s = Fixture.press(s, .down)
        #expect(s.list.selected == 1)
        s = Fixture.press(s, Key("j"), Key("j"), Key("j"))
        #expect(s.list.selected == Fixture.lessons.count - 1)
        s = Fixture.press(s, Key("k"))
        #expect(s.list.selected == Fixture.lessons.count - 2)
        s = Fixture.press(s, .up, .up, .up)
        #expect(s.list.selected == 0)
        s = Fixture.press(s, .end)
        #expect(s.list.selected == Fixture.lessons.count - 1)
        s = Fixture.press(s, .home)
        #expect(s.list.selected == 0)
    }

    @Test func enterOpensTheSelectedLessonAndEscGoesBackToIt() {
        var s = Fixture.press(Fixture.state(), .down, .enter)
        #expect(s.screen == .lesson)
        #expect(s.currentLesson?.id == "13-gradients-vs-tape")
        #expect(s.lesson?.step == 0 && s.lesson?.focus == .tf1 && s.lesson?.panel == .intro)
        s = Fixture.press(s, .escape)
        #expect(s.screen == .list && s.lesson == nil)
        #expect(s.list.selected == 1)
    }

    @Test func slashFiltersByTypingAndEnterOpensTheFirstMatch() {
        var s = Fixture.press(Fixture.state(), Key("/"))
        #expect(s.list.filter == "")
        s = Fixture.type(s, "gradient")
        #expect(s.list.filter == "gradient")
        #expect(s.visibleLessons == [Fixture.index("13-gradients-vs-tape")])
        #expect(s.list.selected == Fixture.index("13-gradients-vs-tape"))
        // Keys that are commands elsewhere are letters while filtering.
        s = Fixture.type(s, "q?")
        #expect(s.list.filter == "gradientq?" && !s.quitting && !s.help)
        #expect(s.visibleLessons.isEmpty)
        s = Fixture.press(s, .backspace, .backspace)
        #expect(s.list.filter == "gradient")
        s = Fixture.press(s, .enter)
        #expect(s.list.filter == nil)
        #expect(s.screen == .lesson && s.currentLesson?.id == "13-gradients-vs-tape")
        s = Fixture.press(s, .escape)
        #expect(s.list.selected == Fixture.index("13-gradients-vs-tape"))
    }

    @Test func filterMatchesWordsOfTitleConceptsAndNumber() {
        var s = Fixture.type(Fixture.press(Fixture.state(), Key("/")), "tape 13")
        #expect(s.visibleLessons == [Fixture.index("13-gradients-vs-tape")])
        s = Fixture.press(s, .escape)
        #expect(s.list.filter == nil && s.visibleLessons.count == Fixture.lessons.count && s.screen == .list)
        s = Fixture.type(Fixture.press(s, Key("/")), "nothing like this")
        s = Fixture.press(s, .enter)
        #expect(s.screen == .list && s.list.filter == nil)
        #expect(s.message?.contains("No lesson matches") == true)
    }

    @Test func stepsGoForwardAndBackWithinBounds() {
        var s = Fixture.lessonState("13-gradients-vs-tape")
        let count = s.currentLesson?.steps.count ?? 0
        #expect(count == 3)
        s = Fixture.press(s, Key("p"))
        #expect(s.lesson?.step == 0 && s.message == "This is the first step")
        s = Fixture.press(s, Key("n"))
        #expect(s.lesson?.step == 1 && s.message == nil)
        s = Fixture.press(s, Key("n"), Key("n"), Key("n"))
        #expect(s.lesson?.step == 2 && s.message == "This is the last step")
        s = Fixture.press(s, Key("p"))
        #expect(s.lesson?.step == 1)
    }

    @Test func tabCyclesFocusThroughThePanesAndShiftTabBack() {
        var s = Fixture.lessonState("13-gradients-vs-tape")
        #expect(s.lesson?.focus == .tf1)
        s = Fixture.press(s, .tab)
        #expect(s.lesson?.focus == .tf2)
        s = Fixture.press(s, .tab)
        #expect(s.lesson?.focus == .bottom)
        s = Fixture.press(s, .tab)
        #expect(s.lesson?.focus == .tf1)
        s = Fixture.press(s, .backTab)
        #expect(s.lesson?.focus == .bottom)
    }

    @Test func pageKeysScrollTheFocusedPaneOnlyAndStopAtItsEnd() {
        var s = Fixture.lessonState("13-gradients-vs-tape", width: 80, height: 24)
        let rows = LessonLayout(width: 80, height: 24).codeRows
        let lines = (s.currentLesson?.tf1.source.split(separator: "\n", omittingEmptySubsequences: false).count ?? 1) - 1
        s = Fixture.press(s, .home)
        #expect(s.lesson?.scroll[0] == 0)
        s = Fixture.press(s, .pageDown, .pageDown, .pageDown)
        #expect(s.lesson?.scroll[0] == max(0, lines - rows))
        #expect(s.lesson?.scroll[1] == 0)
        s = Fixture.press(s, .pageUp, .pageUp, .pageUp)
        #expect(s.lesson?.scroll[0] == 0)
    }

    @Test func spaceAndBPageThePanelBelowWhateverHasTheFocus() {
        var s = Fixture.lessonState("13-gradients-vs-tape")
        #expect(s.lesson?.focus == .tf1 && s.lesson?.panel == .intro)
        s = Fixture.press(s, Key(" "))
        let paged = s.lesson?.scroll[Pane.bottom.rawValue] ?? 0
        #expect(paged > 0)
        #expect(s.lesson?.scroll[Pane.tf1.rawValue] == 0)
        s = Fixture.press(s, Key(" "), Key(" "), Key(" "))
        #expect((s.lesson?.scroll[Pane.bottom.rawValue] ?? 0) >= paged)
        s = Fixture.press(s, Key("b"), Key("b"), Key("b"), Key("b"))
        #expect(s.lesson?.scroll[Pane.bottom.rawValue] == 0)
    }

    @Test func aLetterThatDoesNothingPointsAtTheHelp() {
        let s = Fixture.press(Fixture.state(), Key("x"))
        #expect(s.message == "“x” does nothing here: ? lists the keys")
        #expect(Fixture.press(s, .down).message == nil)
    }

    @Test func helpOpensWithQuestionMarkAndAnyKeyClosesItWithoutActing() {
        var s = Fixture.press(Fixture.state(), Key("?"))
        #expect(s.help)
        s = Fixture.press(s, Key("q"))
        #expect(!s.help && !s.quitting && s.screen == .list)
        s = Fixture.press(Fixture.lessonState("13-gradients-vs-tape"), Key("?"))
        #expect(s.help && s.screen == .lesson)
        s = Fixture.press(s, .escape)
        #expect(!s.help && s.screen == .lesson)
    }

    @Test func qQuitsFromTheListAndGoesBackFromALesson() {
        let lesson = Fixture.lessonState("01-one-plus-one")
        let (back, e1) = Reducer.reduce(lesson, Key("q"))
        #expect(back.screen == .list && e1.isEmpty && !back.quitting)
        let (gone, e2) = Reducer.reduce(back, Key("q"))
        #expect(gone.quitting && e2 == [.quit(status: 0)])
    }

    @Test func ctrlCQuitsWhenNothingRunsAndCancelsARunOtherwise() {
        let (quit, e1) = Reducer.reduce(Fixture.state(), .interrupt)
        #expect(quit.quitting && e1 == [.quit(status: 130)])
        let (running, e2) = Reducer.reduce(Fixture.lessonState("13-gradients-vs-tape"), Key("r"))
        #expect(running.running != nil)
        guard case .run(let id, "13-gradients-vs-tape", nil)? = e2.first else {
            Issue.record("r should start a run: \(e2)")
            return
        }
        #expect(running.lesson?.panel == .output)
        let (again, e3) = Reducer.reduce(running, Key("r"))
        #expect(e3.isEmpty && again.message?.contains("Already running") == true)
        let (cancelling, e4) = Reducer.reduce(running, .interrupt)
        #expect(e4 == [.cancelRun] && !cancelling.quitting && cancelling.running?.cancelling == true)
        // The cancelled run's result clears the spinner without changing progress.
        var r = Fixture.result("13-gradients-vs-tape", runID: id)
        r.tf1.failure = SideOutput.Failure(message: "KeyboardInterrupt", file: "tf1.py", line: 3, interrupted: true)
        let (done, e5) = Reducer.handle(cancelling, .runFinished(r))
        #expect(done.running == nil && e5.isEmpty && done.message == "Run cancelled")
    }

    @Test func aFinishedRunRecordsProgressAndShowsTheVerdict() {
        var s = Fixture.lessonState("13-gradients-vs-tape")
        let (started, effects) = Reducer.reduce(s, Key("r"))
        guard case .run(let id, _, _)? = effects.first else {
            Issue.record("no run")
            return
        }
        let (done, e) = Reducer.handle(started, .runFinished(Fixture.result("13-gradients-vs-tape", runID: id)))
        #expect(e == [.recordProgress(lessonID: "13-gradients-vs-tape", .checked)])
        #expect(done.running == nil && done.lesson?.result?.verdict == .agree)
        #expect(done.progress["13-gradients-vs-tape"] == .checked)
        #expect(done.message == "TF1 and TF2 agree on the check ✓")
        // A result of an older run is ignored.
        s = Reducer.handle(done, .runFinished(Fixture.result("13-gradients-vs-tape", runID: id))).0
        #expect(s.lesson?.result?.runID == id)
    }

    @Test func aSideThatRaisesIsShownWithItsFileAndLine() {
        let s = Fixture.ranState("21-a-side-that-raises")
        #expect(s.lesson?.result?.tf2.failure?.line == 5)
        #expect(s.lesson?.result?.tf2.failure?.file == "tf2.py")
        #expect(s.message == "TF2 raised NameError: name 'count' is not defined (tf2.py:5)")
        // Neither side's progress moves to checked.
        #expect(s.progress["21-a-side-that-raises"] == nil)
    }

    @Test func cTogglesTheCheckTableAndIShowsTheIntroduction() {
        var s = Fixture.lessonState("13-gradients-vs-tape")
        s = Fixture.press(s, Key("c"))
        #expect(s.lesson?.panel == .checks)
        s = Fixture.press(s, Key("c"))
        #expect(s.lesson?.panel == .output)
        s = Fixture.press(s, Key("i"))
        #expect(s.lesson?.panel == .intro)
    }

    @Test func theEditorsFileBecomesTheTF2PaneAndIsChecked() {
        let s = Fixture.lessonState("13-gradients-vs-tape")
        let (_, e) = Reducer.reduce(s, Key("e"))
        #expect(e == [.openEditor(lessonID: "13-gradients-vs-tape")])
        let file = ExerciseFile(path: "/tmp/x/exercise.py", source: "print(1)\n")
        let (after, e2) = Reducer.handle(s, .editorClosed(lessonID: "13-gradients-vs-tape", file: file, error: nil))
        #expect(after.lesson?.showExercise == true && after.lesson?.exercise == file && after.lesson?.panel == .checks)
        guard case .run(let id, _, let exercise)? = e2.first else {
            Issue.record("no run after the editor")
            return
        }
        #expect(exercise == file)
        // An agreeing exercise run marks the lesson solved.
        var r = Fixture.result("13-gradients-vs-tape", runID: id)
        r.exercise = true
        let (solved, e3) = Reducer.handle(after, .runFinished(r))
        #expect(e3 == [.recordProgress(lessonID: "13-gradients-vs-tape", .solved)])
        #expect(solved.message?.hasPrefix("Solved") == true)
        // t shows the lesson's TF2 side again, and back.
        let t = Fixture.press(solved, Key("t"))
        #expect(t.lesson?.showExercise == false)
        #expect(Fixture.press(t, Key("t")).lesson?.showExercise == true)
    }

    @Test func anUnchangedCopyOfTheTF2SideSolvesNothing() {
        guard let lesson = Fixture.lessons.first(where: { $0.id == "01-one-plus-one" }) else { return }
        let file = ExerciseFile(path: "/tmp/x/tf2.py", source: lesson.tf2.source)
        let (after, e) = Reducer.handle(Fixture.lessonState("01-one-plus-one"),
                                        .editorClosed(lessonID: "01-one-plus-one", file: file, error: nil))
        guard case .run(let id, _, _)? = e.first else {
            Issue.record("no run")
            return
        }
        var r = Fixture.result("01-one-plus-one", runID: id)
        r.exercise = true
        let (done, effects) = Reducer.handle(after, .runFinished(r))
        #expect(effects.isEmpty) // already checked in the fixture state: nothing new
        #expect(done.progress["01-one-plus-one"] == .checked)
        #expect(done.message?.hasPrefix("Your copy is still the lesson's TF2 side") == true)
    }

    @Test func anExerciseWithHolesLeftSaysSo() {
        let file = ExerciseFile(path: "/tmp/x/exercise.py", source: "with ___ as tape:\n")
        let (after, e) = Reducer.handle(Fixture.lessonState("13-gradients-vs-tape"),
                                        .editorClosed(lessonID: "13-gradients-vs-tape", file: file, error: nil))
        guard case .run(let id, _, _)? = e.first else {
            Issue.record("no run")
            return
        }
        var r = Fixture.result("13-gradients-vs-tape", runID: id)
        r.exercise = true
        r.tf2.failure = SideOutput.Failure(message: "NameError: name '___' is not defined", file: "exercise.py", line: 5)
        let (done, effects) = Reducer.handle(after, .runFinished(r))
        #expect(done.message == "Your exercise still has a ___ to fill in (exercise.py:5): e opens it again")
        #expect(effects.isEmpty)
    }

    @Test func theGraphViewOpensAfterARunAndMovesAndFolds() {
        var s = Fixture.lessonState("13-gradients-vs-tape")
        // Before a run, g runs the lesson first and opens the graph when it is done.
        let (waiting, effects) = Reducer.reduce(s, Key("g"))
        #expect(waiting.screen == .lesson && waiting.lesson?.pendingGraph == true)
        guard case .run(let id, _, _)? = effects.first else {
            Issue.record("g should run the lesson")
            return
        }
        s = Reducer.handle(waiting, .runFinished(Fixture.result("13-gradients-vs-tape", runID: id))).0
        #expect(s.screen == .graph)
        guard let layout = s.graph.layout else {
            Issue.record("no layout")
            return
        }
        #expect(s.graph.selected == "scope:x")
        #expect(layout.boxes.contains { $0.id == "scope:gradients" })
        // Space unfolds the selected scope.
        s = Fixture.press(s, Key(" "))
        #expect(s.graph.layout?.boxes.contains { $0.id == "scope:x" } == false)
        #expect(s.graph.layout?.boxes.contains { $0.id == "x/Assign" } == true)
        // Space on a node folds its scope again.
        s = Fixture.press(s, Key(" "))
        #expect(s.graph.layout?.boxes.contains { $0.id == "scope:x" } == true)
        // Down moves to the next layer, Tab to the TF2 side's traced graph.
        s = Fixture.press(s, .down)
        #expect(s.graph.selected != "scope:x")
        s = Fixture.press(s, .tab)
        #expect(s.graph.index == 1)
        #expect(s.lesson?.result?.graphs[1].side == .tf2)
        s = Fixture.press(s, .escape)
        #expect(s.screen == .lesson)
    }

    @Test func resizeKeepsScrollWithinTheContent() {
        var s = Fixture.lessonState("13-gradients-vs-tape", width: 80, height: 24)
        s = Fixture.press(s, .end)
        let before = s.lesson?.scroll[0] ?? 0
        #expect(before > 0)
        s = Reducer.handle(s, .resized(width: 120, height: 40)).0
        #expect(s.width == 120 && s.height == 40)
        #expect(s.lesson?.scroll[0] == 0)
    }
}
