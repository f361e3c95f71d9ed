import Foundation

/// One lesson: a folder `Lessons/NN-slug/` with `lesson.yaml`, `tf1.py` and `tf2.py`
/// (see Lessons/README.md for the format).
public struct Lesson: Sendable, Identifiable {
    /// The folder name, `13-gradients-vs-tape`.
    public var id: String
    /// The number from the folder name (13).
    public var number: Int
    /// The folder name without its number (`gradients-vs-tape`).
    public var slug: String
    public var directory: URL
    public var title: String
    /// Markdown prose for a TF1 user: what changed, why, and the trap.
    public var summary: String
    /// The trap in one sentence.
    public var trap: String
    public var concepts: [String]
    public var steps: [LessonStep]
    public var checks: [CheckSpec]
    public var exercise: Exercise?
    public var tf1: LessonProgram
    public var tf2: LessonProgram

    public func program(_ side: Side) -> LessonProgram { side == .tf1 ? tf1 : tf2 }
}

/// The two programs of a lesson or of a user's pair.
public enum Side: String, Sendable, CaseIterable, Codable {
    case tf1, tf2
    /// "TF1" or "TF2".
    public var label: String { rawValue.uppercased() }
}

/// One side's program, with what real TensorFlow printed for it when the lesson was written.
public struct LessonProgram: Sendable {
    /// Where the program is (`Lessons/13-gradients-vs-tape/tf1.py`).
    public var path: String
    public var source: String
    /// What the program reads with `input()`.
    public var stdin: String
    /// Real TF 2.21's stdout for this program (`tf1.out`), nil when not recorded.
    public var expectedOutput: String?

    public init(path: String, source: String, stdin: String = "", expectedOutput: String? = nil) {
        self.path = path
        self.source = source
        self.stdin = stdin
        self.expectedOutput = expectedOutput
    }

    /// The file name (`tf1.py`).
    public var fileName: String { (path as NSString).lastPathComponent }
}

/// Inclusive 1-based line range of a program.
public struct LineRange: Sendable, Equatable {
    public var first: Int
    public var last: Int
    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = last
    }
    public func contains(_ line: Int) -> Bool { line >= first && line <= last }
}

/// A step of the step-through: a range of each program and a note.
public struct LessonStep: Sendable {
    public var tf1: LineRange?
    public var tf2: LineRange?
    public var note: String
    public func lines(_ side: Side) -> LineRange? { side == .tf1 ? tf1 : tf2 }
}

/// A check: what to evaluate on each side and how to compare.
public struct CheckSpec: Sendable {
    public enum Kind: String, Sendable {
        /// Compare the values of the two expressions.
        case value
        /// Compare the names and shapes of two lists of variables.
        case variables
    }
    public var name: String
    public var kind: Kind
    /// A Python expression evaluated in the final globals of each side.
    public var tf1: String
    public var tf2: String
    /// What both sides must equal, when given.
    public var expect: Double?
    public var tolerance: Tolerance

    public init(name: String, kind: Kind = .value, tf1: String, tf2: String, expect: Double? = nil, tolerance: Tolerance = Tolerance()) {
        self.name = name
        self.kind = kind
        self.tf1 = tf1
        self.tf2 = tf2
        self.expect = expect
        self.tolerance = tolerance
    }

    public func expression(_ side: Side) -> String { side == .tf1 ? tf1 : tf2 }
}

/// How close two numbers must be: `|a - b| <= atol + rtol * |b|`.
public struct Tolerance: Sendable, Equatable {
    public var rtol: Double
    public var atol: Double
    /// Whether NaN equals NaN.
    public var allowNaN: Bool
    /// Whether dimensions of size 1 are dropped before comparing shapes.
    public var squeeze: Bool
    public init(rtol: Double = 1e-5, atol: Double = 1e-8, allowNaN: Bool = false, squeeze: Bool = false) {
        self.rtol = rtol
        self.atol = atol
        self.allowNaN = allowNaN
        self.squeeze = squeeze
    }
}

/// The exercise: a copy of `tf2.py` with holes (`___`) for the learner to fill in.
public struct Exercise: Sendable {
    public var path: String
    public var source: String
    public var prompt: String
    public var hint: String
}
