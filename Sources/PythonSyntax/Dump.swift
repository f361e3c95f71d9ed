/// A compact text form of the AST, in the spirit of CPython's `ast.dump`, for tests and debugging.

public func dump(_ m: Module, ranges: Bool = false) -> String { Dumper(ranges: ranges).dump(m) }
public func dump(_ s: Stmt, ranges: Bool = false) -> String { Dumper(ranges: ranges).dump(s) }
public func dump(_ e: Expr, ranges: Bool = false) -> String { Dumper(ranges: ranges).dump(e) }
public func dump(_ stmts: [Stmt], ranges: Bool = false) -> String { Dumper(ranges: ranges).dump(stmts) }

struct Dumper {
    let ranges: Bool
    func r(_ x: SourceRange) -> String { ranges ? "@\(x.start.line):\(x.start.column)-\(x.end.line):\(x.end.column)" : "" }
    func dump(_ m: Module) -> String {
        "Module([" + m.body.map(dump).joined(separator: ", ") + "])"
    }

    func dump(_ stmts: [Stmt]) -> String {
        "[" + stmts.map(dump).joined(separator: ", ") + "]"
    }

    func dump(_ s: Stmt) -> String { dumpStmt(s) + r(s.range) }
    func dumpStmt(_ s: Stmt) -> String {
        switch s.kind {
        case .expr(let e): return "Expr(\(dump(e)))"
        case .assign(let targets, let value): return "Assign(\(dumpList(targets)), \(dump(value)))"
        case .augAssign(let t, let op, let v): return "AugAssign(\(dump(t)), \(opName(op)), \(dump(v)))"
        case .annAssign(let t, let a, let v): return "AnnAssign(\(dump(t)), \(dump(a)), \(dumpOpt(v)))"
        case .functionDef(let f):
            var out = "FunctionDef(\(f.name), \(dump(f.params)), \(dump(f.body))"
            if !f.decorators.isEmpty { out += ", decorators=\(dumpList(f.decorators))" }
            if let r = f.returns { out += ", returns=\(dump(r))" }
            return out + ")"
        case .classDef(let c):
            var out = "ClassDef(\(c.name), [" + c.bases.map(dump).joined(separator: ", ") + "], \(dump(c.body))"
            if !c.decorators.isEmpty { out += ", decorators=\(dumpList(c.decorators))" }
            return out + ")"
        case .return(let v): return "Return(\(dumpOpt(v)))"
        case .delete(let ts): return "Delete(\(dumpList(ts)))"
        case .if(let t, let b, let o): return "If(\(dump(t)), \(dump(b)), \(dump(o)))"
        case .for(let t, let i, let b, let o): return "For(\(dump(t)), \(dump(i)), \(dump(b)), \(dump(o)))"
        case .while(let t, let b, let o): return "While(\(dump(t)), \(dump(b)), \(dump(o)))"
        case .with(let items, let body):
            let its = items.map { "withitem(\(dump($0.context))\($0.target.map { ", " + dump($0) } ?? ""))" }
            return "With([\(its.joined(separator: ", "))], \(dump(body)))"
        case .raise(let e, let c): return "Raise(\(dumpOpt(e)), \(dumpOpt(c)))"
        case .try(let b, let hs, let o, let f):
            let handlers = hs.map { h in
                "ExceptHandler(\(dumpOpt(h.type)), \(h.name ?? "None"), \(dump(h.body)))"
            }
            return "Try(\(dump(b)), [\(handlers.joined(separator: ", "))], \(dump(o)), \(dump(f)))"
        case .assert(let t, let m): return "Assert(\(dump(t)), \(dumpOpt(m)))"
        case .import(let names): return "Import([\(names.map(dump).joined(separator: ", "))])"
        case .importFrom(let mod, let names, let level):
            return "ImportFrom(\(mod ?? "None"), [\(names.map(dump).joined(separator: ", "))], \(level))"
        case .global(let names): return "Global([\(names.joined(separator: ", "))])"
        case .nonlocal(let names): return "Nonlocal([\(names.joined(separator: ", "))])"
        case .pass: return "Pass"
        case .break: return "Break"
        case .continue: return "Continue"
        }
    }

    func dump(_ a: Alias) -> String { a.asname.map { "\(a.name) as \($0)" } ?? a.name }

    func dump(_ a: Argument) -> String {
        switch a.kind {
        case .positional: return dump(a.value)
        case .keyword: return "\(a.name ?? "?")=\(dump(a.value))"
        case .star: return "*\(dump(a.value))"
        case .doubleStar: return "**\(dump(a.value))"
        }
    }

    func dump(_ p: Param) -> String {
        var out = p.name
        if let a = p.annotation { out += ":\(dump(a))" }
        if let d = p.defaultValue { out += "=\(dump(d))" }
        return out
    }

    func dump(_ ps: Parameters) -> String {
        var items: [String] = []
        if !ps.positionalOnly.isEmpty { items.append("posonly=[\(ps.positionalOnly.map(dump).joined(separator: ", "))]") }
        if !ps.positional.isEmpty { items.append("args=[\(ps.positional.map(dump).joined(separator: ", "))]") }
        if let v = ps.varargs { items.append("vararg=\(dump(v))") }
        if !ps.keywordOnly.isEmpty { items.append("kwonly=[\(ps.keywordOnly.map(dump).joined(separator: ", "))]") }
        if let k = ps.kwargs { items.append("kwarg=\(dump(k))") }
        return "arguments(\(items.joined(separator: ", ")))"
    }

    func dumpList(_ es: [Expr]) -> String { "[" + es.map(dump).joined(separator: ", ") + "]" }
    func dumpOpt(_ e: Expr?) -> String { e.map(dump) ?? "None" }

    func opName(_ op: BinaryOp) -> String {
        switch op {
        case .add: return "Add"
        case .sub: return "Sub"
        case .mul: return "Mult"
        case .matmul: return "MatMult"
        case .div: return "Div"
        case .floorDiv: return "FloorDiv"
        case .mod: return "Mod"
        case .pow: return "Pow"
        case .lshift: return "LShift"
        case .rshift: return "RShift"
        case .bitAnd: return "BitAnd"
        case .bitOr: return "BitOr"
        case .bitXor: return "BitXor"
        }
    }

    func cmpName(_ op: CompareOp) -> String {
        switch op {
        case .eq: return "Eq"
        case .ne: return "NotEq"
        case .lt: return "Lt"
        case .le: return "LtE"
        case .gt: return "Gt"
        case .ge: return "GtE"
        case .is: return "Is"
        case .isNot: return "IsNot"
        case .in: return "In"
        case .notIn: return "NotIn"
        }
    }

    /// A Python-style repr of a string (single quotes, common escapes).
    func pyRepr(_ s: String) -> String {
        var out = "'"
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16)
                    out += "\\x" + (h.count < 2 ? "0" + h : h)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "'"
    }

    func dump(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return String(d)
        case .imaginary(let d): return "\(d)j"
        case .string(let s): return pyRepr(s)
        case .bytes(let b):
            var out = "b'"
            for x in b {
                if x >= 0x20 && x < 0x7F && x != 0x27 && x != 0x5C {
                    out.unicodeScalars.append(Unicode.Scalar(x))
                } else {
                    let h = String(x, radix: 16)
                    out += "\\x" + (h.count < 2 ? "0" + h : h)
                }
            }
            return out + "'"
        case .ellipsis: return "Ellipsis"
        }
    }

    func dump(_ parts: [FStringPart]) -> String {
        "[" + parts.map { part -> String in
            switch part {
            case .literal(let s): return pyRepr(s)
            case .field(let v, let conv, let spec, let debug):
                var out = "FormattedValue(\(dump(v))"
                if let c = conv { out += ", conv=\(c)" }
                if let sp = spec { out += ", spec=\(dump(sp))" }
                if let d = debug { out += ", debug=\(pyRepr(d))" }
                return out + ")"
            }
        }.joined(separator: ", ") + "]"
    }

    func dump(_ comps: [Comprehension]) -> String {
        "[" + comps.map { c in
            "comprehension(\(dump(c.target)), \(dump(c.iter)), \(dumpList(c.ifs)))"
        }.joined(separator: ", ") + "]"
    }

    func dump(_ e: Expr) -> String { dumpExpr(e) + r(e.range) }
    func dumpExpr(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return "Name(\(n))"
        case .constant(let c): return "Constant(\(dump(c)))"
        case .fstring(let parts): return "JoinedStr(\(dump(parts)))"
        case .tuple(let es): return "Tuple(\(dumpList(es)))"
        case .list(let es): return "List(\(dumpList(es)))"
        case .set(let es): return "Set(\(dumpList(es)))"
        case .dict(let items):
            let its = items.map { it in it.key.map { "\(dump($0)): \(dump(it.value))" } ?? "**\(dump(it.value))" }
            return "Dict([\(its.joined(separator: ", "))])"
        case .starred(let v): return "Starred(\(dump(v)))"
        case .attribute(let v, let n): return "Attribute(\(dump(v)), \(n))"
        case .subscript(let v, let i): return "Subscript(\(dump(v)), \(dump(i)))"
        case .slice(let l, let u, let s): return "Slice(\(dumpOpt(l)), \(dumpOpt(u)), \(dumpOpt(s)))"
        case .call(let f, let args): return "Call(\(dump(f)), [\(args.map(dump).joined(separator: ", "))])"
        case .unary(let op, let v):
            let n: String
            switch op {
            case .not: n = "Not"
            case .neg: n = "USub"
            case .pos: n = "UAdd"
            case .invert: n = "Invert"
            }
            return "UnaryOp(\(n), \(dump(v)))"
        case .binary(let l, let op, let r): return "BinOp(\(dump(l)), \(opName(op)), \(dump(r)))"
        case .boolOp(let op, let vs): return "BoolOp(\(op == .and ? "And" : "Or"), \(dumpList(vs)))"
        case .compare(let l, let items):
            return "Compare(\(dump(l)), [\(items.map { cmpName($0.op) }.joined(separator: ", "))], \(dumpList(items.map { $0.right })))"
        case .ifExp(let t, let b, let o): return "IfExp(\(dump(t)), \(dump(b)), \(dump(o)))"
        case .lambda(let ps, let body): return "Lambda(\(dump(ps)), \(dump(body)))"
        case .listComp(let elt, let cs): return "ListComp(\(dump(elt)), \(dump(cs)))"
        case .setComp(let elt, let cs): return "SetComp(\(dump(elt)), \(dump(cs)))"
        case .dictComp(let k, let v, let cs): return "DictComp(\(dump(k)), \(dump(v)), \(dump(cs)))"
        case .generatorExp(let elt, let cs): return "GeneratorExp(\(dump(elt)), \(dump(cs)))"
        case .yield(let v): return "Yield(\(dumpOpt(v)))"
        case .yieldFrom(let v): return "YieldFrom(\(dump(v)))"
        case .namedExpr(let t, let v): return "NamedExpr(\(t), \(dump(v)))"
        }
    }

}
