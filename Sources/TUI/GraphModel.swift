import LessonKit
import TFRuntime

/// A graph as the graph view shows it: nodes with their op type, outputs, inputs and (after a
/// run) the value of each output.
public struct GraphModel: Sendable, Equatable, Codable {
    public struct Node: Sendable, Equatable, Codable {
        public var name: String
        public var type: String
        /// The name scope (`gradients/Square_grad`), empty at the top level.
        public var scope: String
        /// Input tensor names (`x:0`), then control inputs as `^name`.
        public var inputs: [String]
        /// Each output's dtype and shape text.
        public var outputs: [Output]
        public init(name: String, type: String, scope: String = "", inputs: [String] = [], outputs: [Output] = []) {
            self.name = name
            self.type = type
            self.scope = scope
            self.inputs = inputs
            self.outputs = outputs
        }
    }
    public struct Output: Sendable, Equatable, Codable {
        public var dtype: String
        public var shape: String
        /// The tensor's last value from the run, as numpy prints it.
        public var value: String?
        public init(dtype: String, shape: String, value: String? = nil) {
            self.dtype = dtype
            self.shape = shape
            self.value = value
        }
    }

    public var nodes: [Node]
    public init(nodes: [Node]) { self.nodes = nodes }

    /// From a graph a run built, with the run's recorded values.
    public init(_ description: GraphDescription, values: [String: String] = [:]) {
        nodes = description.nodes.map { n in
            Node(name: n.name, type: n.type, scope: n.scope, inputs: n.inputs,
                 outputs: n.outputs.enumerated().map { i, o in
                     Output(dtype: o.dtype, shape: o.shape, value: values["\(n.name):\(i)"])
                 })
        }
    }

    /// The node that produces a tensor or is named by a control input (`x:0`, `^init`).
    public static func producer(of input: String) -> String {
        var s = Substring(input)
        if s.hasPrefix("^") { s = s.dropFirst() }
        if let colon = s.lastIndex(of: ":"), s[s.index(after: colon)...].allSatisfy(\.isNumber) {
            s = s[..<colon]
        }
        return String(s)
    }
}

/// A graph of one side, titled for the graph view's tabs.
public struct SideGraph: Sendable, Equatable, Codable {
    public var side: Side
    /// `default graph` or `tf.function square_and_grad`.
    public var title: String
    public var model: GraphModel
    public init(side: Side, title: String, model: GraphModel) {
        self.side = side
        self.title = title
        self.model = model
    }
}
