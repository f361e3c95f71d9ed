import TensorCore

/// A read-only description of a graph for display: nodes with their type, scope, inputs and
/// output signatures. Used by `tflearn graph` and the TUI's graph view.
public struct GraphDescription: Sendable {
    public struct Node: Sendable {
        public var name: String
        public var type: String
        /// The name scope (`loss` for `loss/mse`), empty at the top level.
        public var scope: String
        /// Input tensor names (`x:0`), then control inputs as `^name`.
        public var inputs: [String]
        /// Each output's dtype name and shape text (`float32`, `(None, 1)`).
        public var outputs: [(dtype: String, shape: String)]
    }
    public var nodes: [Node]

    public init(_ graph: Graph) {
        nodes = graph.operations.map { op in
            Node(name: op.name, type: op.type, scope: op.scope,
                 inputs: op.inputs.map { $0.name } + op.controlInputs.map { "^" + $0.name },
                 outputs: op.outputs.map { ($0.dtypeName, $0.shape.description) })
        }
    }

    /// One line per node: name, type, output signature, inputs.
    public var text: String {
        guard !nodes.isEmpty else { return "(empty graph)\n" }
        let nameWidth = min(40, nodes.map { $0.name.count }.max() ?? 0)
        let typeWidth = min(28, nodes.map { $0.type.count }.max() ?? 0)
        var out = ""
        for n in nodes {
            let sig = n.outputs.map { "\($0.dtype) \($0.shape)" }.joined(separator: ", ")
            var line = n.name.padding(toLength: max(nameWidth, n.name.count), withPad: " ", startingAt: 0) + "  "
            line += n.type.padding(toLength: max(typeWidth, n.type.count), withPad: " ", startingAt: 0)
            line += "  " + (sig.isEmpty ? "-" : sig)
            if !n.inputs.isEmpty { line += "  <- " + n.inputs.joined(separator: ", ") }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    /// Graphviz DOT, with name scopes as clusters.
    public var dot: String {
        func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var out = "digraph G {\n  rankdir=BT;\n  node [shape=box, fontname=\"monospace\"];\n"
        var byScope: [String: [Node]] = [:]
        for n in nodes { byScope[n.scope, default: []].append(n) }
        for (i, scope) in byScope.keys.sorted().enumerated() {
            let members = byScope[scope] ?? []
            if scope.isEmpty {
                for n in members { out += "  \(quote(n.name)) [label=\(quote("\(n.name)\\n\(n.type)"))];\n" }
            } else {
                out += "  subgraph cluster_\(i) {\n    label=\(quote(scope));\n"
                for n in members { out += "    \(quote(n.name)) [label=\(quote("\(n.name)\\n\(n.type)"))];\n" }
                out += "  }\n"
            }
        }
        for n in nodes {
            for input in n.inputs {
                let control = input.hasPrefix("^")
                var src = control ? String(input.dropFirst()) : input
                if let colon = src.lastIndex(of: ":") { src = String(src[..<colon]) }
                out += "  \(quote(src)) -> \(quote(n.name))\(control ? " [style=dashed]" : "");\n"
            }
        }
        return out + "}\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
