import Foundation
import Python

/// agree, disagree, or error (a program or a check expression raised).
public enum Verdict: String, Sendable, Codable {
    case agree, disagree, error
}

/// One check evaluated on both sides.
public struct CheckResult: Sendable {
    public var name: String
    public var tf1: CheckValue?
    public var tf2: CheckValue?
    /// Why a side has no value (its expression raised, or the program did).
    public var tf1Error: String?
    public var tf2Error: String?
    public var comparison: Comparison?
    public var verdict: Verdict
    /// Where the difference is, for printed numbers (`old.py:12, new.py:14`).
    public var location: String?

    /// The reason in words: the comparison's, or an error.
    public var reason: String? {
        if let e = tf1Error { return "TF1: \(e)" }
        if let e = tf2Error { return "TF2: \(e)" }
        return comparison?.reason
    }
}

/// What one side did.
public struct SideReport: Sendable {
    public var side: Side
    public var path: String
    public var stdout: String
    public var failure: ProgramFailure?
    /// Whether stdout is what real TF printed (nil when not recorded).
    public var matchesExpectedOutput: Bool?
}

/// The verdict on a lesson or a user's pair.
public struct LessonReport: Sendable {
    public var id: String
    public var title: String
    public var checks: [CheckResult]
    public var tf1: SideReport
    public var tf2: SideReport
    /// The two runs, kept for the lesson browser (graphs, output lines).
    public var runs: [ProgramRun]

    /// Frees both runs' interpreters (see `ProgramRun.releaseInterpreter`).
    public func releaseInterpreters() {
        for r in runs { r.releaseInterpreter() }
    }
    /// A problem that stopped the checks (a side did not run, nothing to compare).
    public var error: String?

    public var verdict: Verdict {
        if error != nil || checks.contains(where: { $0.verdict == .error }) { return .error }
        if checks.contains(where: { $0.verdict == .disagree }) { return .disagree }
        return .agree
    }

    public func side(_ s: Side) -> SideReport { s == .tf1 ? tf1 : tf2 }

    /// Whether a side could not even be read (a syntax error: bad input).
    public var hasSyntaxError: Bool {
        tf1.failure?.kind == .syntax || tf2.failure?.kind == .syntax
    }
}

/// Runs lessons and pairs of programs and checks them: the one way to do it, for
/// `tflearn check`, the lesson browser and the tests.
public enum Checker {
    /// Runs both sides of a lesson (the TF2 side replaced by `tf2`, for an exercise) and its checks.
    public static func check(_ lesson: Lesson, tf2: LessonProgram? = nil, cancel: CancelFlag? = nil) -> LessonReport {
        let (run1, run2) = runBoth(lesson.tf1, tf2 ?? lesson.tf2, cancel: cancel)
        return report(id: lesson.id, title: lesson.title, run1, run2, specs: lesson.checks)
    }

    /// Checks many lessons, one after another: the interpreter's objects are shared by its
    /// instances (built-in types, the op registry) and release builds count their references
    /// without atomic instructions (see Package.swift), so two programs never run at once.
    public static func check(_ lessons: [Lesson]) -> [LessonReport] {
        lessons.map { check($0) }
    }

    /// Runs the two programs one after the other, each in a fresh interpreter.
    static func runBoth(_ a: LessonProgram, _ b: LessonProgram, cancel: CancelFlag?) -> (ProgramRun, ProgramRun) {
        let run1 = ProgramRun.run(a, cancel: cancel)
        let run2 = ProgramRun.run(b, cancel: cancel)
        return (run1, run2)
    }

    static func sideReport(_ side: Side, _ run: ProgramRun) -> SideReport {
        SideReport(side: side, path: run.program.path, stdout: run.stdout, failure: run.failure,
                   matchesExpectedOutput: run.matchesExpectedOutput)
    }

    static func report(id: String, title: String, _ run1: ProgramRun, _ run2: ProgramRun, specs: [CheckSpec]) -> LessonReport {
        var report = LessonReport(id: id, title: title, checks: [], tf1: sideReport(.tf1, run1), tf2: sideReport(.tf2, run2),
                                  runs: [run1, run2], error: nil)
        if let f = run1.failure ?? run2.failure {
            let side = run1.failure != nil ? "TF1" : "TF2"
            report.error = "\(side) side: \(f.message) (\(f.file):\(f.line))"
        }
        report.checks = specs.map { evaluate($0, run1, run2) }
        return report
    }

    /// Evaluates one check on both finished runs.
    public static func evaluate(_ spec: CheckSpec, _ run1: ProgramRun, _ run2: ProgramRun) -> CheckResult {
        var result = CheckResult(name: spec.name, verdict: .error)
        func value(_ run: ProgramRun, _ side: Side) -> Result<CheckValue, CheckValueError> {
            if let f = run.failure { return .failure(CheckValueError("the program raised \(f.message)")) }
            switch spec.kind {
            case .value: return run.evaluate(spec.expression(side))
            case .variables: return run.evaluateVariables(spec.expression(side))
            }
        }
        switch value(run1, .tf1) {
        case .success(let v): result.tf1 = v
        case .failure(let e): result.tf1Error = e.message
        }
        switch value(run2, .tf2) {
        case .success(let v): result.tf2 = v
        case .failure(let e): result.tf2Error = e.message
        }
        guard let a = result.tf1, let b = result.tf2 else { return result }
        var c = Comparison.compare(a, b, tolerance: spec.tolerance)
        if c.agree, let want = spec.expect {
            let c1 = Comparison.compare(a, expected: want, tolerance: spec.tolerance)
            let c2 = Comparison.compare(b, expected: want, tolerance: spec.tolerance)
            if !c1.agree { c.agree = false; c.reason = "TF1: " + (c1.reason ?? "differs from \(want)") }
            else if !c2.agree { c.agree = false; c.reason = "TF2: " + (c2.reason ?? "differs from \(want)") }
        } else if !c.agree, let want = spec.expect {
            let ok1 = Comparison.compare(a, expected: want, tolerance: spec.tolerance).agree
            let ok2 = Comparison.compare(b, expected: want, tolerance: spec.tolerance).agree
            if ok1 != ok2 { c.reason = (c.reason ?? "") + "; expected \(NumericArray.format(want, .float)), which \(ok1 ? "TF1" : "TF2") gives" }
        }
        result.comparison = c
        result.verdict = c.agree ? .agree : .disagree
        return result
    }
}

extension ProgramRun {
    /// Evaluates an expression that gives variables, as their names and shapes.
    func evaluateVariables(_ expression: String) -> Result<CheckValue, CheckValueError> {
        guard let module else { return .failure(CheckValueError("the program did not run")) }
        return runWithLargeStack {
            do {
                let v = try self.interpreter.evaluate(expression: expression, in: module, filename: "<check>")
                return .success(try CheckValueConverter.variables(v, interpreter: self.interpreter))
            } catch let e as CheckValueError {
                return .failure(e)
            } catch let e as PyError {
                return .failure(CheckValueError("\(expression): \(self.interpreter.exceptionLine(e.exception))"))
            } catch {
                return .failure(CheckValueError("\(expression): \(error)"))
            }
        }
    }
}
