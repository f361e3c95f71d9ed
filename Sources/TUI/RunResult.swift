import Foundation
import LessonKit

/// What one side of a run printed, and how it failed.
public struct SideOutput: Sendable, Equatable, Codable {
    public struct Line: Sendable, Equatable, Codable {
        public var text: String
        /// The program line that printed it (0 if unknown).
        public var sourceLine: Int
        /// Written to standard error (nil: standard output).
        public var isError: Bool?
        public init(text: String, sourceLine: Int = 0, isError: Bool = false) {
            self.text = text
            self.sourceLine = sourceLine
            self.isError = isError ? true : nil
        }
    }
    public struct Failure: Sendable, Equatable, Codable {
        /// `ZeroDivisionError: division by zero`.
        public var message: String
        /// The traceback or the syntax error with its caret.
        public var report: String
        /// The file's name (`tf2.py`) and the line (0 if unknown).
        public var file: String
        public var line: Int
        public var interrupted: Bool
        public init(message: String, report: String = "", file: String, line: Int, interrupted: Bool = false) {
            self.message = message
            self.report = report
            self.file = file
            self.line = line
            self.interrupted = interrupted
        }
    }
    public var path: String
    public var lines: [Line]
    public var failure: Failure?
    public init(path: String, lines: [Line] = [], failure: Failure? = nil) {
        self.path = path
        self.lines = lines
        self.failure = failure
    }
}

/// One row of the check table.
public struct CheckRow: Sendable, Equatable, Codable {
    public var name: String
    public var tf1: String
    public var tf2: String
    /// The largest absolute error, or why there is none.
    public var error: String
    public var verdict: Verdict
    /// Why it disagrees or could not be checked.
    public var reason: String?
    public init(name: String, tf1: String, tf2: String, error: String, verdict: Verdict, reason: String? = nil) {
        self.name = name
        self.tf1 = tf1
        self.tf2 = tf2
        self.error = error
        self.verdict = verdict
        self.reason = reason
    }
}

/// Why a run ended without a report: the process that ran it crashed, was killed, or wrote
/// something that could not be read.
public struct RunStop: Sendable, Equatable, Codable {
    /// `The run stopped: it was killed by signal 11 (segmentation fault)`.
    public var reason: String
    /// The last lines the run wrote to its standard error (a crash's message), oldest first.
    public var log: [String]
    public init(reason: String, log: [String] = []) {
        self.reason = reason
        self.log = log
    }
}

/// A finished run of a lesson, reduced to what the screens show; Codable, so the process that
/// ran it can send it to the browser as JSON.
public struct RunResult: Sendable, Equatable, Codable {
    public var runID: Int
    public var lessonID: String
    /// Whether the TF2 side was the learner's exercise.
    public var exercise: Bool
    public var tf1: SideOutput
    public var tf2: SideOutput
    public var checks: [CheckRow]
    /// A problem that stopped the checks.
    public var error: String?
    public var verdict: Verdict
    public var graphs: [SideGraph]
    /// How long the run took, in seconds.
    public var elapsed: Double
    /// Set when the run ended without a report (then the sides and checks are empty).
    public var stopped: RunStop?

    public init(runID: Int, lessonID: String, exercise: Bool, tf1: SideOutput, tf2: SideOutput, checks: [CheckRow],
                error: String? = nil, verdict: Verdict, graphs: [SideGraph] = [], elapsed: Double = 0, stopped: RunStop? = nil) {
        self.runID = runID
        self.lessonID = lessonID
        self.exercise = exercise
        self.tf1 = tf1
        self.tf2 = tf2
        self.checks = checks
        self.error = error
        self.verdict = verdict
        self.graphs = graphs
        self.elapsed = elapsed
        self.stopped = stopped
    }

    public func side(_ s: Side) -> SideOutput { s == .tf1 ? tf1 : tf2 }

    /// Whether the run was stopped with Ctrl-C.
    public var interrupted: Bool { tf1.failure?.interrupted == true || tf2.failure?.interrupted == true }

    /// Whether both programs ran to their end.
    public var bothRan: Bool { tf1.failure == nil && tf2.failure == nil && stopped == nil }

    /// From a checker's report (read on the thread that ran it).
    public init(_ report: LessonReport, runID: Int, lessonID: String, exercise: Bool, elapsed: Double) {
        func side(_ s: SideReport, _ run: ProgramRun?) -> SideOutput {
            let name = fileName(s.path)
            let lines = run.map { $0.lines.map { SideOutput.Line(text: $0.text, sourceLine: $0.sourceLine, isError: $0.isError) } }
                ?? s.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { SideOutput.Line(text: String($0)) }
            var out = SideOutput(path: s.path, lines: lines)
            if out.lines.last?.text.isEmpty == true { out.lines.removeLast() }
            if let f = s.failure {
                out.failure = SideOutput.Failure(message: f.message, report: f.report,
                                                 file: f.file.isEmpty ? name : fileName(f.file),
                                                 line: f.line, interrupted: f.kind == .interrupted)
            }
            return out
        }
        let run1 = report.runs.count > 0 ? report.runs[0] : nil
        let run2 = report.runs.count > 1 ? report.runs[1] : nil
        var graphs: [SideGraph] = []
        for (s, run) in [(Side.tf1, run1), (Side.tf2, run2)] {
            guard let run else { continue }
            for g in run.graphs { graphs.append(SideGraph(side: s, title: g.title, model: GraphModel(g.graph, values: g.values))) }
        }
        self.init(runID: runID, lessonID: lessonID, exercise: exercise, tf1: side(report.tf1, run1), tf2: side(report.tf2, run2),
                  checks: report.checks.map(CheckRow.init), error: report.error, verdict: report.verdict,
                  graphs: graphs, elapsed: elapsed)
    }
}

extension RunResult {
    /// The JSON a lesson's process writes for the browser.
    public func json() throws -> Data {
        try JSONEncoder().encode(self)
    }

    /// A result from the JSON a lesson's process wrote.
    public init(json: Data) throws {
        self = try JSONDecoder().decode(RunResult.self, from: json)
    }
}

extension CheckRow {
    init(_ c: CheckResult) {
        let error: String
        if c.tf1Error != nil || c.tf2Error != nil {
            error = "raised"
        } else if let e = c.comparison?.maxAbsError {
            error = CheckRow.format(e)
        } else {
            error = "–"
        }
        self.init(name: c.name, tf1: c.tf1?.summary ?? "–", tf2: c.tf2?.summary ?? "–", error: error,
                  verdict: c.verdict, reason: c.reason)
    }

    /// A small error in few characters: `0`, `2.4e-07`, `0.5`.
    static func format(_ e: Double) -> String {
        if e == 0 { return "0" }
        if e.isNaN { return "nan" }
        if e.isInfinite { return "inf" }
        let magnitude = abs(e)
        if magnitude >= 1e-3 && magnitude < 1e5 {
            var s = String(e)
            if s.count > 8 { s = String(s.prefix(8)) }
            return s
        }
        return String(format: "%.1e", e)
    }
}

/// The last path component (`tf2.py`).
func fileName(_ path: String) -> String { (path as NSString).lastPathComponent }
