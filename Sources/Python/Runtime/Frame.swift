import PythonSyntax

/// How a statement finished.
enum Flow {
    case normal, breakLoop, continueLoop, returned
}

typealias ExprFn = (Frame) throws -> Value
typealias StmtFn = (Frame) throws -> Flow

/// Compiled code of a module, function, class body or comprehension.
public final class CodeObject {
    let name: String
    let qualname: String
    let filename: String
    let firstLine: Int
    var slotCount = 0
    var slotNames: [String] = []
    /// Slots holding cells created when the frame starts; `cellParams` are parameters to wrap.
    var cellSlots: [Int] = []
    var cellParams: [Int] = []
    /// Slots receiving the closure's cells, in the closure's order.
    var freeSlots: [Int] = []
    var freeNames: [String] = []
    // Parameters: slots 0..<positional.count, then varargs, keyword-only, kwargs.
    var positionalNames: [String] = []
    var positionalOnlyCount = 0
    var varargsSlot: Int?
    var keywordOnlyNames: [String] = []
    var keywordOnlyStart = 0
    var kwargsSlot: Int?
    var isGenerator = false
    /// True when every parameter is a plain positional one (the fast call path).
    var simpleParameters = true
    var classCellSlot: Int?
    var body: StmtFn = { _ in .normal }
    /// The emptied slot array of the last call that finished, for the next call's frame.
    private var spareSlots: [Value?] = []

    /// A frame's slots, all unbound: the last finished call's array when there is one.
    func takeSlots() -> [Value?] {
        var s = spareSlots
        spareSlots = []
        if s.capacity < slotCount { return [Value?](repeating: nil, count: slotCount) }
        for _ in 0..<slotCount { s.append(nil) }
        return s
    }

    /// Keeps a finished call's slot array (emptied) for the next call.
    func giveBack(_ slots: inout [Value?]) {
        slots.removeAll(keepingCapacity: true)
        swap(&slots, &spareSlots)
    }

    init(name: String, qualname: String, filename: String, firstLine: Int) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
    }
}

/// The state of one running piece of code: its local slots and where it is.
public final class Frame {
    var slots: [Value?]
    let globals: Globals
    let code: CodeObject
    var line = 0
    var returnValue: Value = .none
    /// The namespace of a class body being executed.
    var namespace: AttrDict = [:]
    /// The generator this frame runs in, if any.
    var generator: GeneratorRunner?

    init(code: CodeObject, globals: Globals) {
        self.code = code
        self.globals = globals
        self.slots = code.takeSlots()
    }
}

/// A function defined in Python.
public final class PyFunction: PyObject {
    let code: CodeObject
    let globals: Globals
    var defaults: [Value]
    var kwDefaults: [String: Value]
    let closure: [PyCell]
    public var name: String
    public var qualname: String
    var dict: AttrDict = [:]
    var doc: Value = .none

    init(code: CodeObject, globals: Globals, defaults: [Value], kwDefaults: [String: Value], closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.name = code.name
        self.qualname = code.qualname
    }

    public override var pyType: PyType { PyType.function }
    /// The names of the positional parameters, in order.
    public var parameterNames: [String] { code.positionalNames }
    public override var attributes: AttrDict? {
        get { dict }
        set { dict = newValue ?? [:] }
    }
    public override var hasAttributes: Bool { true }
    public var moduleName: String { globals.moduleName }
}

extension PyFunction {
    /// The parameters as `inspect.signature` lists them: positional names with the defaults of
    /// the last ones, `*args`, keyword-only names with their defaults, `**kwargs`.
    public var parameterList: (positional: [String], defaults: [Value], varargs: String?,
                               keywordOnly: [String], keywordDefaults: [String: Value], kwargs: String?) {
        let names = code.slotNames
        func slotName(_ s: Int?) -> String? { s.flatMap { names.indices.contains($0) ? names[$0] : nil } }
        return (code.positionalNames, defaults, slotName(code.varargsSlot), code.keywordOnlyNames, kwDefaults,
                slotName(code.kwargsSlot))
    }
}
