import CNcurses
import Foundation

/// The one place that talks to ncurses: it starts and restores the terminal, copies a canvas to
/// the screen, and reads keys. Everything else draws into a `Canvas`.
public final class CursesBackend {
    public let colour: Bool
    private let utf8: Bool
    private var pairs: [Int: Int16] = [:]
    private var palette256 = false
    private var active = false

    /// Takes over the terminal: raw mode (Ctrl-C arrives as a key), no echo, keypad keys,
    /// hidden cursor, colours when the terminal has them and `colour` is wanted.
    public init(colour wanted: Bool) {
        tfl_set_locale()
        utf8 = tfl_locale_is_utf8() != 0
        CursesBackend.installSignalHandlers()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(tfl_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        var c = false
        if wanted && has_colors() {
            start_color()
            use_default_colors()
            c = true
            palette256 = tfl_colors() >= 256
        }
        colour = c
        active = true
    }

    deinit { end() }

    /// The terminal's size (columns, rows).
    public var size: (width: Int, height: Int) { (Int(tfl_cols()), Int(tfl_lines())) }

    /// Restores the terminal (idempotent).
    public func end() {
        guard active else { return }
        active = false
        curs_set(1)
        endwin()
    }

    /// Hands the terminal back for another program (an editor).
    public func suspend() {
        def_prog_mode()
        endwin()
    }

    /// Takes the terminal again after `suspend`, redrawing everything.
    public func resume() {
        reset_prog_mode()
        clearok(tfl_stdscr(), true)
        curs_set(0)
        refresh()
    }

    /// Copies a canvas to the screen; ncurses sends only what changed.
    public func present(_ canvas: Canvas) {
        let (w, h) = size
        for y in 0..<min(h, canvas.height) {
            var x = 0
            let width = min(w, canvas.width)
            while x < width {
                let style = canvas[x, y].style
                var run = ""
                let start = x
                while x < width && canvas[x, y].style == style {
                    run.append(shown(canvas[x, y].character))
                    x += 1
                }
                run.withCString { tfl_put(Int32(y), Int32(start), $0, attributes(style)) }
            }
        }
        refresh()
    }

    /// The next key, waiting at most `timeout` milliseconds (negative: as long as it takes).
    /// Nil when none came in time.
    public func readKey(timeout: Int) -> Key? {
        wtimeout(tfl_stdscr(), Int32(timeout))
        var c: UInt32 = 0
        let r = tfl_get_wch(&c)
        if r == ERR { return nil }
        if r == tfl_key_code_yes() { return functionKey(Int32(bitPattern: c)) }
        switch c {
        case 3: return .interrupt
        case 26: return .suspend
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        default:
            guard c >= 32, let scalar = Unicode.Scalar(c) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ c: Int32) -> Key? {
        switch c {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_BTAB: return .backTab
        case tfl_key_resize(): return .resize
        default: return nil
        }
    }

    // MARK: styles

    private func attributes(_ s: CellStyle) -> Int32 {
        var a = tfl_a_normal()
        if s.bold { a |= tfl_a_bold() }
        if s.reverse { a |= tfl_a_reverse() }
        if s.underline { a |= tfl_a_underline() }
        if colour {
            a |= tfl_color_pair(Int32(pair(s.foreground, s.background)))
        } else if s.foreground == .dim || s.foreground == .lineNumber || s.foreground == .comment {
            a |= tfl_a_dim()
        }
        return a
    }

    private func pair(_ fg: ColorRole, _ bg: ColorRole) -> Int16 {
        let key = fg.rawValue * 64 + bg.rawValue
        if let p = pairs[key] { return p }
        let n = Int16(pairs.count + 1)
        guard Int32(n) < tfl_color_pairs() else { return 0 }
        init_pair(n, foregroundColour(fg), backgroundColour(bg))
        pairs[key] = n
        return n
    }

    private func foregroundColour(_ r: ColorRole) -> Int16 {
        let big = palette256
        switch r {
        case .normal, .statusBar, .statusKey, .selection, .graphNode: return -1
        case .dim, .lineNumber, .comment: return big ? 245 : Int16(COLOR_WHITE)
        case .title: return big ? 117 : Int16(COLOR_CYAN)
        case .accent, .builtin, .graphScope: return Int16(COLOR_CYAN)
        case .border, .graphEdge: return big ? 67 : Int16(COLOR_BLUE)
        case .stepMarker, .decorator, .warning: return Int16(COLOR_YELLOW)
        case .stepLine: return -1
        case .keyword: return Int16(COLOR_MAGENTA)
        case .string, .agree: return Int16(COLOR_GREEN)
        case .number: return big ? 173 : Int16(COLOR_YELLOW)
        case .disagree, .error: return Int16(COLOR_RED)
        }
    }

    private func backgroundColour(_ r: ColorRole) -> Int16 {
        switch r {
        case .stepLine: return palette256 ? 236 : -1
        default: return -1
        }
    }

    /// Without a UTF-8 locale, box drawing and marks become ASCII.
    private func shown(_ c: Character) -> Character {
        guard !utf8, !c.isASCII else { return c }
        switch c {
        case "─": return "-"
        case "│": return "|"
        case "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼": return "+"
        case "▼": return "v"
        case "▲": return "^"
        case "▸", "›", "▶": return ">"
        case "◂", "‹": return "<"
        case "▌": return ">"
        case "✓": return "+"
        case "✗": return "x"
        case "★": return "*"
        case "·", "•": return "."
        case "…": return "~"
        case "█": return "_"
        case "–": return "-"
        case "“", "”": return "\""
        default: return "?"
        }
    }

    // MARK: signals

    /// SIGTERM, SIGHUP, SIGINT and SIGQUIT restore the terminal and exit; a crash restores it
    /// and then dies of its signal as it would have.
    static func installSignalHandlers() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(sig) { s in
                endwin()
                _exit(128 + s)
            }
        }
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { s in
                endwin()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }

    /// While another program has the terminal, Ctrl-C is that program's, not ours.
    public static func ignoreInterrupts(_ ignore: Bool) {
        if ignore {
            signal(SIGINT, SIG_IGN)
            signal(SIGQUIT, SIG_IGN)
        } else {
            for sig in [SIGINT, SIGQUIT] {
                signal(sig) { s in
                    endwin()
                    _exit(128 + s)
                }
            }
        }
    }
}
