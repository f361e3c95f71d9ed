import Python
import TFRuntime
import TensorCore

/// `tf.print` as TF builds it: a template of the inputs (strings as they are, tensors as
/// placeholders, other values as `pprint.pformat` shows them), a StringFormat op summarising the
/// tensors into it and a PrintV2 op writing the result. Eagerly the two ops run at once; in a
/// graph or a traced function they are ops, so a function prints on every call.
extension Interpreter {
    func tfPrint(_ a: Args) throws -> Value {
        var streamName = "stderr", summarize = 3, sep = " ", end = "\n"
        var name: Value = .none
        for (k, v) in a.keywords {
            switch k {
            case "output_stream": streamName = try tfPrintStream(v)
            case "summarize": summarize = v.isNone ? 3 : try index(v)
            case "sep": sep = try str(v)
            case "end": end = try str(v)
            case "name": name = v
            default: throw PyError.typeError("print_v2() got an unexpected keyword argument '\(k)'")
            }
        }
        // Tensors are marked with a token while formatting; the placeholder is "{}" unless that
        // text occurs in the inputs (TF then appends digits until it does not).
        let token = "\u{1}\u{1}"
        var tensors: [Value] = []
        var parts: [String] = []
        for v in a.positional {
            if let s = v.asString { parts.append(s); continue }
            parts.append(try PrettyPrinter(interp: self, placeholder: token).format(v, tensors: &tensors))
        }
        var placeholder = "{}"
        var digit = 5
        while parts.contains(where: { $0.contains(placeholder) }) {
            placeholder += String(digit)
            digit = (digit * 7 + 3) % 10
        }
        parts = parts.map { $0.split(separator: token, omittingEmptySubsequences: false).joined(separator: placeholder) }
        let template = parts.joined(separator: sep)
        let attrs: Attrs = ["template": .string(template), "placeholder": .string(placeholder), "summarize": .int(summarize)]
        let formatted = try tfOp("StringFormat", inputs: tensors.map { ($0, "inputs") }, attrs: attrs, matchFirstDType: false)
        guard let text = formatted.first else { return .none }
        _ = try tfOp("PrintV2", name: name, inputs: [(wrap(text), "input")],
                     attrs: ["output_stream": .string(streamName), "end": .string(end)])
        if let g = text.graphTensor?.graph, let op = g.operations.last, op.type == "PrintV2" {
            return .object(PyTFOperation(op))
        }
        return .none
    }

    /// `output_stream`: sys.stdout or sys.stderr, or one of the names TF accepts.
    private func tfPrintStream(_ v: Value) throws -> String {
        if let s = v.asObject as? PyStream {
            if s.name == "<stdout>" { return "stdout" }
            if s.name == "<stderr>" { return "stderr" }
        }
        if let s = v.asString, ["stdout", "stderr", "log(info)", "log(warning)", "log(error)"].contains(s) { return s }
        throw PyError.valueError("Unsupported output stream, logging level, or file.\(try repr(v)). Supported streams are sys.stdout, sys.stderr, tf.logging.info, tf.logging.warning, tf.logging.error. File needs to be in the form of 'file://<filepath>'.")
    }
}

/// Python's `pprint.pformat(value)` (width 80, dictionaries sorted), with every tensor written as
/// the placeholder and appended to `tensors` in order.
private struct PrettyPrinter {
    let interp: Interpreter
    let placeholder: String
    let width = 80

    func format(_ v: Value, tensors: inout [Value]) throws -> String {
        try format(v, indent: 0, allowance: 0, tensors: &tensors)
    }

    private func sortedItems(_ d: PyDict) -> [(key: Value, value: Value)] {
        let items = d.table.entries
        if items.allSatisfy({ $0.key.asString != nil }) {
            return items.sorted { ($0.key.asString ?? "") < ($1.key.asString ?? "") }
        }
        if items.allSatisfy({ if case .int = $0.key { return true }; if case .float = $0.key { return true }; return false }) {
            return items.sorted { ((try? interp.toDouble($0.key)) ?? 0) < ((try? interp.toDouble($1.key)) ?? 0) }
        }
        return items
    }

    /// The one-line form (`pprint`'s `_repr`), with the tensors it shows.
    private func oneLine(_ v: Value, _ tensors: inout [Value]) throws -> String {
        if v.asObject is PyTFTensor || v.asObject is PyTFVariable {
            tensors.append(v)
            return placeholder
        }
        switch v.asObject {
        case let l as PyList: return "[" + (try l.items.map { try oneLine($0, &tensors) }).joined(separator: ", ") + "]"
        case let t as PyTuple:
            let inner = (try t.items.map { try oneLine($0, &tensors) }).joined(separator: ", ")
            return "(" + inner + (t.items.count == 1 ? ",)" : ")")
        case let d as PyDict:
            return "{" + (try sortedItems(d).map { try interp.repr($0.key) + ": " + oneLine($0.value, &tensors) }).joined(separator: ", ") + "}"
        default:
            return try interp.repr(v)
        }
    }

    /// `pprint`'s `_format`: the one-line form when it fits in what is left of the width, else a
    /// list, tuple or dict with one item per line.
    private func format(_ v: Value, indent: Int, allowance: Int, tensors: inout [Value]) throws -> String {
        var shown: [Value] = []
        let rep = try oneLine(v, &shown)
        if rep.count > width - indent - allowance {
            switch v.asObject {
            case let l as PyList where !l.items.isEmpty:
                return "[" + (try items(l.items, indent: indent, allowance: allowance + 1, tensors: &tensors)) + "]"
            case let t as PyTuple where !t.items.isEmpty:
                let endText = t.items.count == 1 ? ",)" : ")"
                return "(" + (try items(t.items, indent: indent, allowance: allowance + endText.count, tensors: &tensors)) + endText
            case let d as PyDict where d.count > 0:
                let entries = sortedItems(d)
                let inner = indent + 1
                var out = "{"
                for (k, e) in entries.enumerated() {
                    let last = k == entries.count - 1
                    let key = try interp.repr(e.key)
                    out += key + ": "
                    out += try format(e.value, indent: inner + key.count + 2, allowance: last ? allowance + 1 : 1, tensors: &tensors)
                    if !last { out += ",\n" + String(repeating: " ", count: inner) }
                }
                return out + "}"
            default:
                break
            }
        }
        tensors += shown
        return rep
    }

    private func items(_ xs: [Value], indent: Int, allowance: Int, tensors: inout [Value]) throws -> String {
        let inner = indent + 1
        var out = ""
        for (k, x) in xs.enumerated() {
            if k > 0 { out += ",\n" + String(repeating: " ", count: inner) }
            out += try format(x, indent: inner, allowance: k == xs.count - 1 ? allowance : 1, tensors: &tensors)
        }
        return out
    }
}
