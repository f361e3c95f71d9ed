import LessonKit

/// The check table: each check's TF1 and TF2 values, the largest error, and the verdict.
enum CheckTable {
    static func verdictText(_ v: Verdict) -> String {
        switch v {
        case .agree: return "✓ agree"
        case .disagree: return "✗ DISAGREE"
        case .error: return "! error"
        }
    }

    static func verdictStyle(_ v: Verdict) -> CellStyle {
        switch v {
        case .agree: return CellStyle(.agree, bold: true)
        case .disagree: return CellStyle(.disagree, bold: true, reverse: true)
        case .error: return CellStyle(.error, bold: true)
        }
    }

    static func lines(lesson: Lesson, result given: RunResult?, running: Bool, width: Int) -> [StyledLine] {
        // A run that stopped without a report fills in nothing: the table stays unrun, under why.
        let stop = given?.stopped
        let result = stop == nil ? given : nil
        let rows: [CheckRow] = result?.checks ?? lesson.checks.map {
            CheckRow(name: $0.name, tf1: "–", tf2: "–", error: "–", verdict: .agree)
        }
        var out: [StyledLine] = []
        if let r = result, r.exercise {
            out.append(StyledLine(" Your TF2 side (the exercise) against the lesson's TF1 side:", CellStyle(.accent, bold: true)))
        }
        if let r = result, let (side, f) = r.tf1.failure.map({ ("TF1", $0) }) ?? r.tf2.failure.map({ (r.exercise ? "Your TF2" : "TF2", $0) }) {
            let place = f.line > 0 ? "\(f.file), line \(f.line)" : f.file
            var line = StyledLine(" ✗ \(side) raised \(f.message) (\(place))", CellStyle(.error, bold: true))
            line.append(": o shows its output and traceback", CellStyle(.dim))
            out += line.wrapped(width - 1, indent: 3)
        } else if let e = result?.error {
            out += StyledLine(" " + e, CellStyle(.error, bold: true)).wrapped(width - 1, indent: 1)
        }
        guard !rows.isEmpty else {
            out.append(StyledLine(" This lesson has no checks.", CellStyle(.dim)))
            return out
        }
        // Columns: check | TF1 | TF2 | max error | verdict.
        let verdictWidth = 11
        let errorWidth = 9
        let rest = max(12, width - verdictWidth - errorWidth - 6)
        let nameWidth = max(8, min(rows.map(\.name.count).max() ?? 8, rest * 2 / 5))
        let valueWidth = max(4, (rest - nameWidth) / 2)
        func row(_ cells: [(String, Int, CellStyle)]) -> StyledLine {
            var line = StyledLine(" ")
            for (i, (text, w, style)) in cells.enumerated() {
                let t = Canvas.truncate(text, to: w)
                line.append(t + String(repeating: " ", count: max(0, w - t.count)), style)
                if i < cells.count - 1 { line.append(" ", .plain) }
            }
            return line
        }
        let head = CellStyle(.title, bold: true, underline: true)
        out.append(row([("check", nameWidth, head), ("TF1", valueWidth, head), ("TF2", valueWidth, head),
                        ("max error", errorWidth, head), ("verdict", verdictWidth, head)]))
        let hasResult = result != nil
        for c in rows {
            let verdict = hasResult ? verdictText(c.verdict) : (running ? "running…" : "not run")
            let vStyle = hasResult ? verdictStyle(c.verdict) : CellStyle(.dim)
            let valueStyle = hasResult && c.verdict != .agree ? CellStyle(.disagree) : CellStyle()
            out.append(row([(c.name, nameWidth, .plain), (c.tf1, valueWidth, valueStyle), (c.tf2, valueWidth, valueStyle),
                            (c.error, errorWidth, CellStyle(.dim)), (verdict, verdictWidth, vStyle)]))
        }
        // Why each failing check failed.
        let failing = rows.filter { hasResult && $0.verdict != .agree && $0.reason != nil }
        if !failing.isEmpty { out.append(StyledLine()) }
        for c in failing {
            var line = StyledLine(" \(c.verdict == .error ? "!" : "✗") \(c.name): ", verdictStyle(c.verdict).with(reverse: false))
            line.append(c.reason ?? "", .plain)
            out += line.wrapped(width - 1, indent: 3)
        }
        // What is compared, so the table can be read against the programs.
        out.append(StyledLine())
        out.append(StyledLine(" What each check evaluates, in the final globals of each side:", CellStyle(.dim)))
        for spec in lesson.checks {
            var line = StyledLine(" • \(spec.name): ", CellStyle(.dim))
            if spec.tf1 == spec.tf2 {
                line.append(spec.tf1, CellStyle(.accent))
            } else {
                line.append("TF1 ", CellStyle(.dim)); line.append(spec.tf1, CellStyle(.accent))
                line.append(", TF2 ", CellStyle(.dim)); line.append(spec.tf2, CellStyle(.accent))
            }
            if spec.kind == .variables { line.append(" (names and shapes)", CellStyle(.dim)) }
            if let e = spec.expect { line.append(", both must equal \(e)", CellStyle(.dim)) }
            out += line.wrapped(width - 1, indent: 3)
        }
        if !hasResult {
            out.insert(StyledLine(running ? " Running…" : " Press r to run both sides and fill in the table.", CellStyle(.dim)), at: 0)
        }
        if let stop, !running {
            out.insert(contentsOf: StyledLine(" ✗ " + stop.reason, CellStyle(.error, bold: true)).wrapped(width - 1, indent: 3), at: 0)
        }
        return out
    }
}
