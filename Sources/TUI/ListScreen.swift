import LessonKit

/// The lesson list: number, progress mark and title of each lesson, and the selected lesson's
/// summary.
enum ListScreen {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let layout = ListLayout(width: state.width, height: state.height, lessonCount: state.lessons.count)
        let done = state.lessons.filter { state.progress(of: $0) >= .checked }.count
        Screens.header("tflearn · from TensorFlow 1 to TensorFlow 2",
                       right: state.lessons.isEmpty ? "" : "\(done) of \(state.lessons.count) checked", into: &canvas)

        let visible = state.visibleLessons
        var title = "Lessons"
        if let f = state.list.filter, !f.isEmpty { title = "Lessons matching “\(f)”" }
        canvas.box(layout.list, title: title)
        let legend = " · run  ✓ checked  ★ solved "
        if layout.list.width > legend.count + 4 {
            canvas.text(legend, x: layout.list.maxX - legend.count - 2, y: layout.list.maxY - 1, style: CellStyle(.dim))
        }
        let inner = layout.list.inset(1)
        if state.lessons.isEmpty {
            canvas.text("No lessons found.", x: inner.x + 1, y: inner.y, style: CellStyle(.warning, bold: true))
        } else if visible.isEmpty {
            canvas.text("No lesson matches.", x: inner.x + 1, y: inner.y, style: CellStyle(.dim))
        }
        let numberWidth = max(2, String(state.lessons.map(\.number).max() ?? 0).count)
        for row in 0..<inner.height {
            let i = state.list.scroll + row
            guard visible.indices.contains(i) else { break }
            let index = visible[i]
            let lesson = state.lessons[index]
            let selected = index == state.list.selected
            let y = inner.y + row
            let base = selected ? CellStyle(.selection, bold: true, reverse: true) : CellStyle()
            canvas.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
            var line = StyledLine()
            line.append(selected ? "▸" : " ", base)
            let number = String(lesson.number)
            line.append(String(repeating: " ", count: max(0, numberWidth - number.count)) + number + " ", base)
            let p = state.progress(of: lesson)
            var markStyle = Screens.progressStyle(p)
            if selected { markStyle = base }
            line.append(p.mark, markStyle)
            line.append(" ", base)
            line.append(Canvas.truncate(lesson.title, to: max(1, inner.width - numberWidth - 5)), base)
            line.draw(into: &canvas, x: inner.x, y: y, width: inner.width)
        }
        if visible.count > inner.height {
            let more = "\(state.list.scroll + 1)–\(min(visible.count, state.list.scroll + inner.height)) of \(visible.count)"
            canvas.text(" \(more) ", x: layout.list.x + 2, y: layout.list.maxY - 1, style: CellStyle(.dim))
        }
        drawSummary(state, layout.summary, into: &canvas)
    }

    static func drawSummary(_ state: AppState, _ rect: Rect, into canvas: inout Canvas) {
        guard rect.height >= 3 else { return }
        guard state.lessons.indices.contains(state.list.selected), state.visibleLessons.contains(state.list.selected) else {
            canvas.box(rect)
            var y = rect.y + 1
            for p in state.problems {
                for line in StyledLine(p, CellStyle(.error)).wrapped(rect.width - 4) where y < rect.maxY - 1 {
                    line.draw(into: &canvas, x: rect.x + 2, y: y, width: rect.width - 4)
                    y += 1
                }
            }
            return
        }
        let lesson = state.lessons[state.list.selected]
        canvas.box(rect, title: "\(lesson.number) · \(lesson.title)")
        let width = rect.width - 4
        var lines: [StyledLine] = []
        let p = state.progress(of: lesson)
        var status = StyledLine("Progress: ", CellStyle(.dim))
        status.append(p == .notStarted ? "not started" : "\(p.mark) \(p.label)", Screens.progressStyle(p))
        if lesson.exercise != nil { status.append("   has an exercise", CellStyle(.dim)) }
        lines.append(status)
        lines += Markdown.render(lesson.summary, width: width)
        if !lesson.trap.isEmpty {
            lines.append(StyledLine())
            var trap = StyledLine("The trap: ", CellStyle(.warning, bold: true))
            trap.spans += Markdown.inline(lesson.trap, .plain).spans
            lines += trap.wrapped(width)
        }
        if !lesson.concepts.isEmpty {
            var c = StyledLine("Concepts: ", CellStyle(.dim))
            c.append(lesson.concepts.joined(separator: ", "), CellStyle(.accent))
            lines += c.wrapped(width)
        }
        if !state.problems.isEmpty {
            lines.append(StyledLine())
            for p in state.problems { lines += StyledLine(p, CellStyle(.error)).wrapped(width) }
        }
        let rows = rect.height - 2
        for (i, line) in lines.prefix(rows).enumerated() {
            line.draw(into: &canvas, x: rect.x + 2, y: rect.y + 1 + i, width: width)
        }
        if lines.count > rows {
            let more = " more: Enter opens the lesson "
            canvas.text(more, x: rect.maxX - more.count - 2, y: rect.maxY - 1, style: CellStyle(.dim))
        }
    }
}
