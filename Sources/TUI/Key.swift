/// A key the learner pressed, as the state machine sees it; the backend maps terminal key codes
/// to these.
public enum Key: Sendable, Equatable, Hashable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    /// Ctrl-C: cancels a run, or quits when nothing runs.
    case interrupt
    /// The terminal changed size.
    case resize
    /// Ctrl-Z: the app loop stops the program as a shell would (fg brings it back).
    case suspend

    /// Shorthand for tests and key tables: `Key("q")`.
    public init(_ c: Character) { self = .character(c) }

    /// How the help overlay and status bar name the key.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .interrupt: return "Ctrl-C"
        case .resize: return "resize"
        case .suspend: return "Ctrl-Z"
        }
    }
}
