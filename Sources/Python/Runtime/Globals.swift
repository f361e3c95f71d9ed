/// A module's global namespace, stored as slots so compiled code reads globals by index.
/// Names are resolved to slot numbers once, when code is compiled.
public final class Globals {
    public let moduleName: String
    private(set) var index: [String: Int] = [:]
    private(set) var names: [String] = []
    var values: [Value?] = []

    public init(moduleName: String) {
        self.moduleName = moduleName
    }

    /// Unbinds every name (the slots stay, for code compiled against them).
    public func unbindAll() {
        for i in values.indices { values[i] = nil }
    }

    /// The slot for `name`, created (unbound) if needed.
    func slot(_ name: String) -> Int {
        if let i = index[name] { return i }
        let i = names.count
        index[name] = i
        names.append(name)
        values.append(nil)
        return i
    }

    public func get(_ name: String) -> Value? {
        guard let i = index[name] else { return nil }
        return values[i]
    }

    public func set(_ name: String, _ value: Value?) {
        values[slot(name)] = value
    }

    /// Bound names and values, in the order the names were first seen.
    public var items: [(name: String, value: Value)] {
        var out: [(name: String, value: Value)] = []
        for (i, n) in names.enumerated() { if let v = values[i] { out.append((n, v)) } }
        return out
    }

    public func contains(_ name: String) -> Bool { get(name) != nil }
}
