import LessonKit

/// The screens of the lesson browser.
public enum Screen: Sendable, Equatable {
    case list
    case lesson
    case graph
}

/// The panes of the lesson screen that take focus (Tab) and scroll (PgUp/PgDn).
public enum Pane: Int, Sendable, Equatable, CaseIterable {
    case tf1, tf2, bottom
}

/// What the lesson screen shows under the two programs.
public enum BottomPanel: Sendable, Equatable {
    /// The lesson's summary, trap and exercise prompt.
    case intro
    /// What each side printed (and a failure with its file and line).
    case output
    /// The check table.
    case checks
}

/// The learner's copy of a lesson's exercise (or TF2 side), in a writable folder.
public struct ExerciseFile: Sendable, Equatable {
    public var path: String
    public var source: String
    public init(path: String, source: String) {
        self.path = path
        self.source = source
    }
}

/// A run going on in the background.
public struct RunningRun: Sendable, Equatable {
    public var id: Int
    public var lessonID: String
    public var exercise: Bool
    public var startedAt: Double
    public var cancelling: Bool
}

/// The lesson list's state.
public struct ListState: Sendable, Equatable {
    /// Index into `AppState.lessons` of the selected lesson.
    public var selected: Int = 0
    /// The first row shown.
    public var scroll: Int = 0
    /// The filter being typed after `/`; nil when not filtering.
    public var filter: String?
}

/// The open lesson's state.
public struct LessonState: Sendable {
    /// Index into `AppState.lessons`.
    public var index: Int
    public var step: Int = 0
    public var focus: Pane = .tf1 {
        didSet { if focus != .bottom { codeFocus = focus } }
    }
    /// The program focused last (what `z` shows across the whole width).
    public var codeFocus: Pane = .tf1
    /// Whether one program takes the whole width (`z`).
    public var zoomed = false
    public var panel: BottomPanel = .intro
    /// First line shown of each pane (tf1, tf2, bottom).
    public var scroll: [Int] = [0, 0, 0]
    /// Columns scrolled right in the code panes.
    public var hscroll: Int = 0
    /// The learner's exercise, once opened in the editor.
    public var exercise: ExerciseFile?
    /// Whether the TF2 pane shows the exercise instead of the lesson's TF2 side.
    public var showExercise: Bool = false
    /// The last finished run of this lesson.
    public var result: RunResult?
    /// Whether the graph view opens when the run going on finishes.
    public var pendingGraph = false

    public init(index: Int) { self.index = index }
}

/// The graph view's state.
public struct GraphState: Sendable {
    /// Which of the result's graphs is shown.
    public var index: Int = 0
    /// Scopes folded into one box, per graph (by index).
    public var folded: [Int: Set<String>] = [:]
    /// The selected box's id.
    public var selected: String?
    /// The layout of the graph shown, recomputed when folding changes.
    public var layout: GraphLayout?
}

/// Everything the lesson browser shows. Changed only by `Reducer`; drawn by `Screens.render`.
public struct AppState: Sendable {
    public var lessons: [Lesson]
    public var progress: [String: LessonProgress]
    public var width: Int
    public var height: Int
    public var screen: Screen = .list
    public var list = ListState()
    public var lesson: LessonState?
    public var graph = GraphState()
    public var help = false
    public var running: RunningRun?
    /// The clock, in seconds, as of the last tick (for the spinner and elapsed time).
    public var now: Double = 0
    /// A one-line message in the status bar, cleared by the next key.
    public var message: String?
    /// Problems loading lessons, shown on the list screen.
    public var problems: [String]
    public var nextRunID = 1
    public var quitting = false
    /// Whether the terminal shows colours (chooses how some marks look without them).
    public var colour: Bool

    public init(lessons: [Lesson], progress: [String: LessonProgress] = [:], problems: [String] = [],
                width: Int = 80, height: Int = 24, colour: Bool = true) {
        self.lessons = lessons
        self.progress = progress
        self.problems = problems
        self.width = width
        self.height = height
        self.colour = colour
    }

    public func progress(of lesson: Lesson) -> LessonProgress { progress[lesson.id] ?? .notStarted }

    /// The open lesson, if any.
    public var currentLesson: Lesson? {
        guard let l = lesson, lessons.indices.contains(l.index) else { return nil }
        return lessons[l.index]
    }

    /// Indices of the lessons the list shows (all, or those matching the filter).
    public var visibleLessons: [Int] {
        guard let f = list.filter, !f.isEmpty else { return Array(lessons.indices) }
        return lessons.indices.filter { ListFilter.matches(lessons[$0], f) }
    }
}

/// How `/` matches lessons: every word of the filter appears in the number, folder name,
/// title or concepts, ignoring case.
public enum ListFilter {
    public static func matches(_ lesson: Lesson, _ filter: String) -> Bool {
        let hay = ([String(lesson.number), lesson.id, lesson.title] + lesson.concepts).joined(separator: " ").lowercased()
        return filter.lowercased().split(separator: " ").allSatisfy { hay.contains($0) }
    }
}
