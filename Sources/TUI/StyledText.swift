/// A line of text in pieces of different styles.
public struct StyledLine: Sendable, Equatable {
    public var spans: [Span]
    public struct Span: Sendable, Equatable {
        public var text: String
        public var style: CellStyle
        public init(_ text: String, _ style: CellStyle = .plain) {
            self.text = text
            self.style = style
        }
    }

    public init(_ spans: [Span] = []) { self.spans = spans }
    public init(_ text: String, _ style: CellStyle = .plain) { spans = [Span(text, style)] }

    public var count: Int { spans.reduce(0) { $0 + $1.text.count } }
    public var plain: String { spans.map(\.text).joined() }

    public mutating func append(_ text: String, _ style: CellStyle = .plain) { spans.append(Span(text, style)) }

    /// Draws the line from (x, y), clipped to `width` cells, skipping the first `skip` cells.
    public func draw(into canvas: inout Canvas, x: Int, y: Int, width: Int, skip: Int = 0) {
        var cx = x
        var toSkip = skip
        for span in spans {
            var text = Substring(span.text)
            if toSkip > 0 {
                let n = min(toSkip, text.count)
                text = text.dropFirst(n)
                toSkip -= n
            }
            let room = x + width - cx
            if room <= 0 { break }
            cx = canvas.text(String(text), x: cx, y: y, style: span.style, maxWidth: room)
        }
    }

    /// Word-wraps into lines of at most `width` cells, keeping styles; words longer than a line
    /// are cut. A leading indent of the first line is not repeated.
    public func wrapped(_ width: Int, indent: Int = 0) -> [StyledLine] {
        guard width > 0 else { return [] }
        // Words with their styles: (text, style, followedBySpace).
        var words: [(String, CellStyle)] = []
        for span in spans {
            var current = ""
            for ch in span.text {
                if ch == " " {
                    if !current.isEmpty { words.append((current, span.style)); current = "" }
                    words.append((" ", span.style))
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { words.append((current, span.style)) }
        }
        var out: [StyledLine] = []
        var line = StyledLine()
        var used = 0
        for (word, style) in words {
            if word == " " {
                // Spaces at the start of the text are kept (indentation); at a break, dropped.
                let atStart = out.isEmpty && line.spans.allSatisfy { $0.text == " " }
                if (used > 0 || atStart) && used < width && !(used == indent && !out.isEmpty) { line.append(" ", style); used += 1 }
                continue
            }
            var w = word
            if used + w.count > width && used > 0 {
                while line.spans.last?.text == " " { line.spans.removeLast(); used -= 1 }
                out.append(line)
                line = StyledLine(String(repeating: " ", count: indent))
                used = indent
            }
            while used + w.count > width {
                let room = max(1, width - used)
                line.append(String(w.prefix(room)), style)
                out.append(line)
                w = String(w.dropFirst(room))
                line = StyledLine(String(repeating: " ", count: indent))
                used = indent
            }
            line.append(w, style)
            used += w.count
        }
        while line.spans.last?.text == " " { line.spans.removeLast() }
        if line.count > 0 || out.isEmpty { out.append(line) }
        return out
    }
}

/// The little Markdown lesson prose uses: paragraphs, `- ` items, `# ` headings, `code` and
/// **bold** inline. Anything else is shown as it is.
public enum Markdown {
    public static func render(_ text: String, width: Int, base: CellStyle = .plain) -> [StyledLine] {
        var out: [StyledLine] = []
        // Join the lines of a paragraph; keep list items and headings on their own.
        var paragraphs: [String] = []
        var current = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmed(" ")
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current); current = "" }
                paragraphs.append("")
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("#") || startsNumbered(line) {
                if !current.isEmpty { paragraphs.append(current) }
                current = line
            } else {
                current = current.isEmpty ? line : current + " " + line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        while paragraphs.last == "" { paragraphs.removeLast() }
        var lastBlank = true
        for p in paragraphs {
            if p.isEmpty {
                if !lastBlank { out.append(StyledLine()) }
                lastBlank = true
                continue
            }
            lastBlank = false
            if p.hasPrefix("#") {
                let title = p.drop { $0 == "#" }.trimmed(" ")
                out += inline(title, base.with(bold: true)).wrapped(width)
            } else if p.hasPrefix("- ") || p.hasPrefix("* ") {
                var line = StyledLine("• ", base)
                line.spans += inline(String(p.dropFirst(2)), base).spans
                out += line.wrapped(width, indent: 2)
            } else {
                out += inline(p, base).wrapped(width, indent: startsNumbered(p) ? 3 : 0)
            }
        }
        return out
    }

    static func startsNumbered(_ line: String) -> Bool {
        let digits = line.prefix { $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }

    /// `code` in the accent colour, **bold** in bold.
    public static func inline(_ text: String, _ base: CellStyle) -> StyledLine {
        var line = StyledLine()
        var current = ""
        var code = false, bold = false
        var chars = Array(text)[...]
        func flush() {
            guard !current.isEmpty else { return }
            var style = base
            if code { style.foreground = .accent }
            if bold { style.bold = true }
            line.append(current, style)
            current = ""
        }
        while let c = chars.first {
            chars = chars.dropFirst()
            if c == "`" {
                flush()
                code.toggle()
            } else if c == "*" && chars.first == "*" && !code {
                chars = chars.dropFirst()
                flush()
                bold.toggle()
            } else {
                current.append(c)
            }
        }
        flush()
        return line
    }
}

extension StringProtocol {
    func trimmed(_ set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
