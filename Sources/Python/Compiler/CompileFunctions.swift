import PythonSyntax

extension Compiler {
    private func childScope(_ range: SourceRange) throws -> Scope {
        guard let s = scopes[ScopeBuilder.ScopeKey(start: range.start, end: range.end)] else {
            throw syntaxError("internal error: no scope for this definition", range)
        }
        return s
    }

    /// Compiles a nested scope's body with a fresh code object.
    private func nested<T>(_ s: Scope, name: String, line: Int, _ body: (Compiler, CodeObject) throws -> T) throws -> (CodeObject, T) {
        let code = CodeObject(name: name, qualname: s.qualname, filename: filename, firstLine: line)
        let c = Compiler(interp: interp, globals: globals, filename: filename, scopes: scopes, scope: s, code: code)
        c.layout(code, s)
        let r = try body(c, code)
        return (code, r)
    }

    /// Reads the cells a child scope closes over from the current frame.
    private func closureReader(_ child: Scope) throws -> (Frame) throws -> [PyCell] {
        let indices: [Int] = try child.frees.map { name in
            guard let i = scope.slots[name] else {
                throw syntaxError("internal error: free variable '\(name)' has no cell", .unknown)
            }
            return i
        }
        if indices.isEmpty { return { _ in [] } }
        return { f in
            indices.map { i in
                if case .object(let o)? = f.slots[i], let c = o as? PyCell { return c }
                return PyCell()
            }
        }
    }

    private func setParameters(_ code: CodeObject, _ params: Parameters, _ s: Scope) {
        code.positionalNames = (params.positionalOnly + params.positional).map { $0.name }
        code.positionalOnlyCount = params.positionalOnly.count
        var next = code.positionalNames.count
        if let v = params.varargs {
            code.varargsSlot = s.slots[v.name] ?? next
            next += 1
        }
        code.keywordOnlyNames = params.keywordOnly.map { $0.name }
        code.keywordOnlyStart = next
        next += params.keywordOnly.count
        if let k = params.kwargs { code.kwargsSlot = s.slots[k.name] ?? next }
        code.simpleParameters = params.varargs == nil && params.kwargs == nil && params.keywordOnly.isEmpty && params.positionalOnly.isEmpty
    }

    private func defaultsBuilder(_ params: Parameters) throws -> (Frame) throws -> ([Value], [String: Value]) {
        let pos = try (params.positionalOnly + params.positional).compactMap { p in try p.defaultValue.map { try expr($0) } }
        let kw = try params.keywordOnly.compactMap { p in try p.defaultValue.map { (p.name, try expr($0)) } }
        if pos.isEmpty && kw.isEmpty { return { _ in ([], [:]) } }
        return { f in
            var d: [Value] = []
            for fn in pos { d.append(try fn(f)) }
            var k: [String: Value] = [:]
            for (n, fn) in kw { k[n] = try fn(f) }
            return (d, k)
        }
    }

    func functionDef(_ def: FunctionDef, _ range: SourceRange) throws -> ExprFn {
        let interp = self.interp
        let s = try childScope(range)
        let decorators = try def.decorators.map { try expr($0) }
        let defaults = try defaultsBuilder(def.params)
        let (code, _) = try nested(s, name: def.name, line: range.start.line) { c, code in
            setParameters(code, def.params, s)
            code.body = try c.block(def.body)
        }
        let docstring = docString(def.body)
        let closure = try closureReader(s)
        let g = globals
        return { f in
            let decs = try decorators.map { try $0(f) }
            let (d, kd) = try defaults(f)
            let fn = PyFunction(code: code, globals: g, defaults: d, kwDefaults: kd, closure: try closure(f))
            if let docstring { fn.doc = .str(docstring) }
            var v: Value = .object(fn)
            for dec in decs.reversed() {
                v = try interp.call(dec, Args([v]))
            }
            return v
        }
    }

    private func docString(_ body: [Stmt]) -> String? {
        if let first = body.first, case .expr(let e) = first.kind, case .constant(.string(let s)) = e.kind { return s }
        return nil
    }

    func lambda(_ params: Parameters, _ body: Expr, _ range: SourceRange) throws -> ExprFn {
        let s = try childScope(range)
        let defaults = try defaultsBuilder(params)
        let (code, _) = try nested(s, name: "<lambda>", line: range.start.line) { c, code in
            setParameters(code, params, s)
            let e = try c.expr(body)
            let line = range.start.line
            code.body = { f in
                f.line = line
                f.returnValue = try e(f)
                return .returned
            }
        }
        let closure = try closureReader(s)
        let g = globals
        return { f in
            let (d, kd) = try defaults(f)
            return .object(PyFunction(code: code, globals: g, defaults: d, kwDefaults: kd, closure: try closure(f)))
        }
    }

    func classDef(_ def: ClassDef, _ range: SourceRange) throws -> ExprFn {
        let interp = self.interp
        let s = try childScope(range)
        let decorators = try def.decorators.map { try expr($0) }
        let bases = try def.bases.filter { $0.kind == .positional || $0.kind == .star }.map { ($0.kind == .star, try expr($0.value)) }
        let keywords = try def.bases.filter { $0.kind == .keyword }.map { ($0.name ?? "", try expr($0.value)) }
        let (code, _) = try nested(s, name: def.name, line: range.start.line) { c, code in
            code.body = try c.block(def.body)
        }
        let closure = try closureReader(s)
        let g = globals
        let name = def.name
        let qualname = s.qualname
        let docstring = docString(def.body)
        return { f in
            let decs = try decorators.map { try $0(f) }
            var baseValues: [Value] = []
            for (star, fn) in bases {
                if star { baseValues += try interp.collect(try fn(f)) } else { baseValues.append(try fn(f)) }
            }
            var kw: [(String, Value)] = []
            for (n, fn) in keywords { kw.append((n, try fn(f))) }
            let frame = Frame(code: code, globals: g)
            for (i, cell) in try closure(f).enumerated() where i < code.freeSlots.count {
                frame.slots[code.freeSlots[i]] = .object(cell)
            }
            var classCell: PyCell?
            if let i = code.classCellSlot {
                let cell = PyCell()
                frame.slots[i] = .object(cell)
                classCell = cell
            }
            let moduleName = g.get("__name__")?.asString ?? "__main__"
            frame.namespace["__module__"] = .str(moduleName)
            frame.namespace["__qualname__"] = .str(qualname)
            if let docstring { frame.namespace["__doc__"] = .str(docstring) }
            do {
                _ = try code.body(frame)
            } catch let e as PyError {
                e.exception.traceback.insert(TracebackEntry(filename: code.filename, line: frame.line, function: name), at: 0)
                throw e
            }
            let cls = try interp.makeClass(name: name, qualname: qualname, module: moduleName,
                                           bases: baseValues, namespace: frame.namespace, keywords: kw)
            classCell?.value = cls
            var v = cls
            for dec in decs.reversed() {
                v = try interp.call(dec, Args([v]))
            }
            return v
        }
    }

    // MARK: Comprehensions

    func comprehension(_ e: Expr) throws -> ExprFn {
        let interp = self.interp
        let s = try childScope(e.range)
        let gens: [Comprehension]
        switch e.kind {
        case .listComp(_, let g), .setComp(_, let g), .generatorExp(_, let g), .dictComp(_, _, let g): gens = g
        default: throw syntaxError("internal error: not a comprehension", e.range)
        }
        guard let first = gens.first else { throw syntaxError("comprehension without 'for'", e.range) }
        let firstIter = try expr(first.iter)
        let closure = try closureReader(s)
        let (code, levels) = try nested(s, name: s.name, line: e.range.start.line) { c, code -> ComprehensionPlan in
            var levels: [ComprehensionLevel] = []
            for (i, g) in gens.enumerated() {
                levels.append(ComprehensionLevel(
                    iter: i == 0 ? nil : try c.expr(g.iter),
                    store: try c.storeTarget(g.target),
                    conditions: try g.ifs.map { try c.condition($0) }))
            }
            switch e.kind {
            case .dictComp(let k, let v, _):
                return ComprehensionPlan(levels: levels, element: try c.expr(k), value: try c.expr(v))
            case .listComp(let elt, _), .setComp(let elt, _), .generatorExp(let elt, _):
                return ComprehensionPlan(levels: levels, element: try c.expr(elt), value: nil)
            default:
                return ComprehensionPlan(levels: levels, element: { _ in .none }, value: nil)
            }
        }
        let g = globals
        let line = e.range.start.line
        func makeFrame(_ f: Frame) throws -> Frame {
            let frame = Frame(code: code, globals: g)
            frame.line = line
            for (i, cell) in try closure(f).enumerated() where i < code.freeSlots.count {
                frame.slots[code.freeSlots[i]] = .object(cell)
            }
            for i in code.cellSlots { frame.slots[i] = .object(PyCell()) }
            return frame
        }
        switch e.kind {
        case .generatorExp:
            return { f in
                let source = try interp.iterate(try firstIter(f))
                return .object(ComprehensionIterator(interp: interp, frame: try makeFrame(f), plan: levels, source: source))
            }
        case .listComp:
            return { f in
                let it = ComprehensionIterator(interp: interp, frame: try makeFrame(f), plan: levels,
                                               source: try interp.iterate(try firstIter(f)))
                var out: [Value] = []
                while let v = try it.next(interp) { out.append(v) }
                return .object(PyList(out))
            }
        case .setComp:
            return { f in
                let it = ComprehensionIterator(interp: interp, frame: try makeFrame(f), plan: levels,
                                               source: try interp.iterate(try firstIter(f)))
                let s = PySet()
                while let v = try it.next(interp) { try interp.setAdd(s, v) }
                return .object(s)
            }
        default:
            return { f in
                let it = ComprehensionIterator(interp: interp, frame: try makeFrame(f), plan: levels,
                                               source: try interp.iterate(try firstIter(f)))
                let d = PyDict()
                while let k = try it.next(interp) {
                    try interp.dictSet(d, k, it.lastValue)
                }
                return .object(d)
            }
        }
    }
}

struct ComprehensionLevel {
    let iter: ExprFn?
    let store: (Frame, Value) throws -> Void
    let conditions: [(Frame) throws -> Bool]
}

struct ComprehensionPlan {
    let levels: [ComprehensionLevel]
    let element: ExprFn
    /// The value expression of a dict comprehension.
    let value: ExprFn?
}

/// Runs a comprehension lazily: one iterator per `for` clause, innermost last.
/// Generator expressions are these objects; list, set and dict comprehensions drain one.
final class ComprehensionIterator: PyIterObject {
    let frame: Frame
    let plan: ComprehensionPlan
    var stack: [PyIterObject]
    var lastValue: Value = .none
    private var done = false

    init(interp: Interpreter, frame: Frame, plan: ComprehensionPlan, source: PyIterObject) {
        self.frame = frame
        self.plan = plan
        self.stack = [source]
    }

    override var pyType: PyType { PyType.generator }

    override func next(_ interp: Interpreter) throws -> Value? {
        if done { return nil }
        while let top = stack.last {
            guard let x = try top.next(interp) else {
                stack.removeLast()
                continue
            }
            let level = plan.levels[stack.count - 1]
            try level.store(frame, x)
            var ok = true
            for c in level.conditions where try !c(frame) {
                ok = false
                break
            }
            if !ok { continue }
            if stack.count == plan.levels.count {
                let v = try plan.element(frame)
                if let vf = plan.value { lastValue = try vf(frame) }
                return v
            }
            if let iterFn = plan.levels[stack.count].iter {
                stack.append(try interp.iterate(try iterFn(frame)))
            }
        }
        done = true
        return nil
    }
}
