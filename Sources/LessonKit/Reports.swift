import Foundation

/// The forms a check report is written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, junit
}

/// Totals over a set of lesson reports.
public struct ReportSummary: Sendable, Equatable {
    public var lessons = 0, agree = 0, disagree = 0, error = 0
    public init(_ reports: [LessonReport]) {
        lessons = reports.count
        for r in reports {
            switch r.verdict {
            case .agree: agree += 1
            case .disagree: disagree += 1
            case .error: error += 1
            }
        }
    }
}

/// Writes lesson reports as a table, JSON or JUnit XML.
public enum ReportWriter {
    public static func render(_ reports: [LessonReport], as format: ReportFormat, colour: Bool = false) -> String {
        switch format {
        case .text: return text(reports, colour: colour)
        case .json: return json(reports)
        case .junit: return junit(reports)
        }
    }

    // MARK: Text

    public static func text(_ reports: [LessonReport], colour: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        let header = ["LESSON", "CHECK", "TF1", "TF2", "ABS ERR", "REL ERR", "VERDICT"]
        var rows: [[String]] = []
        var verdicts: [Verdict] = []
        for r in reports {
            if r.checks.isEmpty {
                rows.append([r.id, "-", "-", "-", "-", "-", r.verdict.rawValue])
                verdicts.append(r.verdict)
            }
            for c in r.checks {
                rows.append([r.id, c.name, c.tf1?.summary ?? "error", c.tf2?.summary ?? "error",
                             errorText(c.comparison?.maxAbsError), errorText(c.comparison?.maxRelError), c.verdict.rawValue])
                verdicts.append(c.verdict)
            }
        }
        let limits = [28, 28, 18, 18, 9, 9, 8]
        let clipped = rows.map { row in row.enumerated().map { clip($0.element, limits[$0.offset]) } }
        var widths = header.map(\.count)
        for row in clipped { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in i == cells.count - 1 ? c : c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        var out = paint(line(header), "1") + "\n"
        for (row, v) in zip(clipped, verdicts) {
            var cells = row
            let code = v == .agree ? "32" : v == .disagree ? "31;1" : "33;1"
            cells[6] = paint(v == .agree ? "agree" : v == .disagree ? "DISAGREE" : "ERROR", code)
            out += line(cells) + "\n"
        }
        // Details of what went wrong, and notes about output.
        var details = ""
        for r in reports {
            for c in r.checks where c.verdict != .agree {
                details += "\n\(r.id): \(c.name): \(c.verdict == .disagree ? "disagree" : "error")\n"
                if let a = c.tf1 { details += "  TF1: \(a.summary)\n" }
                if let b = c.tf2 { details += "  TF2: \(b.summary)\n" }
                if let reason = c.reason { details += "  \(reason)\n" }
                if let loc = c.location { details += "  at \(loc)\n" }
            }
            if let e = r.error {
                details += "\n\(r.id): \(e)\n"
                for s in [r.tf1, r.tf2] {
                    if let f = s.failure { details += indent(f.report) }
                }
            }
            for s in [r.tf1, r.tf2] where s.matchesExpectedOutput == false && s.failure == nil {
                details += "\n\(r.id): note: \(s.path) printed something other than what real TensorFlow printed\n"
            }
        }
        let sum = ReportSummary(reports)
        var tail = "\n\(sum.lessons) lesson\(sum.lessons == 1 ? "" : "s"): \(sum.agree) agree, \(sum.disagree) disagree, \(sum.error) error\n"
        if reports.count == 1, let only = reports.first, only.id == "pair" {
            tail = "\n" + (only.verdict == .agree ? "The two programs agree." : only.verdict == .disagree ? "The two programs disagree." : "The check could not finish.") + "\n"
        }
        return out + details + tail
    }

    static func errorText(_ d: Double?) -> String {
        guard let d else { return "-" }
        if d.isNaN { return "nan" }
        if d.isInfinite { return "inf" }
        if d == 0 { return "0" }
        return String(format: "%.2e", d)
    }

    private static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= n ? flat : String(flat.prefix(n - 1)) + "…"
    }

    private static func indent(_ s: String) -> String {
        s.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
    }

    // MARK: JSON

    public static func json(_ reports: [LessonReport]) -> String {
        let sum = ReportSummary(reports)
        let lessons: [JSON] = reports.map { r in
            .object([
                ("id", .string(r.id)),
                ("title", .string(r.title)),
                ("verdict", .string(r.verdict.rawValue)),
                ("checks", .array(r.checks.map { c in
                    .object([
                        ("name", .string(c.name)),
                        ("tf1", c.tf1.map(jsonValue) ?? .null),
                        ("tf2", c.tf2.map(jsonValue) ?? .null),
                        ("max_abs_err", c.comparison?.maxAbsError.map(JSON.number) ?? .null),
                        ("max_rel_err", c.comparison?.maxRelError.map(JSON.number) ?? .null),
                        ("verdict", .string(c.verdict.rawValue)),
                        ("reason", c.reason.map(JSON.string) ?? .null),
                        ("location", c.location.map(JSON.string) ?? .null),
                    ])
                })),
                ("error", r.error.map(JSON.string) ?? .null),
                ("output_matches_real_tf", .object(Side.allCases.map { s in
                    (s.rawValue, r.side(s).matchesExpectedOutput.map(JSON.bool) ?? .null)
                })),
            ])
        }
        let root = JSON.object([
            ("lessons", .array(lessons)),
            ("summary", .object([("lessons", .int(sum.lessons)), ("agree", .int(sum.agree)),
                                 ("disagree", .int(sum.disagree)), ("error", .int(sum.error))])),
        ])
        return root.text + "\n"
    }

    static func jsonValue(_ v: CheckValue) -> JSON {
        switch v {
        case .array(let a):
            func scalar(_ d: Double) -> JSON {
                switch a.family {
                case .bool: return .bool(d != 0)
                case .int: return d.isFinite && Swift.abs(d) < 9.0e15 ? .int(Int(d)) : .number(d)
                case .float:
                    // A float32 as its shortest float32 digits (0.1, not 0.10000000149011612).
                    return .number(a.dtype == "float32" ? Double(Float(d).description) ?? d : d)
                }
            }
            func nested(_ dim: Int, _ offset: Int, _ stride: Int) -> JSON {
                if dim == a.shape.count { return scalar(a.values[offset]) }
                let inner = stride / max(a.shape[dim], 1)
                return .array((0..<a.shape[dim]).map { nested(dim + 1, offset + $0 * inner, inner) })
            }
            return nested(0, 0, a.values.count)
        case .string(let s): return .string(s)
        case .none: return .null
        case .list(let items): return .array(items.map(jsonValue))
        case .keyed(let d, let order): return .object(order.map { ($0, d[$0].map(jsonValue) ?? .null) })
        case .variables(let vs):
            return .array(vs.map { .object([("name", .string($0.name)), ("shape", .array($0.shape.map { $0.map(JSON.int) ?? .null }))]) })
        }
    }

    // MARK: JUnit

    public static func junit(_ reports: [LessonReport]) -> String {
        var tests = 0, failures = 0, errors = 0
        var suites = ""
        for r in reports {
            var cases = ""
            var t = 0, f = 0, e = 0
            if let err = r.error, r.checks.allSatisfy({ $0.verdict == .error }) || r.checks.isEmpty {
                t += 1; e += 1
                let report = [r.tf1, r.tf2].compactMap { $0.failure?.report }.joined(separator: "\n")
                cases += "    <testcase classname=\"\(xml(r.id))\" name=\"run\">\n      <error message=\"\(xml(err))\">\(xml(report))</error>\n    </testcase>\n"
            }
            for c in r.checks {
                t += 1
                cases += "    <testcase classname=\"\(xml(r.id))\" name=\"\(xml(c.name))\">"
                let body = "TF1: \(c.tf1?.summary ?? "-")\nTF2: \(c.tf2?.summary ?? "-")\n\(c.reason ?? "")"
                switch c.verdict {
                case .agree:
                    cases += "</testcase>\n"
                case .disagree:
                    f += 1
                    cases += "\n      <failure message=\"\(xml(c.reason ?? "the two sides disagree"))\">\(xml(body))</failure>\n    </testcase>\n"
                case .error:
                    e += 1
                    cases += "\n      <error message=\"\(xml(c.reason ?? "error"))\">\(xml(body))</error>\n    </testcase>\n"
                }
            }
            tests += t; failures += f; errors += e
            suites += "  <testsuite name=\"\(xml(r.id))\" tests=\"\(t)\" failures=\"\(f)\" errors=\"\(e)\">\n" + cases + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"tflearn check\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            + suites + "</testsuites>\n"
    }

    static func xml(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t", "\r": out.unicodeScalars.append(u)
            default:
                // XML 1.0 has no other control characters (ANSI escapes in a traceback).
                if u.value < 0x20 { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

/// A JSON value with its object keys in order (JSONSerialization would sort or shuffle them).
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.text == b.text }

    public var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .number(let d):
            // JSON has no NaN or infinity: they are written as strings.
            if d.isNaN { return "\"NaN\"" }
            if d.isInfinite { return d > 0 ? "\"Infinity\"" : "\"-Infinity\"" }
            return d == d.rounded() && Swift.abs(d) < 1e16 ? String(format: "%.1f", d) : "\(d)"
        case .string(let s): return JSON.quote(s)
        case .array(let items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
        case .object(let pairs): return "{" + pairs.map { JSON.quote($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
