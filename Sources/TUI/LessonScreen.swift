import LessonKit

/// The lesson screen: both programs side by side with the step's lines marked, the step's note,
/// and a panel with the introduction, the output or the check table.
enum LessonScreen {
    static func tf2Source(_ lesson: Lesson, _ l: LessonState) -> String {
        l.showExercise ? (l.exercise?.source ?? lesson.tf2.source) : lesson.tf2.source
    }

    static func draw(_ state: AppState, lesson: Lesson, into canvas: inout Canvas) {
        guard let l = state.lesson else { return }
        let layout = LessonLayout(state)
        let p = state.progress(of: lesson)
        var right = lesson.steps.isEmpty ? "" : "step \(l.step + 1)/\(lesson.steps.count)"
        if p != .notStarted { right += (right.isEmpty ? "" : " · ") + "\(p.mark) \(p.label)" }
        Screens.header("\(lesson.number) · \(lesson.title)", right: right + " ", into: &canvas)

        let step = lesson.steps.indices.contains(l.step) ? lesson.steps[l.step] : nil
        let result = l.result
        for side in Side.allCases {
            let pane: Pane = side == .tf1 ? .tf1 : .tf2
            let rect = side == .tf1 ? layout.tf1 : layout.tf2
            guard rect.width > 0 else { continue }
            let source = side == .tf1 ? lesson.tf1.source : tf2Source(lesson, l)
            var title = "\(side.label) · \(lesson.program(side).fileName)"
            if side == .tf2 && l.showExercise, let e = l.exercise { title = "TF2 · your exercise \(fileName(e.path))" }
            // When the run was of the other TF2 source, its failure line does not belong here.
            let runMatches = side == .tf1 || result?.exercise == l.showExercise
            let failure = runMatches ? result?.side(side).failure : nil
            drawCode(source, title: title, rect: rect, scroll: l.scroll[pane.rawValue], hscroll: l.hscroll,
                     marked: step?.lines(side), failureLine: failure?.line, focused: l.focus == pane, into: &canvas)
        }
        // The line between the panes.
        if layout.tf1.width > 0 && layout.tf2.width > 0 {
            for y in layout.tf1.y..<layout.tf1.maxY { canvas[layout.tf1.maxX, y] = Cell("│", CellStyle(.border)) }
        }

        // The step's note.
        let noteTitle = lesson.steps.isEmpty ? "No steps" : "Step \(l.step + 1) of \(lesson.steps.count)"
        var hint = StyledLine()
        if !lesson.steps.isEmpty {
            hint.append(l.step > 0 ? "p ◂ " : "    ", CellStyle(.dim))
            hint.append(l.step + 1 < lesson.steps.count ? " ▸ n" : "    ", CellStyle(.dim))
        }
        Screens.rule(noteTitle, right: hint, into: &canvas, rect: layout.note)
        let noteWidth = layout.note.width - 2
        var noteLines = step.map { Markdown.render($0.note, width: noteWidth) } ?? []
        if lesson.steps.isEmpty { noteLines = [StyledLine("Read both programs, then press r to run them.", CellStyle(.dim))] }
        let noteRows = layout.note.height - 1
        if noteLines.count > noteRows, noteRows > 0 {
            var last = noteLines[noteRows - 1]
            last.append(" …", CellStyle(.dim))
            noteLines = Array(noteLines.prefix(noteRows - 1)) + [StyledLine(Canvas.truncate(last.plain, to: noteWidth))]
        }
        for (i, line) in noteLines.prefix(noteRows).enumerated() {
            line.draw(into: &canvas, x: 1, y: layout.note.y + 1 + i, width: noteWidth)
        }

        // The bottom panel.
        var panelTitle: String
        switch l.panel {
        case .intro: panelTitle = "Introduction"
        case .output: panelTitle = "Output"
        case .checks: panelTitle = "Checks"
        }
        let lines = bottomLines(state, lesson: lesson, width: layout.bottom.width)
        let rows = layout.bottomRows
        let top = min(l.scroll[Pane.bottom.rawValue], max(0, lines.count - rows))
        // Where more is, said in the title (Tab focuses the panel, PgDn scrolls it).
        if top > 0 && lines.count > top + rows { panelTitle += " ↑↓" } else if top > 0 { panelTitle += " ↑" }
        else if lines.count > top + rows { panelTitle += " ↓ more: Space" }
        Screens.rule(panelTitle, right: runStatus(state, result), into: &canvas,
                     rect: Rect(x: layout.bottom.x, y: layout.bottom.y, width: layout.bottom.width, height: 1),
                     focused: l.focus == .bottom)
        for i in 0..<rows {
            guard lines.indices.contains(top + i) else { break }
            lines[top + i].draw(into: &canvas, x: 0, y: layout.bottom.y + 1 + i, width: layout.bottom.width)
        }
    }

    /// The run's state for the panel's title: spinner, or verdict.
    static func runStatus(_ state: AppState, _ result: RunResult?) -> StyledLine {
        if let run = state.running {
            return StyledLine("\(Screens.spinner(state.now - run.startedAt)) running \(Screens.elapsedText(state.now - run.startedAt))",
                              CellStyle(.accent, bold: true))
        }
        guard let r = result else { return StyledLine("not run yet: r runs", CellStyle(.dim)) }
        if r.interrupted { return StyledLine("cancelled", CellStyle(.warning, bold: true)) }
        if r.stopped != nil { return StyledLine("✗ the run stopped", CellStyle(.error, bold: true)) }
        if !r.bothRan { return StyledLine("✗ a side raised", CellStyle(.error, bold: true)) }
        if r.checks.isEmpty { return StyledLine("ran · no checks", CellStyle(.dim)) }
        let agree = r.checks.filter { $0.verdict == .agree }.count
        let who = r.exercise ? "your TF2 · " : ""
        if agree == r.checks.count {
            return StyledLine("\(who)✓ \(agree)/\(r.checks.count) checks agree", CellStyle(.agree, bold: true))
        }
        return StyledLine("\(who)✗ \(r.checks.count - agree)/\(r.checks.count) checks disagree", CellStyle(.disagree, bold: true))
    }

    static func drawCode(_ source: String, title: String, rect: Rect, scroll: Int, hscroll: Int, marked: LineRange?,
                         failureLine: Int?, focused: Bool, into canvas: inout Canvas) {
        let titleStyle = focused ? CellStyle(.title, bold: true, reverse: true) : CellStyle(.title, bold: true, underline: true)
        canvas.field(" " + title, x: rect.x, y: rect.y, width: rect.width, style: titleStyle)
        let code = lines(source)
        let roles = Highlighter.roles(code)
        let numberWidth = max(2, String(code.count).count)
        let gutter = numberWidth + 2
        let rows = rect.height - 1
        let top = min(scroll, max(0, code.count - rows))
        for row in 0..<rows {
            let i = top + row
            guard code.indices.contains(i) else { break }
            let y = rect.y + 1 + row
            let number = i + 1
            let inStep = marked?.contains(number) == true
            let failed = failureLine == number
            let lineBackground: ColorRole = inStep ? .stepLine : .normal
            if inStep { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: CellStyle(background: .stepLine)) }
            if failed {
                canvas[rect.x, y] = Cell("✗", CellStyle(.error, background: lineBackground, bold: true))
            } else if inStep {
                canvas[rect.x, y] = Cell("▌", CellStyle(.stepMarker, background: lineBackground, bold: true))
            }
            let numberText = String(number)
            canvas.text(String(repeating: " ", count: numberWidth - numberText.count) + numberText, x: rect.x + 1, y: y,
                        style: CellStyle(inStep ? .stepMarker : .lineNumber, background: lineBackground, bold: inStep))
            let chars = Array(code[i])
            let width = rect.width - gutter
            guard width > 0 else { continue }
            var x = rect.x + gutter
            var k = hscroll
            while k < chars.count && x < rect.maxX {
                let role = roles[i].indices.contains(k) ? roles[i][k] : .normal
                canvas[x, y] = Cell(Canvas.displayable(chars[k]), CellStyle(role, background: lineBackground, bold: role == .keyword))
                x += 1
                k += 1
            }
            if k < chars.count { canvas[rect.maxX - 1, y] = Cell("›", CellStyle(.dim, background: lineBackground)) }
            if hscroll > 0 && !chars.isEmpty { canvas[rect.x + gutter, y] = Cell("‹", CellStyle(.dim, background: lineBackground)) }
        }
    }

    // MARK: the bottom panel

    static func bottomLines(_ state: AppState, lesson: Lesson, width: Int) -> [StyledLine] {
        guard let l = state.lesson else { return [] }
        switch l.panel {
        case .intro: return introLines(lesson, width: width)
        case .output: return outputLines(state, lesson: lesson, width: width)
        case .checks: return CheckTable.lines(lesson: lesson, result: l.result, running: state.running != nil, width: width)
        }
    }

    static func introLines(_ lesson: Lesson, width: Int) -> [StyledLine] {
        let w = max(10, width - 2)
        var out = Markdown.render(lesson.summary, width: w)
        if !lesson.trap.isEmpty {
            out.append(StyledLine())
            var trap = StyledLine("The trap: ", CellStyle(.warning, bold: true))
            trap.spans += Markdown.inline(lesson.trap, .plain).spans
            out += trap.wrapped(w)
        }
        if let e = lesson.exercise {
            out.append(StyledLine())
            var ex = StyledLine("Exercise: ", CellStyle(.accent, bold: true))
            ex.spans += Markdown.inline(e.prompt, .plain).spans
            ex.append("  (e opens it in your editor)", CellStyle(.dim))
            out += ex.wrapped(w)
            if !e.hint.isEmpty {
                var hint = StyledLine("Hint, if you are stuck: ", CellStyle(.dim))
                hint.spans += Markdown.inline(e.hint, CellStyle(.dim)).spans
                out += hint.wrapped(w)
            }
        } else {
            out.append(StyledLine())
            out += StyledLine("Try it: e opens a copy of the TF2 side in your editor; change it and see whether it still agrees.",
                              CellStyle(.dim)).wrapped(w)
        }
        if !lesson.steps.isEmpty {
            out.append(StyledLine())
            out += StyledLine("n and p step through the programs; r runs both; c shows the checks; g the graphs; ? every key.",
                              CellStyle(.dim)).wrapped(w)
        }
        return out.map { indent($0) }
    }

    /// The first row of the output panel printed by the step's lines, if any.
    static func firstMarkedOutputRow(_ state: AppState, lesson: Lesson, width: Int) -> Int? {
        outputLines(state, lesson: lesson, width: width).firstIndex { line in
            line.spans.contains { $0.text == "▌" && $0.style.foreground == .stepMarker }
        }
    }

    static func indent(_ line: StyledLine) -> StyledLine {
        var l = line
        l.spans.insert(StyledLine.Span(" "), at: 0)
        return l
    }

    static func outputLines(_ state: AppState, lesson: Lesson, width: Int) -> [StyledLine] {
        guard let l = state.lesson else { return [] }
        guard let r = l.result else {
            let text = state.running != nil ? "Running both sides…" : "Press r to run both sides and see what they print."
            return [StyledLine(" " + text, CellStyle(.dim))]
        }
        if let stop = r.stopped { return stopLines(stop, width: width) }
        let step = lesson.steps.indices.contains(l.step) ? lesson.steps[l.step] : nil
        var prefix: [StyledLine] = []
        if let e = r.error, r.bothRan {
            prefix = StyledLine(" " + e, CellStyle(.error, bold: true)).wrapped(width - 1, indent: 1)
        }
        // Zoomed, the side shown above takes the whole width below too.
        if l.zoomed {
            let side: Side = l.codeFocus == .tf2 ? .tf2 : .tf1
            return prefix + column(r.side(side), side: side, marked: step?.lines(side), width: width,
                                   exercise: side == .tf2 && r.exercise)
        }
        let half = (width - 1) / 2
        let columns = [column(r.tf1, side: .tf1, marked: step?.tf1, width: half, exercise: false),
                       column(r.tf2, side: .tf2, marked: step?.tf2, width: width - half - 1, exercise: r.exercise)]
        var out: [StyledLine] = []
        for i in 0..<max(columns[0].count, columns[1].count) {
            var line = StyledLine()
            let a = i < columns[0].count ? columns[0][i] : StyledLine()
            line.spans += a.spans
            line.append(String(repeating: " ", count: max(0, half - a.count)))
            line.append("│", CellStyle(.border))
            if i < columns[1].count { line.spans += columns[1][i].spans }
            out.append(line)
        }
        return prefix + out
    }

    /// A run that ended without a report: why, and the last lines it wrote to standard error.
    static func stopLines(_ stop: RunStop, width: Int) -> [StyledLine] {
        var out = StyledLine(" ✗ " + stop.reason, CellStyle(.error, bold: true)).wrapped(width - 1, indent: 3)
        if !stop.log.isEmpty {
            out.append(StyledLine(" It wrote:", CellStyle(.dim)))
            for line in stop.log { out.append(StyledLine(Canvas.truncate("   " + line, to: width), CellStyle(.dim))) }
        }
        out.append(StyledLine(" r runs the lesson again.", CellStyle(.dim)))
        return out
    }

    /// One side's output: a heading, each printed line (those printed by the step's lines
    /// marked), and a failure with its file and line.
    static func column(_ s: SideOutput, side: Side, marked: LineRange?, width: Int, exercise: Bool) -> [StyledLine] {
        var out: [StyledLine] = []
        let who = exercise ? "your TF2" : side.label
        out.append(StyledLine(Canvas.truncate(" \(who) printed (\(fileName(s.path)))", to: width), CellStyle(.dim, underline: true)))
        if s.lines.isEmpty && s.failure == nil { out.append(StyledLine(" (nothing)", CellStyle(.dim))) }
        for line in s.lines {
            let inStep = marked?.contains(line.sourceLine) == true
            var l = StyledLine(inStep ? "▌" : " ", CellStyle(.stepMarker, bold: true))
            // What went to standard error (tf.print) is dim.
            let style = line.isError == true ? CellStyle(.dim, background: inStep ? .stepLine : .normal)
                : inStep ? CellStyle(background: .stepLine) : .plain
            l.append(Canvas.truncate(line.text, to: width - 1), style)
            out.append(l)
        }
        if let f = s.failure {
            if f.interrupted {
                out.append(StyledLine(" ■ cancelled (Ctrl-C)", CellStyle(.warning, bold: true)))
            } else {
                let place = f.line > 0 ? "\(f.file), line \(f.line)" : f.file
                out.append(StyledLine(Canvas.truncate(" ✗ \(place)", to: width), CellStyle(.error, bold: true)))
                for w in StyledLine(f.message, CellStyle(.error, bold: true)).wrapped(width - 3) {
                    out.append(StyledLine([StyledLine.Span("   ")] + w.spans))
                }
                let report = f.report.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
                // The traceback without its last line (the message, already shown).
                for t in report.dropLast() { out.append(StyledLine(Canvas.truncate("   " + t, to: width), CellStyle(.dim))) }
            }
        }
        return out
    }
}
