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
        // Words, each made of pieces that may differ in style (`(` `code` `)` is one word), and
        // the spaces between them.
        enum Token { case word([Span]), space(CellStyle) }
        var tokens: [Token] = []
        var pieces: [Span] = []
        for span in spans {
            var current = ""
            for ch in span.text {
                if ch == " " {
                    if !current.isEmpty { pieces.append(Span(current, span.style)); current = "" }
                    if !pieces.isEmpty { tokens.append(.word(pieces)); pieces = [] }
                    tokens.append(.space(span.style))
                } else {
                    current.append(ch)
                }
            }
            if !current.isEmpty { pieces.append(Span(current, span.style)) }
        }
        if !pieces.isEmpty { tokens.append(.word(pieces)) }

        var out: [StyledLine] = []
        var line = StyledLine()
        var used = 0
        var atStart = true
        func breakLine() {
            while line.spans.last?.text == " " { line.spans.removeLast() }
            out.append(line)
            line = StyledLine(String(repeating: " ", count: indent))
            used = indent
            atStart = false
        }
        for token in tokens {
            switch token {
            case .space(let style):
                // Spaces at the very start are kept (indentation); after a break, dropped.
                if (atStart || used > (out.isEmpty ? 0 : indent)) && used < width {
                    line.append(" ", style)
                    used += 1
                }
            case .word(let parts):
                atStart = false
                let length = parts.reduce(0) { $0 + $1.text.count }
                if used + length > width && used > (out.isEmpty ? 0 : indent) { breakLine() }
                for part in parts {
                    var text = Substring(part.text)
                    while used + text.count > width {
                        let room = width - used
                        if room <= 0 { breakLine(); continue }
                        line.append(String(text.prefix(room)), part.style)
                        text = text.dropFirst(room)
                        breakLine()
                    }
                    if !text.isEmpty {
                        line.append(String(text), part.style)
                        used += text.count
                    }
                }
            }
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

    /// `code` in the accent colour, **bold** in bold, *emphasis* underlined.
    public static func inline(_ text: String, _ base: CellStyle) -> StyledLine {
        var line = StyledLine()
        var current = ""
        var code = false, bold = false, emphasis = false
        var chars = Array(text)[...]
        var previous: Character = " "
        func flush() {
            guard !current.isEmpty else { return }
            var style = base
            if code { style.foreground = .accent }
            if bold { style.bold = true }
            if emphasis { style.underline = true }
            line.append(current, style)
            current = ""
        }
        while let c = chars.first {
            chars = chars.dropFirst()
            defer { previous = c }
            if c == "`" {
                flush()
                code.toggle()
            } else if c == "*" && chars.first == "*" && !code {
                chars = chars.dropFirst()
                flush()
                bold.toggle()
            } else if c == "*" && !code && (emphasis ? previous != " " : (chars.first.map { $0 != " " } ?? false) && previous == " ") {
                // A single star opens emphasis before a word and closes it after one (x * y is not).
                flush()
                emphasis.toggle()
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
