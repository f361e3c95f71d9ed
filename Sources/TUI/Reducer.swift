import LessonKit

/// The lesson browser's state machine: a key or an event in, the new state and the effects to
/// carry out. Pure: no terminal, no threads, no files; the app loop carries out the effects.
public enum Reducer {
    public static func reduce(_ state: AppState, _ key: Key) -> (AppState, [Effect]) {
        handle(state, .key(key))
    }

    public static func handle(_ state: AppState, _ event: AppEvent) -> (AppState, [Effect]) {
        var s = state
        var effects: [Effect] = []
        switch event {
        case .key(let key): onKey(&s, key, &effects)
        case .resized(let w, let h):
            s.width = max(1, w)
            s.height = max(1, h)
            clampList(&s)
            if s.lesson != nil { clampLesson(&s) }
        case .tick(let now): s.now = now
        case .runFinished(let result): onRunFinished(&s, result, &effects)
        case .editorClosed(let id, let file, let error): onEditorClosed(&s, id, file, error, &effects)
        }
        return (s, effects)
    }

    // MARK: keys

    static func onKey(_ s: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        if key == .resize || key == .suspend { return }
        let hadMessage = s.message != nil
        s.message = nil
        if key == .interrupt {
            if let run = s.running {
                if !run.cancelling {
                    s.running?.cancelling = true
                    effects.append(.cancelRun)
                }
                s.message = "Cancelling the run…"
            } else {
                s.quitting = true
                effects.append(.quit(status: 130))
            }
            return
        }
        if s.help {
            s.help = false
            return
        }
        if key == Key("?") && !(s.screen == .list && s.list.filter != nil) {
            s.help = true
            return
        }
        _ = hadMessage
        switch s.screen {
        case .list: listKey(&s, key, &effects)
        case .lesson: lessonKey(&s, key, &effects)
        case .graph: graphKey(&s, key, &effects)
        }
    }

    // MARK: list

    static func listKey(_ s: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        if let filter = s.list.filter {
            switch key {
            case .escape:
                s.list.filter = nil
            case .enter:
                let visible = s.visibleLessons
                if visible.isEmpty {
                    s.message = "No lesson matches “\(filter)”"
                    s.list.filter = nil
                } else {
                    if !visible.contains(s.list.selected), let first = visible.first { s.list.selected = first }
                    s.list.filter = nil
                    openLesson(&s, s.list.selected)
                }
            case .backspace:
                s.list.filter = String(filter.dropLast())
                selectFirstMatch(&s)
            case .up: moveSelection(&s, -1)
            case .down: moveSelection(&s, 1)
            case .character(let c):
                s.list.filter = filter + String(c)
                selectFirstMatch(&s)
            default: break
            }
            clampList(&s)
            return
        }
        let page = ListLayout(width: s.width, height: s.height, lessonCount: s.lessons.count).listRows
        switch key {
        case .up, Key("k"): moveSelection(&s, -1)
        case .down, Key("j"): moveSelection(&s, 1)
        case .pageUp: moveSelection(&s, -page)
        case .pageDown: moveSelection(&s, page)
        case .home, Key("g"): moveSelection(&s, -s.lessons.count)
        case .end, Key("G"): moveSelection(&s, s.lessons.count)
        case .enter, .right, Key("l"):
            if s.lessons.indices.contains(s.list.selected) { openLesson(&s, s.list.selected) }
        case Key("/"):
            s.list.filter = ""
        case Key("q"), .escape:
            if key == .escape { return }
            s.quitting = true
            effects.append(.quit(status: 0))
        default: unbound(&s, key)
        }
        clampList(&s)
    }

    /// A letter that does nothing here says where the keys are.
    static func unbound(_ s: inout AppState, _ key: Key) {
        if case .character(let c) = key, c != " " { s.message = "“\(c)” does nothing here: ? lists the keys" }
    }

    static func selectFirstMatch(_ s: inout AppState) {
        if let first = s.visibleLessons.first { s.list.selected = first }
    }

    static func moveSelection(_ s: inout AppState, _ by: Int) {
        let visible = s.visibleLessons
        guard !visible.isEmpty else { return }
        let at = visible.firstIndex(of: s.list.selected) ?? 0
        s.list.selected = visible[min(max(0, at + by), visible.count - 1)]
    }

    static func clampList(_ s: inout AppState) {
        let visible = s.visibleLessons
        if s.lessons.isEmpty { s.list.selected = 0 }
        else if !visible.isEmpty && !visible.contains(s.list.selected), s.list.filter == nil {
            s.list.selected = min(max(0, s.list.selected), s.lessons.count - 1)
        }
        let rows = ListLayout(width: s.width, height: s.height, lessonCount: s.lessons.count).listRows
        let row = visible.firstIndex(of: s.list.selected) ?? 0
        if row < s.list.scroll { s.list.scroll = row }
        if row >= s.list.scroll + rows { s.list.scroll = row - rows + 1 }
        s.list.scroll = max(0, min(s.list.scroll, max(0, visible.count - rows)))
    }

    static func openLesson(_ s: inout AppState, _ index: Int) {
        guard s.lessons.indices.contains(index) else { return }
        s.screen = .lesson
        s.lesson = LessonState(index: index)
        s.graph = GraphState()
        showStep(&s)
    }

    // MARK: lesson

    static func lessonKey(_ s: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        guard let lesson = s.currentLesson, s.lesson != nil else {
            s.screen = .list
            return
        }
        let layout = LessonLayout(s)
        switch key {
        case .escape, Key("q"):
            if s.running != nil {
                effects.append(.cancelRun)
                s.running = nil
            }
            if let i = s.lesson?.index { s.list.selected = i }
            s.lesson = nil
            s.graph = GraphState()
            s.screen = .list
            clampList(&s)
        case Key("n"), Key("p"):
            guard !lesson.steps.isEmpty else {
                s.message = "This lesson has no steps"
                return
            }
            let step = s.lesson?.step ?? 0
            let next = step + (key == Key("n") ? 1 : -1)
            if next < 0 {
                s.message = "This is the first step"
            } else if next >= lesson.steps.count {
                s.message = "This is the last step"
            } else {
                s.lesson?.step = next
                showStep(&s)
            }
        case Key("r"):
            startRun(&s, &effects)
        case Key("c"):
            let panel: BottomPanel = s.lesson?.panel == .checks ? .output : .checks
            s.lesson?.panel = panel
            s.lesson?.scroll[Pane.bottom.rawValue] = 0
        case Key("o"):
            s.lesson?.panel = .output
            s.lesson?.scroll[Pane.bottom.rawValue] = 0
        case Key("i"):
            s.lesson?.panel = .intro
            s.lesson?.scroll[Pane.bottom.rawValue] = 0
        case Key("g"):
            if s.lesson?.result != nil {
                openGraph(&s)
            } else {
                s.lesson?.pendingGraph = true
                startRun(&s, &effects)
                if s.running != nil { s.message = "Running the lesson to build its graphs…" }
            }
        case Key("e"):
            if s.running != nil {
                s.message = "Wait for the run to end (Ctrl-C cancels it)"
            } else {
                effects.append(.openEditor(lessonID: lesson.id))
            }
        case Key("z"):
            s.lesson?.zoomed.toggle()
            if s.lesson?.zoomed == true {
                s.message = "\(s.lesson?.codeFocus == .tf2 ? "TF2" : "TF1") across the whole width: Tab shows the other side, z both"
            }
            clampLesson(&s)
        case Key("t"):
            if s.lesson?.exercise == nil {
                s.message = "No exercise yet: press e to start one"
            } else {
                s.lesson?.showExercise.toggle()
                s.lesson?.scroll[Pane.tf2.rawValue] = 0
                s.message = s.lesson?.showExercise == true ? "TF2 pane: your exercise (r runs it)" : "TF2 pane: the lesson's TF2 side"
            }
        case .tab, .backTab:
            let all = Pane.allCases
            let at = all.firstIndex(of: s.lesson?.focus ?? .tf1) ?? 0
            s.lesson?.focus = all[(at + (key == .tab ? 1 : all.count - 1)) % all.count]
        case .up, Key("k"): scroll(&s, by: -1, layout)
        case .down, Key("j"): scroll(&s, by: 1, layout)
        case .pageUp: scroll(&s, by: -max(1, layout.rows(s.lesson?.focus ?? .tf1) - 1), layout)
        case .pageDown: scroll(&s, by: max(1, layout.rows(s.lesson?.focus ?? .tf1) - 1), layout)
        case Key(" "), Key("b"):
            // The panel below pages like less, whichever pane has the focus.
            let maxTop = max(0, contentLines(s, .bottom) - layout.bottomRows)
            let page = max(1, layout.bottomRows - 1) * (key == Key(" ") ? 1 : -1)
            let top = min(max(0, (s.lesson?.scroll[Pane.bottom.rawValue] ?? 0) + page), maxTop)
            s.lesson?.scroll[Pane.bottom.rawValue] = top
        case .home: scroll(&s, by: -1_000_000, layout)
        case .end: scroll(&s, by: 1_000_000, layout)
        case .left, Key("h"):
            let h = max(0, (s.lesson?.hscroll ?? 0) - 8)
            s.lesson?.hscroll = h
        case .right, Key("l"):
            let widest = lessonMaxLineLength(s)
            let room = layout.codeColumns
            let h = min(max(0, widest - room + 1), (s.lesson?.hscroll ?? 0) + 8)
            s.lesson?.hscroll = h
        default: unbound(&s, key)
        }
    }

    static func lessonMaxLineLength(_ s: AppState) -> Int {
        guard let lesson = s.currentLesson else { return 0 }
        let tf2 = s.lesson?.showExercise == true ? (s.lesson?.exercise?.source ?? lesson.tf2.source) : lesson.tf2.source
        return (lesson.tf1.source + "\n" + tf2).split(separator: "\n").map(\.count).max() ?? 0
    }

    /// Lines of a pane's content, for scrolling limits.
    static func contentLines(_ s: AppState, _ pane: Pane) -> Int {
        guard let lesson = s.currentLesson, let l = s.lesson else { return 0 }
        switch pane {
        case .tf1: return lines(lesson.tf1.source).count
        case .tf2: return lines(LessonScreen.tf2Source(lesson, l)).count
        case .bottom:
            return LessonScreen.bottomLines(s, lesson: lesson, width: s.width).count
        }
    }

    static func scroll(_ s: inout AppState, by delta: Int, _ layout: LessonLayout) {
        guard let focus = s.lesson?.focus else { return }
        let maxTop = max(0, contentLines(s, focus) - layout.rows(focus))
        let now = s.lesson?.scroll[focus.rawValue] ?? 0
        s.lesson?.scroll[focus.rawValue] = min(max(0, now + delta), maxTop)
    }

    static func clampLesson(_ s: inout AppState) {
        let layout = LessonLayout(s)
        for pane in Pane.allCases {
            let maxTop = max(0, contentLines(s, pane) - layout.rows(pane))
            let top = min(s.lesson?.scroll[pane.rawValue] ?? 0, maxTop)
            s.lesson?.scroll[pane.rawValue] = top
        }
        if s.screen == .graph { prepareGraph(&s) }
    }

    /// Scrolls both code panes so the current step's lines are in view.
    static func showStep(_ s: inout AppState) {
        guard let lesson = s.currentLesson, let l = s.lesson, lesson.steps.indices.contains(l.step) else { return }
        let step = lesson.steps[l.step]
        let layout = LessonLayout(s)
        for side in Side.allCases {
            guard let range = step.lines(side) else { continue }
            reveal(&s, side == .tf1 ? .tf1 : .tf2, first: range.first, last: range.last, layout)
        }
        // The output those lines printed, when it is off the panel.
        if s.lesson?.panel == .output, let row = LessonScreen.firstMarkedOutputRow(s, lesson: lesson, width: s.width) {
            let top = s.lesson?.scroll[Pane.bottom.rawValue] ?? 0
            if row < top || row >= top + layout.bottomRows {
                let total = contentLines(s, .bottom)
                s.lesson?.scroll[Pane.bottom.rawValue] = max(0, min(row - 1, total - layout.bottomRows))
            }
        }
    }

    /// Scrolls a code pane so lines first...last (1-based) are in view, with a little context.
    static func reveal(_ s: inout AppState, _ pane: Pane, first: Int, last: Int, _ layout: LessonLayout) {
        let rows = layout.codeRows
        let total = contentLines(s, pane)
        let top = s.lesson?.scroll[pane.rawValue] ?? 0
        let firstIndex = first - 1, lastIndex = last - 1
        var newTop = top
        if firstIndex < top + 1 || lastIndex > top + rows - 2 {
            // Put the range a line below the top, or as much of it as fits.
            newTop = lastIndex - firstIndex + 3 <= rows ? firstIndex - 1 : firstIndex
        }
        s.lesson?.scroll[pane.rawValue] = min(max(0, newTop), max(0, total - rows))
    }

    static func startRun(_ s: inout AppState, _ effects: inout [Effect]) {
        guard let lesson = s.currentLesson, let l = s.lesson else { return }
        if s.running != nil {
            s.message = "Already running (Ctrl-C cancels)"
            return
        }
        let exercise = l.showExercise ? l.exercise : nil
        let id = s.nextRunID
        s.nextRunID += 1
        s.running = RunningRun(id: id, lessonID: lesson.id, exercise: exercise != nil, startedAt: s.now, cancelling: false)
        if s.lesson?.panel == .intro { s.lesson?.panel = .output }
        effects.append(.run(id: id, lessonID: lesson.id, exercise: exercise))
    }

    // MARK: run results

    static func onRunFinished(_ s: inout AppState, _ r: RunResult, _ effects: inout [Effect]) {
        guard s.running?.id == r.runID else { return }
        s.running = nil
        guard !r.interrupted else {
            s.message = "Run cancelled"
            s.lesson?.pendingGraph = false
            return
        }
        var reached = LessonProgress.notStarted
        if r.bothRan { reached = .run }
        if r.bothRan && r.verdict == .agree && !r.checks.isEmpty { reached = r.exercise ? .solved : .checked }
        // A copy of the TF2 side (a lesson with no exercise of its own) solves nothing unchanged.
        let lesson = s.lessons.first { $0.id == r.lessonID }
        let untouched = r.exercise && lesson?.exercise == nil
            && s.lesson?.exercise.map { $0.source.trimmingTrailingNewlines == lesson?.tf2.source.trimmingTrailingNewlines } == true
        if untouched && reached == .solved { reached = .checked }
        let before = s.progress[r.lessonID] ?? .notStarted
        if reached > before {
            s.progress[r.lessonID] = reached
            effects.append(.recordProgress(lessonID: r.lessonID, reached))
        }
        guard let lesson = s.currentLesson, lesson.id == r.lessonID else { return }
        s.lesson?.result = r
        if s.lesson?.panel == .intro { s.lesson?.panel = .output }
        s.lesson?.scroll[Pane.bottom.rawValue] = 0
        let layout = LessonLayout(s)
        if let f = r.tf1.failure, f.line > 0 {
            reveal(&s, .tf1, first: f.line, last: f.line, layout)
        }
        if let f = r.tf2.failure, f.line > 0 {
            reveal(&s, .tf2, first: f.line, last: f.line, layout)
        }
        s.message = RunSummary.sentence(r, tableShown: s.lesson?.panel == .checks)
        if untouched && r.verdict == .agree {
            s.message = "Your copy is still the lesson's TF2 side: change it (e) and see whether it still agrees"
        }
        if r.exercise, let f = r.tf2.failure, f.message.contains("'___'") {
            s.message = "Your exercise still has a ___ to fill in (\(f.file):\(f.line)): e opens it again"
        }
        if r.stopped != nil {
            // Keep the reason on the status bar rather than "no graph to show".
            s.lesson?.pendingGraph = false
            if s.screen == .graph { prepareGraph(&s) }
        } else if s.lesson?.pendingGraph == true {
            s.lesson?.pendingGraph = false
            openGraph(&s)
        } else if s.screen == .graph {
            prepareGraph(&s)
        }
    }

    static func onEditorClosed(_ s: inout AppState, _ id: String, _ file: ExerciseFile?, _ error: String?,
                               _ effects: inout [Effect]) {
        if let error {
            s.message = error
            return
        }
        guard let file, let lesson = s.currentLesson, lesson.id == id else { return }
        s.lesson?.exercise = file
        s.lesson?.showExercise = true
        s.lesson?.focus = .tf2
        s.lesson?.panel = .checks
        startRun(&s, &effects)
    }

    // MARK: graph

    static func openGraph(_ s: inout AppState) {
        guard let r = s.lesson?.result else { return }
        guard !r.graphs.isEmpty else {
            s.message = "No graph to show: TF1 built none in the default graph, TF2 traced no tf.function"
            return
        }
        s.screen = .graph
        prepareGraph(&s)
    }

    /// Lays out the graph shown, keeping the selection when it still exists.
    static func prepareGraph(_ s: inout AppState) {
        guard let graphs = s.lesson?.result?.graphs, !graphs.isEmpty else {
            s.graph.layout = nil
            return
        }
        if !graphs.indices.contains(s.graph.index) { s.graph.index = 0 }
        let model = graphs[s.graph.index].model
        let folded = s.graph.folded[s.graph.index] ?? GraphLayout.foldableScopes(model)
        s.graph.folded[s.graph.index] = folded
        let layout = GraphLayout(model: model, folded: folded)
        s.graph.layout = layout
        if layout.box(s.graph.selected) == nil {
            s.graph.selected = layout.layers.first?.first.map { layout.boxes[$0].id }
        }
    }

    static func graphKey(_ s: inout AppState, _ key: Key, _ effects: inout [Effect]) {
        let count = s.lesson?.result?.graphs.count ?? 0
        switch key {
        case .escape, Key("q"), Key("g"):
            s.screen = .lesson
        case .tab, .backTab:
            guard count > 0 else { return }
            s.graph.index = (s.graph.index + (key == .tab ? 1 : count - 1)) % count
            s.graph.selected = nil
            prepareGraph(&s)
        case .left, Key("h"): moveInLayer(&s, -1)
        case .right, Key("l"): moveInLayer(&s, 1)
        case .up, Key("k"): moveLayer(&s, -1)
        case .down, Key("j"): moveLayer(&s, 1)
        case .pageUp: moveLayer(&s, -4)
        case .pageDown: moveLayer(&s, 4)
        case Key(" "), .enter: toggleFold(&s)
        case Key("r"): startRun(&s, &effects)
        default: unbound(&s, key)
        }
    }

    static func moveInLayer(_ s: inout AppState, _ by: Int) {
        guard let layout = s.graph.layout, let b = layout.box(s.graph.selected) else { return }
        let layer = layout.layers[layout.boxes[b].layer]
        guard let at = layer.firstIndex(of: b) else { return }
        let next = min(max(0, at + by), layer.count - 1)
        s.graph.selected = layout.boxes[layer[next]].id
    }

    static func moveLayer(_ s: inout AppState, _ by: Int) {
        guard let layout = s.graph.layout, let b = layout.box(s.graph.selected) else { return }
        let x = layout.boxes[b].centerX
        var l = layout.boxes[b].layer
        let step = by < 0 ? -1 : 1
        var moved = 0
        var target: Int?
        while moved < abs(by) {
            l += step
            guard layout.layers.indices.contains(l) else { break }
            if !layout.layers[l].isEmpty {
                target = l
                moved += 1
            }
        }
        guard let t = target else { return }
        let nearest = layout.layers[t].min { abs(layout.boxes[$0].centerX - x) < abs(layout.boxes[$1].centerX - x) }
        if let n = nearest { s.graph.selected = layout.boxes[n].id }
    }

    static func toggleFold(_ s: inout AppState) {
        guard let layout = s.graph.layout, let b = layout.box(s.graph.selected),
              let graphs = s.lesson?.result?.graphs, graphs.indices.contains(s.graph.index) else { return }
        let model = graphs[s.graph.index].model
        let box = layout.boxes[b]
        var folded = s.graph.folded[s.graph.index] ?? []
        let member = box.members.first ?? 0
        if let scope = box.scope {
            folded.remove(scope)
        } else {
            let name = model.nodes[member].name
            // The innermost scope that holds more than this node.
            let holding = GraphLayout.scopes(of: name, in: model).filter { scope in
                model.nodes.filter { $0.name == scope || $0.name.hasPrefix(scope + "/") }.count >= 2
            }
            guard let innermost = holding.last else {
                s.message = "\(name) is not in a name scope"
                return
            }
            folded.insert(innermost)
        }
        s.graph.folded[s.graph.index] = folded
        let newLayout = GraphLayout(model: model, folded: folded)
        s.graph.layout = newLayout
        if let nb = newLayout.box(containing: member) { s.graph.selected = newLayout.boxes[nb].id }
    }
}

extension String {
    var trimmingTrailingNewlines: Substring {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return s
    }
}

/// Splits source text into lines as the code panes show them.
func lines(_ source: String) -> [String] {
    var out = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if out.last == "" { out.removeLast() }
    return out
}

/// One sentence on how a run went, for the status bar.
public enum RunSummary {
    public static func sentence(_ r: RunResult, tableShown: Bool = false) -> String {
        if let stop = r.stopped { return stop.reason }
        if let f = r.tf1.failure { return "TF1 raised \(f.message) (\(f.file):\(f.line))" }
        if let f = r.tf2.failure { return "TF2 raised \(f.message) (\(f.file):\(f.line))" }
        if r.checks.isEmpty { return "Both sides ran (this lesson has no checks)" }
        let agree = r.checks.filter { $0.verdict == .agree }.count
        if agree == r.checks.count {
            let what = r.checks.count == 1 ? "the check" : "all \(r.checks.count) checks"
            return r.exercise ? "Solved: your TF2 side agrees on \(what) ✓" : "TF1 and TF2 agree on \(what) ✓"
        }
        let bad = r.checks.count - agree
        return "\(bad) of \(r.checks.count) checks \(r.checks.contains { $0.verdict == .error } ? "failed" : "disagree") ✗\(tableShown ? "" : " (c shows the table)")"
    }
}
