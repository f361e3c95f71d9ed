/// The keys of each screen: the help overlay lists them all, the status bar the main ones.
public struct KeyHelp: Sendable, Equatable {
    public var keys: String
    public var action: String
    /// Shown in the status bar, with this short text.
    public var short: String?
    /// The keys as the status bar names them (`n/p`), when not the first of `keys`.
    public var statusKeys: String?

    public init(_ keys: String, _ action: String, short: String? = nil, status: String? = nil) {
        self.keys = keys
        self.action = action
        self.short = short
        statusKeys = status
    }

    /// What the status bar shows for the key.
    public var statusLabel: String {
        statusKeys ?? keys.split(separator: " ").first.map(String.init) ?? keys
    }

    public static func keys(for state: AppState) -> [KeyHelp] {
        switch state.screen {
        case .list:
            if state.list.filter != nil { return filtering }
            return list
        case .lesson: return lesson
        case .graph: return graph
        }
    }

    public static let list: [KeyHelp] = [
        KeyHelp("↑ ↓  k j", "move", short: "move", status: "↑↓"),
        KeyHelp("PgUp PgDn", "move a page"),
        KeyHelp("Home End  g G", "first, last lesson"),
        KeyHelp("Enter  →  l", "open the lesson", short: "open"),
        KeyHelp("/", "filter by typing (Enter opens the first match)", short: "filter"),
        KeyHelp("?", "this help", short: "help"),
        KeyHelp("q", "quit", short: "quit"),
        KeyHelp("Ctrl-C", "quit"),
        KeyHelp("Ctrl-Z", "suspend (fg in the shell comes back)"),
    ]

    public static let filtering: [KeyHelp] = [
        KeyHelp("letters", "narrow the list", short: "type to filter"),
        KeyHelp("↑ ↓", "move among the matches"),
        KeyHelp("Enter", "open the selected match", short: "open"),
        KeyHelp("Backspace", "delete a letter"),
        KeyHelp("Esc", "stop filtering", short: "cancel"),
    ]

    public static let lesson: [KeyHelp] = [
        KeyHelp("n p", "next, previous step", short: "step", status: "n/p"),
        KeyHelp("r", "run both sides and check them", short: "run"),
        KeyHelp("c", "the check table (again: the output)", short: "checks"),
        KeyHelp("o", "what each side printed"),
        KeyHelp("i", "the lesson's introduction"),
        KeyHelp("g", "the graph view", short: "graph"),
        KeyHelp("e", "edit the exercise in $EDITOR, then check it", short: "exercise"),
        KeyHelp("t", "TF2 pane: the lesson's side or your exercise"),
        KeyHelp("Tab  Shift-Tab", "focus the next, previous pane"),
        KeyHelp("z", "zoom: one side, program and output, across the whole width", short: "zoom"),
        KeyHelp("↑ ↓  k j", "scroll the focused pane"),
        KeyHelp("PgUp PgDn Home End", "scroll it by a page, to an end"),
        KeyHelp("Space  b", "page the panel below down, up (any focus)"),
        KeyHelp("← →  h l", "scroll the programs sideways"),
        KeyHelp("Ctrl-C", "cancel a run (or quit when none runs)"),
        KeyHelp("?", "this help", short: "help"),
        KeyHelp("Esc  q", "back to the list", short: "back"),
    ]

    public static let graph: [KeyHelp] = [
        KeyHelp("← → ↑ ↓  h l k j", "select a node", short: "move", status: "←→↑↓"),
        KeyHelp("Space  Enter", "fold or unfold the name scope", short: "fold"),
        KeyHelp("Tab  Shift-Tab", "the next, previous graph", short: "next graph"),
        KeyHelp("PgUp PgDn", "move four layers"),
        KeyHelp("r", "run again"),
        KeyHelp("?", "this help", short: "help"),
        KeyHelp("Esc  q  g", "back to the lesson", short: "back"),
    ]
}
