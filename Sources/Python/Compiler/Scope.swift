import PythonSyntax

/// How a name is reached from compiled code.
enum NameAccess {
    /// A local variable in slot `n` of the frame.
    case local(Int)
    /// A variable shared with closures: slot `n` holds its `PyCell`.
    case cell(Int)
    /// A module global (or a builtin when the global is unbound).
    case global(String)
    /// A name in a class body: the class namespace, then globals and builtins
    /// (or, when `cell` is set, the enclosing function's cell).
    case classBody(String, cell: Int?)
}

/// The symbol table of one scope: module, function, lambda, class body or comprehension.
final class Scope {
    enum Kind { case module, function, classBody, comprehension }
    let kind: Kind
    let name: String
    weak var parent: Scope?
    var children: [Scope] = []

    var params: [String] = []
    var assigned: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var isGenerator = false
    /// The function uses zero-argument `super()` or `__class__`.
    var usesClassCell = false
    var qualname: String

    // Filled by `resolve()`.
    var slots: [String: Int] = [:]
    var slotNames: [String] = []
    var cells: Set<String> = []
    /// Names this scope receives from enclosing scopes, in closure order.
    var frees: [String] = []
    /// For class bodies: whether methods need the `__class__` cell.
    var needsClassCell = false

    init(kind: Kind, name: String, parent: Scope?, qualname: String) {
        self.kind = kind
        self.name = name
        self.parent = parent
        self.qualname = qualname
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    /// Names bound in this scope as locals.
    var locals: Set<String> {
        var l = assigned.union(params)
        l.subtract(declaredGlobal)
        l.subtract(declaredNonlocal)
        return l
    }

    /// Assigns slots and decides which names are cells, for this scope and its children.
    /// `frees` must already be computed (by `ScopeBuilder.finish`).
    func resolve() {
        if isFunctionLike {
            for p in params where slots[p] == nil { addSlot(p) }
            for n in locals.sorted() where slots[n] == nil { addSlot(n) }
        }
        for c in children {
            c.resolve()
            for f in c.frees {
                if kind == .classBody && f == "__class__" {
                    needsClassCell = true
                } else if isFunctionLike && locals.contains(f) {
                    cells.insert(f)
                }
                // Otherwise `f` is one of our own frees, passed through.
            }
        }
        for f in frees where slots[f] == nil { addSlot(f) }
        if needsClassCell && slots["__class__"] == nil { addSlot("__class__") }
    }

    /// Whether some enclosing scope is a class body (so `__class__` can be provided).
    var insideClass: Bool {
        var s = parent
        while let p = s {
            if p.kind == .classBody { return true }
            s = p.parent
        }
        return false
    }

    private func addSlot(_ n: String) {
        slots[n] = slotNames.count
        slotNames.append(n)
    }

    /// Whether `name` is bound as a local by some enclosing function scope (for free-variable lookup).
    func enclosingFunctionBinds(_ name: String) -> Bool {
        var s = parent
        while let p = s {
            if p.kind == .module { return false }
            if p.isFunctionLike && (p.locals.contains(name) || p.declaredNonlocal.contains(name)) { return true }
            if p.isFunctionLike && p.declaredGlobal.contains(name) { return false }
            s = p.parent
        }
        return false
    }

    /// How code in this scope reaches `name`.
    func access(_ name: String) -> NameAccess {
        switch kind {
        case .module:
            return .global(name)
        case .classBody:
            if declaredGlobal.contains(name) { return .global(name) }
            if !assigned.contains(name), let i = slots[name] { return .classBody(name, cell: i) }
            return .classBody(name, cell: nil)
        case .function, .comprehension:
            if declaredGlobal.contains(name) { return .global(name) }
            if let i = slots[name] {
                if cells.contains(name) || frees.contains(name) { return .cell(i) }
                return .local(i)
            }
            return .global(name)
        }
    }
}

/// Builds the scope tree of a module before code generation (CPython's symtable pass).
struct ScopeBuilder {
    private(set) var scopes: [ScopeKey: Scope] = [:]
    private var current: Scope

    struct ScopeKey: Hashable {
        let start: SourcePos
        let end: SourcePos
    }

    init(root: Scope) {
        current = root
    }

    static func build(module: Module) throws -> (Scope, [ScopeKey: Scope]) {
        let root = Scope(kind: .module, name: "<module>", parent: nil, qualname: "")
        var b = ScopeBuilder(root: root)
        for s in module.body { try b.visit(s) }
        try b.finish(root)
        root.resolve()
        return (root, b.scopes)
    }

    static func build(expression: Expr) throws -> (Scope, [ScopeKey: Scope]) {
        let root = Scope(kind: .module, name: "<module>", parent: nil, qualname: "")
        var b = ScopeBuilder(root: root)
        try b.visit(expression)
        try b.finish(root)
        root.resolve()
        return (root, b.scopes)
    }

    /// Decides free names, bottom-up: a name used but not bound in a function, and bound by an
    /// enclosing function, is free here; so is a name that a child needs from further out.
    private func finish(_ scope: Scope) throws {
        for c in scope.children { try finish(c) }
        guard scope.kind != .module else { return }
        var needed = Set<String>()
        for n in scope.declaredNonlocal {
            guard scope.enclosingFunctionBinds(n) else {
                throw SyntaxError(message: "no binding for nonlocal '\(n)' found", filename: "", line: 0, column: 0, lineText: "")
            }
            needed.insert(n)
        }
        let bound = scope.kind == .classBody ? Set<String>() : scope.locals
        for n in scope.used where !bound.contains(n) && !scope.declaredGlobal.contains(n) {
            if n == "__class__" {
                if scope.kind != .classBody && scope.insideClass { needed.insert(n) }
                continue
            }
            if scope.kind == .classBody && scope.assigned.contains(n) { continue }
            if scope.enclosingFunctionBinds(n) { needed.insert(n) }
        }
        for c in scope.children {
            for f in c.frees {
                if f == "__class__" {
                    if scope.kind != .classBody { needed.insert(f) }
                    continue
                }
                if !bound.contains(f) { needed.insert(f) }
            }
        }
        // The order only has to agree between the closure's creator and its user.
        scope.frees = needed.sorted()
    }

    private mutating func push(_ kind: Scope.Kind, _ name: String, _ range: SourceRange) -> Scope {
        let qual: String
        switch current.kind {
        case .module: qual = name
        case .classBody: qual = current.qualname + "." + name
        case .function, .comprehension: qual = current.qualname + ".<locals>." + name
        }
        let s = Scope(kind: kind, name: name, parent: current, qualname: qual)
        current.children.append(s)
        scopes[ScopeKey(start: range.start, end: range.end)] = s
        current = s
        return s
    }

    private mutating func pop() {
        if let p = current.parent { current = p }
    }

    private mutating func bind(_ name: String) { current.assigned.insert(name) }

    private mutating func bindTarget(_ e: Expr) throws {
        switch e.kind {
        case .name(let n): bind(n)
        case .tuple(let items), .list(let items): for i in items { try bindTarget(i) }
        case .starred(let inner): try bindTarget(inner)
        case .attribute(let v, _): try visit(v)
        case .subscript(let v, let i): try visit(v); try visit(i)
        default: try visit(e)
        }
    }

    private mutating func visitBody(_ body: [Stmt]) throws { for s in body { try visit(s) } }

    private mutating func visitParams(_ p: Parameters) throws {
        // Defaults and annotations are evaluated in the enclosing scope.
        for param in p.positionalOnly + p.positional + p.keywordOnly {
            if let d = param.defaultValue { try visit(d) }
        }
    }

    private func paramNames(_ p: Parameters) -> [String] {
        var names = (p.positionalOnly + p.positional).map { $0.name }
        if let v = p.varargs { names.append(v.name) }
        names += p.keywordOnly.map { $0.name }
        if let k = p.kwargs { names.append(k.name) }
        return names
    }

    mutating func visit(_ s: Stmt) throws {
        switch s.kind {
        case .expr(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try bindTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { current.used.insert(n) }
            try bindTarget(target)
        case .annAssign(let target, _, let value):
            if let v = value { try visit(v); try bindTarget(target) }
            else if case .name(let n) = target.kind { bind(n) }
        case .functionDef(let f):
            for d in f.decorators { try visit(d) }
            try visitParams(f.params)
            bind(f.name)
            let scope = push(.function, f.name, s.range)
            scope.params = paramNames(f.params)
            try visitBody(f.body)
            pop()
        case .classDef(let c):
            for d in c.decorators { try visit(d) }
            for b in c.bases { try visit(b.value) }
            bind(c.name)
            _ = push(.classBody, c.name, s.range)
            try visitBody(c.body)
            pop()
        case .return(let e): if let e { try visit(e) }
        case .delete(let targets): for t in targets { try bindTarget(t) }
        case .if(let test, let body, let orelse):
            try visit(test); try visitBody(body); try visitBody(orelse)
        case .for(let target, let iter, let body, let orelse):
            try visit(iter); try bindTarget(target); try visitBody(body); try visitBody(orelse)
        case .while(let test, let body, let orelse):
            try visit(test); try visitBody(body); try visitBody(orelse)
        case .with(let items, let body):
            for i in items {
                try visit(i.context)
                if let t = i.target { try bindTarget(t) }
            }
            try visitBody(body)
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .try(let body, let handlers, let orelse, let finalbody):
            try visitBody(body)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { bind(n) }
                try visitBody(h.body)
            }
            try visitBody(orelse)
            try visitBody(finalbody)
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .import(let aliases):
            for a in aliases {
                bind(a.asname ?? String(a.name.split(separator: ".").first ?? Substring(a.name)))
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { bind(a.asname ?? a.name) }
        case .global(let names):
            for n in names { current.declaredGlobal.insert(n) }
        case .nonlocal(let names):
            for n in names { current.declaredNonlocal.insert(n) }
        case .pass, .break, .continue: break
        }
    }

    mutating func visit(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            current.used.insert(n)
            if n == "super" { markClassCell() }
        case .constant: break
        case .fstring(let parts): try visitParts(parts)
        case .tuple(let items), .list(let items), .set(let items):
            for i in items { try visit(i) }
        case .dict(let items):
            for i in items {
                if let k = i.key { try visit(k) }
                try visit(i.value)
            }
        case .starred(let v): try visit(v)
        case .attribute(let v, _): try visit(v)
        case .subscript(let v, let i): try visit(v); try visit(i)
        case .slice(let lo, let hi, let st):
            if let lo { try visit(lo) }
            if let hi { try visit(hi) }
            if let st { try visit(st) }
        case .call(let f, let args):
            try visit(f)
            for a in args { try visit(a.value) }
        case .unary(_, let v): try visit(v)
        case .binary(let l, _, let r): try visit(l); try visit(r)
        case .boolOp(_, let vs): for v in vs { try visit(v) }
        case .compare(let l, let items):
            try visit(l)
            for i in items { try visit(i.right) }
        case .ifExp(let t, let b, let o): try visit(t); try visit(b); try visit(o)
        case .lambda(let params, let body):
            try visitParams(params)
            let scope = push(.function, "<lambda>", e.range)
            scope.params = paramNames(params)
            try visit(body)
            pop()
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            try visitComprehension(e, name: comprehensionName(e), gens: gens) { b in try b.visit(elt) }
        case .dictComp(let k, let v, let gens):
            try visitComprehension(e, name: "<dictcomp>", gens: gens) { b in try b.visit(k); try b.visit(v) }
        case .yield(let v):
            current.isGenerator = true
            if let v { try visit(v) }
        case .yieldFrom(let v):
            current.isGenerator = true
            try visit(v)
        case .namedExpr(let target, let value):
            try visit(value)
            // Inside a comprehension, the target binds in the nearest enclosing non-comprehension scope.
            var s: Scope? = current
            while let sc = s, sc.kind == .comprehension { s = sc.parent }
            if let owner = s, owner !== current {
                owner.assigned.insert(target)
                if owner.kind == .module { current.declaredGlobal.insert(target) }
                else { current.declaredNonlocal.insert(target) }
                current.used.insert(target)
            } else {
                bind(target)
            }
        }
    }

    private func comprehensionName(_ e: Expr) -> String {
        switch e.kind {
        case .listComp: return "<listcomp>"
        case .setComp: return "<setcomp>"
        default: return "<genexpr>"
        }
    }

    private mutating func visitComprehension(_ e: Expr, name: String, gens: [Comprehension],
                                             body: (inout ScopeBuilder) throws -> Void) throws {
        guard let first = gens.first else { return }
        try visit(first.iter)
        let scope = push(.comprehension, name, e.range)
        scope.params = [".0"]
        if name == "<genexpr>" { scope.isGenerator = true }
        for (i, g) in gens.enumerated() {
            if i > 0 { try visit(g.iter) }
            try bindTarget(g.target)
            for cond in g.ifs { try visit(cond) }
        }
        try body(&self)
        pop()
    }

    private mutating func visitParts(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .field(let v, _, let spec, _) = p {
                try visit(v)
                if let spec { try visitParts(spec) }
            }
        }
    }

    /// `super()` in a method needs the class cell, as CPython's implicit `__class__`.
    private mutating func markClassCell() {
        var s: Scope? = current
        while let sc = s {
            if sc.kind == .function {
                sc.usesClassCell = true
                sc.used.insert("__class__")
                // Also the first parameter must be reachable: it is a local already.
                return
            }
            s = sc.parent
        }
    }
}
