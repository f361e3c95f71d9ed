/// What a cell's colour means; the backend maps each role to a terminal colour (or to nothing
/// without colour), so views never name colours.
public enum ColorRole: Int, Sendable, CaseIterable {
    case normal
    case dim
    case title
    case accent
    case selection
    case statusBar
    case statusKey
    case border
    case lineNumber
    case stepMarker
    case stepLine
    case keyword
    case builtin
    case string
    case number
    case comment
    case decorator
    case agree
    case disagree
    case error
    case warning
    case graphNode
    case graphScope
    case graphEdge
}

/// How a cell looks: a colour role for the text and the background, and attributes.
public struct CellStyle: Sendable, Equatable, Hashable {
    public var foreground: ColorRole
    public var background: ColorRole
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ foreground: ColorRole = .normal, background: ColorRole = .normal,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = CellStyle()

    public func with(bold: Bool? = nil, reverse: Bool? = nil, underline: Bool? = nil) -> CellStyle {
        var s = self
        if let bold { s.bold = bold }
        if let reverse { s.reverse = reverse }
        if let underline { s.underline = underline }
        return s
    }
}

/// One character cell.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var style: CellStyle
    public init(_ character: Character = " ", _ style: CellStyle = .plain) {
        self.character = character
        self.style = style
    }
}

/// A rectangle of cells, in canvas coordinates.
public struct Rect: Sendable, Equatable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    /// This rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
}

/// A grid of styled cells that views draw into. Drawing outside the grid is clipped, so views
/// never crash on a small terminal; the backend copies a canvas to the screen, and tests read
/// it as text.
public struct Canvas: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = Cell()) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { (x >= 0 && y >= 0 && x < width && y < height) ? cells[y * width + x] : Cell() }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes `text` from (x, y), one cell per character, clipped to `maxWidth` cells (and the
    /// canvas). Returns the x after the last cell written.
    @discardableResult
    public mutating func text(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = maxWidth.map { x + max(0, $0) } ?? width
        var cx = x
        for ch in text {
            if cx >= limit || cx >= width { break }
            if ch == "\n" { break }
            self[cx, y] = Cell(Canvas.displayable(ch), style)
            cx += 1
        }
        return cx
    }

    /// Writes `text` clipped to `width` cells, ending with `…` when it had to be cut, and pads
    /// the rest with spaces in `style`.
    public mutating func field(_ text: String, x: Int, y: Int, width: Int, style: CellStyle = .plain) {
        guard width > 0 else { return }
        let shown = Canvas.truncate(text, to: width)
        fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        self.text(shown, x: x, y: y, style: style, maxWidth: width)
    }

    /// Fills a rectangle with a character in a style.
    public mutating func fill(_ rect: Rect, character: Character = " ", style: CellStyle = .plain) {
        guard !rect.isEmpty else { return }
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) {
                self[xx, yy] = Cell(character, style)
            }
        }
    }

    /// Changes the style of cells already drawn, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        guard !rect.isEmpty else { return }
        for yy in max(0, rect.y)..<min(height, rect.maxY) {
            for xx in max(0, rect.x)..<min(width, rect.maxX) {
                change(&cells[yy * width + xx].style)
            }
        }
    }

    /// A frame of box-drawing lines around `rect`, with an optional title in its top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: CellStyle = CellStyle(.border),
                             titleStyle: CellStyle = CellStyle(.title, bold: true)) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.maxX - 1, bottom = rect.maxY - 1
        for xx in rect.x...right {
            self[xx, rect.y] = Cell("─", style)
            self[xx, bottom] = Cell("─", style)
        }
        for yy in rect.y...bottom {
            self[rect.x, yy] = Cell("│", style)
            self[right, yy] = Cell("│", style)
        }
        self[rect.x, rect.y] = Cell("┌", style)
        self[right, rect.y] = Cell("┐", style)
        self[rect.x, bottom] = Cell("└", style)
        self[right, bottom] = Cell("┘", style)
        if let title, !title.isEmpty, rect.width > 4 {
            let shown = Canvas.truncate(" \(title) ", to: rect.width - 2)
            text(shown, x: rect.x + 1, y: rect.y, style: titleStyle)
        }
    }

    /// Copies another canvas in, its (sourceX, sourceY) landing at `rect`'s origin, clipped to `rect`.
    public mutating func blit(_ other: Canvas, from sourceX: Int, _ sourceY: Int, into rect: Rect) {
        guard !rect.isEmpty else { return }
        for dy in 0..<rect.height {
            let sy = sourceY + dy
            guard sy >= 0, sy < other.height else { continue }
            for dx in 0..<rect.width {
                let sx = sourceX + dx
                guard sx >= 0, sx < other.width else { continue }
                self[rect.x + dx, rect.y + dy] = other[sx, sy]
            }
        }
    }

    /// The characters, one line per row, trailing spaces kept (what a snapshot compares).
    public var lines: [String] {
        (0..<height).map { y in String(cells[(y * width)..<((y + 1) * width)].map(\.character)) }
    }

    /// The characters as text, trailing spaces of each row removed.
    public var text: String {
        lines.map { line in
            var s = Substring(line)
            while s.last == " " { s = s.dropLast() }
            return String(s)
        }.joined(separator: "\n") + "\n"
    }

    /// `text` cut to `width` cells, with `…` as its last cell when it was longer.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if text.count <= width { return text }
        if width == 1 { return "…" }
        return String(text.prefix(width - 1)) + "…"
    }

    /// Characters that would take two cells (or none) on a terminal are shown as one
    /// replacement cell, so columns stay aligned.
    static func displayable(_ ch: Character) -> Character {
        if ch == "\t" { return " " }
        guard let scalar = ch.unicodeScalars.first else { return " " }
        let v = scalar.value
        if v < 0x20 || v == 0x7f { return "?" }
        if ch.unicodeScalars.count > 1 && !ch.unicodeScalars.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
            return "?"
        }
        if isWide(v) { return "?" }
        return ch
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60)
            || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1FAFF) || (v >= 0x20000 && v <= 0x3FFFD)
    }
}
