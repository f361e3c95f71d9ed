/// Where the parts of the lesson screen go for a terminal size: a header row, the two programs
/// side by side, the step's note, the bottom panel (summary, output or checks) and the status
/// bar. The reducer uses it too, to scroll by a page and keep the step in view.
public struct LessonLayout: Sendable, Equatable {
    public var header: Rect
    /// Each code pane, its first row being its title.
    public var tf1: Rect
    public var tf2: Rect
    /// The note of the step, its first row being a rule with the step number.
    public var note: Rect
    /// The bottom panel, its first row being its title.
    public var bottom: Rect
    public var status: Rect

    /// Rows of text the note may take.
    public static func noteRows(height: Int) -> Int { height >= 34 ? 4 : (height >= 20 ? 3 : 2) }

    /// The layout for a state: with `zoom`, one program takes the whole width.
    public init(_ state: AppState) {
        self.init(width: state.width, height: state.height, zoomed: state.lesson?.zoomed == true ? state.lesson?.codeFocus : nil)
    }

    public init(width: Int, height: Int, zoomed: Pane? = nil) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let available = max(0, height - 2)
        let noteHeight = 1 + LessonLayout.noteRows(height: height)
        let bottomHeight = max(4, (available - noteHeight) * 2 / 5)
        let codeHeight = max(2, available - noteHeight - bottomHeight)
        let left = (width - 1) / 2
        switch zoomed {
        case .tf1?:
            tf1 = Rect(x: 0, y: 1, width: width, height: codeHeight)
            tf2 = Rect(x: width, y: 1, width: 0, height: codeHeight)
        case .tf2?:
            tf1 = Rect(x: 0, y: 1, width: 0, height: codeHeight)
            tf2 = Rect(x: 0, y: 1, width: width, height: codeHeight)
        default:
            tf1 = Rect(x: 0, y: 1, width: left, height: codeHeight)
            tf2 = Rect(x: left + 1, y: 1, width: width - left - 1, height: codeHeight)
        }
        note = Rect(x: 0, y: 1 + codeHeight, width: width, height: noteHeight)
        bottom = Rect(x: 0, y: note.maxY, width: width, height: max(0, height - 1 - note.maxY))
    }

    /// Lines of code a pane shows.
    public var codeRows: Int { max(1, tf1.height - 1) }
    /// Columns of code a pane shows (its width less the gutter), the narrower when both show.
    public var codeColumns: Int {
        let widths = [tf1.width, tf2.width].filter { $0 > 0 }
        return max(1, (widths.min() ?? 1) - 5)
    }
    /// Lines the bottom panel shows.
    public var bottomRows: Int { max(1, bottom.height - 1) }

    public func rows(_ pane: Pane) -> Int { pane == .bottom ? bottomRows : codeRows }
}

/// Where the parts of the list screen go: the list, and the selected lesson's summary beside
/// it on a wide terminal or under it on a narrow one.
public struct ListLayout: Sendable, Equatable {
    public var header: Rect
    public var list: Rect
    public var summary: Rect
    public var status: Rect

    public init(width: Int, height: Int, lessonCount: Int) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let top = 1, bottom = height - 1
        if width >= 110 {
            let listWidth = min(width / 2, 64)
            list = Rect(x: 0, y: top, width: listWidth, height: bottom - top)
            summary = Rect(x: listWidth, y: top, width: width - listWidth, height: bottom - top)
        } else {
            // The list takes what it needs, up to a little more than half; the summary the rest.
            let want = lessonCount + 2
            let listHeight = max(3, min(want, (bottom - top) * 11 / 20))
            list = Rect(x: 0, y: top, width: width, height: listHeight)
            summary = Rect(x: 0, y: top + listHeight, width: width, height: bottom - top - listHeight)
        }
    }

    /// Rows of lessons the list shows (inside its frame).
    public var listRows: Int { max(1, list.height - 2) }
}

/// Where the parts of the graph view go: a header with the graph's tabs, the drawing, the
/// selected node's details, the status bar.
public struct GraphScreenLayout: Sendable, Equatable {
    public var header: Rect
    public var drawing: Rect
    public var details: Rect
    public var status: Rect

    /// The layout for a state: with `zoom`, one program takes the whole width.
    public init(_ state: AppState) {
        self.init(width: state.width, height: state.height, zoomed: state.lesson?.zoomed == true ? state.lesson?.codeFocus : nil)
    }

    public init(width: Int, height: Int, zoomed: Pane? = nil) {
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let detailHeight = height >= 36 ? 8 : 6
        details = Rect(x: 0, y: height - 1 - detailHeight, width: width, height: detailHeight)
        drawing = Rect(x: 0, y: 1, width: width, height: max(1, details.y - 1))
    }
}
