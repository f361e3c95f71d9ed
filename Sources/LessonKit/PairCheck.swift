import Foundation
import Python

/// A `--compare` option: `NAME`, `LABEL=EXPR` or `LABEL=EXPR1:EXPR2`.
public struct CompareOption: Sendable, Equatable {
    public var label: String
    public var tf1: String
    public var tf2: String

    public init(label: String, tf1: String, tf2: String) {
        self.label = label
        self.tf1 = tf1
        self.tf2 = tf2
    }

    /// Parses the text of a `--compare` option; the `:` between the two expressions is the one
    /// outside brackets and strings, so `x[:, 0]` and `{'a': 1}` are left whole.
    public static func parse(_ text: String) throws -> CompareOption {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { throw CheckValueError("--compare needs a name or LABEL=EXPR1:EXPR2") }
        var label = t
        var rest = t
        if let eq = topLevel(t, "="), isLabel(String(t[..<eq])) {
            label = String(t[..<eq]).trimmingCharacters(in: .whitespaces)
            rest = String(t[t.index(after: eq)...]).trimmingCharacters(in: .whitespaces)
            guard !rest.isEmpty else { throw CheckValueError("--compare '\(text)': nothing after '='") }
        }
        if let colon = topLevel(rest, ":") {
            let a = rest[..<colon].trimmingCharacters(in: .whitespaces)
            let b = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !a.isEmpty, !b.isEmpty else { throw CheckValueError("--compare '\(text)': write LABEL=EXPR1:EXPR2") }
            return CompareOption(label: label, tf1: a, tf2: b)
        }
        return CompareOption(label: label, tf1: rest, tf2: rest)
    }

    private static func isLabel(_ s: String) -> Bool {
        let trimmed = s.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !trimmed.contains(where: { "()[]{}'\"<>!=".contains($0) })
    }

    /// The first `ch` outside brackets and string literals (and not part of `==`, `<=`, ... for `=`).
    private static func topLevel(_ s: String, _ ch: Character) -> String.Index? {
        var depth = 0
        var quote: Character?
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote {
                if c == "\\" { i = s.index(after: i) } else if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if "([{".contains(c) {
                depth += 1
            } else if ")]}".contains(c) {
                depth -= 1
            } else if c == ch && depth == 0 {
                if ch == "=" {
                    let next = s.index(after: i)
                    let prev = i > s.startIndex ? s[s.index(before: i)] : " "
                    if (next < s.endIndex && s[next] == "=") || "=<>!".contains(prev) {
                        i = s.index(after: i)
                        continue
                    }
                }
                return i
            }
            if i < s.endIndex { i = s.index(after: i) }
        }
        return nil
    }
}

/// Checking a user's own pair: `tflearn check --tf1 old.py --tf2 new.py`.
public enum PairChecker {
    /// Runs both programs and compares them: by the `compares` given, or with none, every global
    /// both end with that holds a number, then the numbers each printed, in order.
    public static func check(tf1: LessonProgram, tf2: LessonProgram, compares: [CompareOption], tolerance: Tolerance) -> LessonReport {
        let (run1, run2) = Checker.runBoth(tf1, tf2, cancel: nil)
        let title = "\(tf1.path) against \(tf2.path)"
        if !compares.isEmpty {
            let specs = compares.map { CheckSpec(name: $0.label, tf1: $0.tf1, tf2: $0.tf2, tolerance: tolerance) }
            return Checker.report(id: "pair", title: title, run1, run2, specs: specs)
        }
        var report = Checker.report(id: "pair", title: title, run1, run2, specs: [])
        guard report.error == nil else { return report }
        // Every global on both sides with a numeric value.
        let names2 = Set(run2.globalNames)
        for name in run1.globalNames where names2.contains(name) && !name.hasPrefix("_") {
            guard case .success(let a) = run1.evaluate(name), a.isNumeric,
                  case .success(let b) = run2.evaluate(name), b.isNumeric else { continue }
            var r = CheckResult(name: name, tf1: a, tf2: b, verdict: .agree)
            let c = Comparison.compare(a, b, tolerance: tolerance)
            r.comparison = c
            r.verdict = c.agree ? .agree : .disagree
            report.checks.append(r)
        }
        if let printed = comparePrinted(run1, run2, tolerance: tolerance) { report.checks.append(printed) }
        if report.checks.isEmpty {
            report.error = "nothing to compare: the programs share no global with a number and print no numbers; use --compare"
        }
        return report
    }

    /// The numbers each program printed, in order, compared one by one; the first difference
    /// names the line of each program that printed it.
    static func comparePrinted(_ run1: ProgramRun, _ run2: ProgramRun, tolerance: Tolerance) -> CheckResult? {
        let n1 = PrintedNumbers.extract(run1.lines)
        let n2 = PrintedNumbers.extract(run2.lines)
        if n1.isEmpty && n2.isEmpty { return nil }
        var result = CheckResult(name: "printed numbers", verdict: .agree)
        var maxAbs = 0.0, maxRel = 0.0
        func place(_ run: ProgramRun, _ n: PrintedNumbers.Number) -> String {
            "\(run.program.path):\(n.sourceLine) (output line \(n.outputLine))"
        }
        for i in 0..<max(n1.count, n2.count) {
            guard i < n1.count, i < n2.count else {
                let (more, run, n) = i < n1.count ? ("TF1", run1, n1[i]) : ("TF2", run2, n2[i])
                result.verdict = .disagree
                result.comparison = .differing("\(more) printed more numbers: \(n1.count) against \(n2.count)", abs: maxAbs, rel: maxRel)
                result.location = place(run, n)
                result.tf1 = i < n1.count ? .array(n1[i].value) : nil
                result.tf2 = i < n2.count ? .array(n2[i].value) : nil
                return result
            }
            let c = Comparison.compare(.array(n1[i].value), .array(n2[i].value), tolerance: tolerance)
            if let a = c.maxAbsError { maxAbs = max(maxAbs, a) }
            if let r = c.maxRelError { maxRel = max(maxRel, r) }
            if !c.agree {
                result.verdict = .disagree
                result.tf1 = .array(n1[i].value)
                result.tf2 = .array(n2[i].value)
                result.comparison = .differing("number \(i + 1) printed: " + (c.reason ?? "differs"), abs: maxAbs, rel: maxRel)
                result.location = place(run1, n1[i]) + ", " + place(run2, n2[i])
                return result
            }
        }
        result.tf1 = .array(NumericArray(shape: [n1.count], family: .float, dtype: "printed", values: n1.map { $0.value.values[0] }))
        result.tf2 = .array(NumericArray(shape: [n2.count], family: .float, dtype: "printed", values: n2.map { $0.value.values[0] }))
        result.comparison = .agreeing(abs: maxAbs, rel: maxRel)
        return result
    }
}

extension CheckValue {
    /// Whether this is a number or an array of numbers (not a bool, a string or a list).
    var isNumeric: Bool {
        if case .array(let a) = self { return a.family != .bool }
        return false
    }
}

/// The numbers in what a program printed, without the ones that are part of names and types:
/// `tf.Tensor(6.0, shape=(), dtype=float32)` and `np.float32(6.0)` both give just 6.0.
enum PrintedNumbers {
    struct Number {
        var value: NumericArray
        var outputLine: Int
        var sourceLine: Int
    }

    static func extract(_ lines: [OutputLine]) -> [Number] {
        var out: [Number] = []
        // Standard output's lines only: their numbers are the ones both sides' stdout show.
        for (i, line) in lines.filter({ !$0.isError }).enumerated() {
            for v in numbers(in: line.text) {
                out.append(Number(value: v, outputLine: i + 1, sourceLine: line.sourceLine))
            }
        }
        return out
    }

    static func numbers(in text: String) -> [NumericArray] {
        var s = text
        // Parts that are metadata, not values.
        for pattern in [#"shape=\([^)]*\)"#, #"shape=TensorShape\([^)]*\)"#, #"dtype=[A-Za-z0-9_.]+"#,
                        #"'[^']*'"#, #""[^"]*""#] {
            s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var result: [NumericArray] = []
        let chars = Array(s.unicodeScalars)
        var i = 0
        func isIdent(_ c: Unicode.Scalar) -> Bool { c == "_" || CharacterSet.alphanumerics.contains(c) }
        while i < chars.count {
            let c = chars[i]
            if CharacterSet.letters.contains(c) || c == "_" {
                var j = i
                while j < chars.count, isIdent(chars[j]) { j += 1 }
                let word = String(String.UnicodeScalarView(chars[i..<j]))
                let negative = i > 0 && chars[i - 1] == "-"
                if word == "nan" { result.append(float(.nan)) }
                if word == "inf" { result.append(float(negative ? -.infinity : .infinity)) }
                i = j
                continue
            }
            if CharacterSet.decimalDigits.contains(c) || (c == "." && i + 1 < chars.count && CharacterSet.decimalDigits.contains(chars[i + 1])) {
                var j = i
                while j < chars.count, CharacterSet.decimalDigits.contains(chars[j]) { j += 1 }
                if j < chars.count, chars[j] == "." { j += 1 }
                while j < chars.count, CharacterSet.decimalDigits.contains(chars[j]) { j += 1 }
                if j < chars.count, chars[j] == "e" || chars[j] == "E" {
                    var k = j + 1
                    if k < chars.count, chars[k] == "+" || chars[k] == "-" { k += 1 }
                    if k < chars.count, CharacterSet.decimalDigits.contains(chars[k]) {
                        j = k
                        while j < chars.count, CharacterSet.decimalDigits.contains(chars[j]) { j += 1 }
                    }
                }
                let negative = i > 0 && chars[i - 1] == "-"
                let literal = String(String.UnicodeScalarView(chars[i..<j]))
                if let d = Double(literal) {
                    // Integers and floats compare as numbers: TF1 may print 2 where TF2 prints 2.0.
                    result.append(float(negative ? -d : d))
                }
                i = j
                continue
            }
            i += 1
        }
        return result
    }

    private static func float(_ d: Double) -> NumericArray {
        NumericArray(shape: [], family: .float, dtype: "printed", values: [d])
    }
}
