import LessonKit

/// Draws the whole screen for a state: the current screen, the help overlay over it, and the
/// status bar.
public enum Screens {
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            let lines = ["tflearn needs at least \(minimumWidth)×\(minimumHeight);",
                         "this terminal is \(state.width)×\(state.height): enlarge it to go on."]
            for (i, l) in lines.enumerated() { canvas.text(l, x: 0, y: i, style: CellStyle(.warning, bold: true)) }
            return canvas
        }
        switch state.screen {
        case .list: ListScreen.draw(state, into: &canvas)
        case .lesson:
            if let lesson = state.currentLesson { LessonScreen.draw(state, lesson: lesson, into: &canvas) }
        case .graph:
            if let lesson = state.currentLesson { GraphScreen.draw(state, lesson: lesson, into: &canvas) }
        }
        StatusBar.draw(state, into: &canvas, row: state.height - 1)
        if state.help { HelpOverlay.draw(state, into: &canvas) }
        return canvas
    }

    /// A title bar: text on the left, more on the right.
    static func header(_ left: String, right: String = "", into canvas: inout Canvas, row: Int = 0) {
        let style = CellStyle(.title, background: .statusBar, bold: true, reverse: false)
        canvas.fill(Rect(x: 0, y: row, width: canvas.width, height: 1), style: style)
        let rightWidth = min(right.count, canvas.width / 2)
        canvas.text(Canvas.truncate(" " + left, to: canvas.width - rightWidth - 1), x: 0, y: row, style: style)
        if !right.isEmpty {
            canvas.text(Canvas.truncate(right, to: rightWidth), x: canvas.width - rightWidth - 1, y: row, style: style)
        }
    }

    /// A rule across a row with a title: `── Output ──────── right ─`.
    static func rule(_ title: String, right: StyledLine = StyledLine(), into canvas: inout Canvas, rect: Rect,
                     focused: Bool = false) {
        let lineStyle = CellStyle(.border)
        canvas.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), character: "─", style: lineStyle)
        let titleStyle = focused ? CellStyle(.title, bold: true, reverse: true) : CellStyle(.title, bold: true)
        let end = canvas.text(" \(title) ", x: rect.x + 2, y: rect.y, style: titleStyle, maxWidth: rect.width - 4)
        let rightWidth = min(right.count + 2, rect.maxX - end - 3)
        if rightWidth > 2 {
            let x = rect.maxX - rightWidth - 1
            canvas.text(" ", x: x, y: rect.y)
            right.draw(into: &canvas, x: x + 1, y: rect.y, width: rightWidth - 2)
            canvas.text(" ", x: x + rightWidth - 1, y: rect.y)
        }
    }

    /// The spinner's frame for an elapsed time.
    static func spinner(_ elapsed: Double) -> String {
        let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        return frames[Int(max(0, elapsed) * 10) % frames.count]
    }

    static func elapsedText(_ seconds: Double) -> String {
        let tenths = Int((max(0, seconds) * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10) s"
    }

    static func progressStyle(_ p: LessonProgress) -> CellStyle {
        switch p {
        case .notStarted: return CellStyle(.dim)
        case .run: return CellStyle(.accent)
        case .checked: return CellStyle(.agree, bold: true)
        case .solved: return CellStyle(.warning, bold: true)
        }
    }
}

/// The status bar: the main keys of the screen, a message, or the run going on.
enum StatusBar {
    static func draw(_ state: AppState, into canvas: inout Canvas, row: Int) {
        let bar = CellStyle(.statusBar, background: .statusBar, reverse: true)
        let key = CellStyle(.statusKey, background: .statusBar, bold: true, reverse: true)
        canvas.fill(Rect(x: 0, y: row, width: canvas.width, height: 1), style: bar)
        var line = StyledLine()
        if state.screen == .list, let filter = state.list.filter {
            let n = state.visibleLessons.count
            line.append(" /", key)
            line.append(filter + "█", bar)
            line.append("  \(n) match\(n == 1 ? "" : "es")  ", bar)
            line.append("Enter", key); line.append(" open  ", bar)
            line.append("Esc", key); line.append(" cancel", bar)
        } else if let run = state.running {
            let elapsed = state.now - run.startedAt
            line.append(" " + Screens.spinner(elapsed) + " ", key)
            line.append(run.cancelling ? "Cancelling… " : (run.exercise ? "Running TF1 and your TF2… " : "Running TF1 and TF2… "), bar)
            line.append(Screens.elapsedText(elapsed) + "  ", bar)
            line.append("Ctrl-C", key); line.append(" cancels", bar)
        } else if let message = state.message {
            line.append(" " + message, CellStyle(.statusBar, background: .statusBar, bold: true, reverse: true))
        } else {
            line.append(" ", bar)
            for k in KeyHelp.keys(for: state) {
                guard let short = k.short else { continue }
                line.append(k.statusLabel, key)
                line.append(" \(short)  ", bar)
            }
        }
        line.draw(into: &canvas, x: 0, y: row, width: canvas.width)
    }
}

/// The help overlay: every key of the current screen.
enum HelpOverlay {
    static func draw(_ state: AppState, into canvas: inout Canvas) {
        let keys = KeyHelp.keys(for: state)
        let keyWidth = min(22, (keys.map(\.keys.count).max() ?? 8) + 2)
        let width = min(canvas.width - 4, max(44, keyWidth + (keys.map(\.action.count).max() ?? 20) + 6))
        let height = min(canvas.height - 2, keys.count + 4)
        let rect = Rect(x: (canvas.width - width) / 2, y: max(0, (canvas.height - 1 - height) / 2), width: width, height: height)
        canvas.fill(rect)
        let name: String
        switch state.screen {
        case .list: name = state.list.filter != nil ? "filtering the list" : "lesson list"
        case .lesson: name = "lesson"
        case .graph: name = "graph view"
        }
        canvas.box(rect, title: "Keys: \(name)", style: CellStyle(.accent, bold: true))
        for (i, k) in keys.enumerated() where i < height - 4 {
            let y = rect.y + 1 + i
            canvas.field(k.keys, x: rect.x + 2, y: y, width: keyWidth, style: CellStyle(.accent, bold: true))
            canvas.field(k.action, x: rect.x + 2 + keyWidth, y: y, width: width - keyWidth - 4)
        }
        canvas.text("any key closes this help", x: rect.x + 2, y: rect.maxY - 2, style: CellStyle(.dim), maxWidth: width - 4)
    }
}
