import PythonSyntax

/// Compiles an AST into a tree of Swift closures, with every variable resolved to a slot
/// (locals and cells) or to a global slot, so nothing is looked up by name at run time
/// except attributes and class-body names.
final class Compiler {
    let interp: Interpreter
    let globals: Globals
    let filename: String
    let scopes: [ScopeBuilder.ScopeKey: Scope]
    var scope: Scope
    var code: CodeObject

    init(interp: Interpreter, globals: Globals, filename: String, scopes: [ScopeBuilder.ScopeKey: Scope], scope: Scope, code: CodeObject) {
        self.interp = interp
        self.globals = globals
        self.filename = filename
        self.scopes = scopes
        self.scope = scope
        self.code = code
    }

    static func compileModule(_ module: Module, globals: Globals, interpreter: Interpreter) throws -> CodeObject {
        let (root, scopes) = try withFilename(module.filename) { try ScopeBuilder.build(module: module) }
        let code = CodeObject(name: "<module>", qualname: "<module>", filename: module.filename, firstLine: 1)
        let c = Compiler(interp: interpreter, globals: globals, filename: module.filename, scopes: scopes, scope: root, code: code)
        c.layout(code, root)
        code.body = try c.block(module.body)
        return code
    }

    /// Compiles an expression as code whose `returnValue` is the expression's value.
    static func compileExpression(_ expr: Expr, globals: Globals, filename: String, interpreter: Interpreter) throws -> CodeObject {
        let (root, scopes) = try withFilename(filename) { try ScopeBuilder.build(expression: expr) }
        let code = CodeObject(name: "<module>", qualname: "<module>", filename: filename, firstLine: 1)
        let c = Compiler(interp: interpreter, globals: globals, filename: filename, scopes: scopes, scope: root, code: code)
        c.layout(code, root)
        let e = try c.expr(expr)
        code.body = { f in
            f.returnValue = try e(f)
            return .normal
        }
        return code
    }

    private static func withFilename<T>(_ filename: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch var e as SyntaxError {
            e.filename = filename
            throw e
        }
    }

    /// Copies a scope's slot layout into its code object.
    func layout(_ code: CodeObject, _ s: Scope) {
        code.slotCount = s.slotNames.count
        code.slotNames = s.slotNames
        for name in s.cells.sorted() {
            guard let i = s.slots[name] else { continue }
            if s.params.contains(name) { code.cellParams.append(i) } else { code.cellSlots.append(i) }
        }
        for f in s.frees {
            if let i = s.slots[f] {
                code.freeSlots.append(i)
                code.freeNames.append(f)
            }
        }
        if s.needsClassCell, let i = s.slots["__class__"] {
            code.classCellSlot = i
            code.cellSlots.append(i)
        }
        code.isGenerator = s.isGenerator
    }

    func syntaxError(_ message: String, _ range: SourceRange) -> SyntaxError {
        let lines = interp.sources[filename] ?? []
        let text = range.start.line >= 1 && range.start.line <= lines.count ? lines[range.start.line - 1] : ""
        return SyntaxError(message: message, filename: filename, line: range.start.line, column: range.start.column, lineText: text)
    }

    // MARK: Names

    func load(_ name: String) -> ExprFn {
        switch scope.access(name) {
        case .local(let i):
            return { f in
                guard let v = f.slots[i] else { throw PyError.unboundLocal(name) }
                return v
            }
        case .cell(let i):
            return { f in
                guard case .object(let o)? = f.slots[i], let cell = o as? PyCell, let v = cell.value else {
                    throw PyError.nameError("cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                }
                return v
            }
        case .global(let n):
            return loadGlobal(n)
        case .classBody(let n, let cell):
            let global = loadGlobal(n)
            return { f in
                if let v = f.namespace[n] { return v }
                if let i = cell, case .object(let o)? = f.slots[i], let c = o as? PyCell, let v = c.value { return v }
                return try global(f)
            }
        }
    }

    func loadGlobal(_ name: String) -> ExprFn {
        let g = globals, b = interp.builtins
        let gi = g.slot(name), bi = b.slot(name)
        return { _ in
            if let v = g.values[gi] { return v }
            if let v = b.values[bi] { return v }
            throw PyError.undefinedName(name)
        }
    }

    func store(_ name: String) -> (Frame, Value) throws -> Void {
        switch scope.access(name) {
        case .local(let i):
            return { f, v in f.slots[i] = v }
        case .cell(let i):
            return { f, v in
                if case .object(let o)? = f.slots[i], let cell = o as? PyCell { cell.value = v }
            }
        case .global(let n):
            let g = globals
            let gi = g.slot(n)
            return { _, v in g.values[gi] = v }
        case .classBody(let n, _):
            return { f, v in f.namespace[n] = v }
        }
    }

    func delete(_ name: String) -> (Frame) throws -> Void {
        switch scope.access(name) {
        case .local(let i):
            return { f in
                if f.slots[i] == nil { throw PyError.unboundLocal(name) }
                f.slots[i] = nil
            }
        case .cell(let i):
            return { f in
                if case .object(let o)? = f.slots[i], let cell = o as? PyCell { cell.value = nil }
            }
        case .global(let n):
            let g = globals
            let gi = g.slot(n)
            return { _ in
                if g.values[gi] == nil { throw PyError.undefinedName(n) }
                g.values[gi] = nil
            }
        case .classBody(let n, _):
            return { f in
                if f.namespace.removeValue(forKey: n) == nil { throw PyError.undefinedName(n) }
            }
        }
    }

    // MARK: Blocks

    func block(_ stmts: [Stmt]) throws -> StmtFn {
        let fns = try stmts.map { try stmt($0) }
        let lines = stmts.map { $0.range.start.line }
        switch fns.count {
        case 0:
            return { _ in .normal }
        case 1:
            let s0 = fns[0], l0 = lines[0]
            return { f in
                f.line = l0
                return try s0(f)
            }
        case 2:
            let s0 = fns[0], l0 = lines[0], s1 = fns[1], l1 = lines[1]
            return { f in
                f.line = l0
                let r = try s0(f)
                if case .normal = r {} else { return r }
                f.line = l1
                return try s1(f)
            }
        default:
            return { f in
                for i in 0..<fns.count {
                    f.line = lines[i]
                    let r = try fns[i](f)
                    if case .normal = r { continue }
                    return r
                }
                return .normal
            }
        }
    }
}
