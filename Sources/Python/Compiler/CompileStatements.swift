import PythonSyntax

extension Compiler {
    func stmt(_ s: Stmt) throws -> StmtFn {
        let interp = self.interp
        switch s.kind {
        case .expr(let e):
            let fn = try expr(e)
            return { f in
                _ = try fn(f)
                return .normal
            }

        case .assign(let targets, let value):
            let v = try expr(value)
            if targets.count == 1 {
                // `x = <expr>` to a local: the commonest statement, kept direct.
                if case .name(let n) = targets[0].kind, case .local(let i) = scope.access(n) {
                    return { f in
                        f.slots[i] = try v(f)
                        return .normal
                    }
                }
                let st = try storeTarget(targets[0])
                return { f in
                    try st(f, try v(f))
                    return .normal
                }
            }
            let sts = try targets.map { try storeTarget($0) }
            return { f in
                let val = try v(f)
                for st in sts { try st(f, val) }
                return .normal
            }

        case .augAssign(let target, let op, let value):
            return try augAssign(target, op, value)

        case .annAssign(let target, _, let value):
            guard let value else { return { _ in .normal } }
            let v = try expr(value)
            let st = try storeTarget(target)
            return { f in
                try st(f, try v(f))
                return .normal
            }

        case .functionDef(let def):
            let make = try functionDef(def, s.range)
            let st = store(def.name)
            return { f in
                try st(f, try make(f))
                return .normal
            }

        case .classDef(let def):
            let make = try classDef(def, s.range)
            let st = store(def.name)
            return { f in
                try st(f, try make(f))
                return .normal
            }

        case .return(let e):
            if let e {
                let v = try expr(e)
                return { f in
                    f.returnValue = try v(f)
                    return .returned
                }
            }
            return { f in
                f.returnValue = .none
                return .returned
            }

        case .delete(let targets):
            let dels = try targets.map { try deleteTarget($0) }
            return { f in
                for d in dels { try d(f) }
                return .normal
            }

        case .if(let test, let body, let orelse):
            let t = try condition(test)
            let b = try block(body)
            if orelse.isEmpty {
                return { f in try t(f) ? try b(f) : .normal }
            }
            let o = try block(orelse)
            return { f in try t(f) ? try b(f) : try o(f) }

        case .while(let test, let body, let orelse):
            let t = try condition(test)
            let b = try block(body)
            let o = orelse.isEmpty ? nil : try block(orelse)
            let flag = interp.interruptFlag
            return { f in
                while try t(f) {
                    if flag.isSet { try interp.checkInterrupt() }
                    switch try b(f) {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    }
                }
                if let o { return try o(f) }
                return .normal
            }

        case .for(let target, let iter, let body, let orelse):
            return try forLoop(target, iter, body, orelse)

        case .with(let items, let body):
            var inner = try block(body)
            for item in items.reversed() {
                inner = try withItem(item, inner)
            }
            return inner

        case .raise(let exc, let cause):
            let e = try exc.map { try expr($0) }
            let c = try cause.map { try expr($0) }
            return { f in
                guard let e else {
                    guard let current = interp.handling.last else {
                        throw PyError.runtimeError("No active exception to reraise")
                    }
                    throw PyError(current)
                }
                let exception = try interp.makeException(try e(f))
                if let c {
                    let cv = try c(f)
                    if cv.isNone {
                        exception.cause = .none
                    } else {
                        exception.cause = .object(try interp.makeException(cv))
                    }
                    exception.suppressContext = true
                }
                throw PyError(exception)
            }

        case .try(let body, let handlers, let orelse, let finalbody):
            return try tryStmt(body, handlers, orelse, finalbody)

        case .assert(let test, let msg):
            let t = try condition(test)
            let m = try msg.map { try expr($0) }
            return { f in
                if try !t(f) { throw PyError.assertion(try m?(f)) }
                return .normal
            }

        case .import(let aliases):
            var steps: [(Frame) throws -> Void] = []
            for a in aliases {
                let full = a.name
                if let asname = a.asname {
                    let st = store(asname)
                    steps.append { f in try st(f, .object(try interp.importDotted(full, returnTop: false))) }
                } else {
                    let top = String(full.split(separator: ".").first ?? Substring(full))
                    let st = store(top)
                    steps.append { f in try st(f, .object(try interp.importDotted(full, returnTop: true))) }
                }
            }
            return { f in
                for st in steps { try st(f) }
                return .normal
            }

        case .importFrom(let module, let names, let level):
            guard level == 0, let module else {
                throw syntaxError("relative imports are not supported", s.range)
            }
            if names.count == 1 && names[0].name == "*" {
                let star = importStar
                return { f in
                    let m = try interp.importDotted(module, returnTop: false)
                    try star(f, m)
                    return .normal
                }
            }
            let parts = names.map { ($0.name, store($0.asname ?? $0.name)) }
            return { f in
                let m = try interp.importDotted(module, returnTop: false)
                for (name, st) in parts {
                    try st(f, try interp.importFrom(m, name))
                }
                return .normal
            }

        case .global, .nonlocal, .pass:
            return { _ in .normal }
        case .break:
            return { _ in .breakLoop }
        case .continue:
            return { _ in .continueLoop }
        }
    }

    /// `from m import *` in the current scope.
    private func importStar(_ f: Frame, _ m: PyModule) throws {
        var names: [String] = []
        if let all = m.globals.get("__all__") {
            for v in try interp.collect(all) { if let s = v.asString { names.append(s) } }
        } else {
            names = m.globals.items.map { $0.name }.filter { !$0.hasPrefix("_") }
        }
        for n in names {
            guard let v = m.globals.get(n) else { continue }
            if scope.kind == .module { globals.set(n, v) } else { f.namespace[n] = v }
        }
    }

    private func augAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws -> StmtFn {
        let interp = self.interp
        let v = try expr(value)
        switch target.kind {
        case .name(let n):
            let ld = load(n)
            // Fast paths for `i += 1`-style integer and float updates.
            if case .global(let gname) = scope.access(n), scope.kind == .module || scope.declaredGlobal.contains(n) {
                let g = globals
                let gi = g.slot(gname)
                return { f in
                    let rhs = try v(f)
                    if let cur = g.values[gi] {
                        g.values[gi] = try interp.inplace(op, cur, rhs)
                    } else {
                        g.values[gi] = try interp.inplace(op, try ld(f), rhs)
                    }
                    return .normal
                }
            }
            let st = store(n)
            return { f in
                let cur = try ld(f)
                let rhs = try v(f)
                try st(f, try interp.inplace(op, cur, rhs))
                return .normal
            }
        case .attribute(let obj, let name):
            let o = try expr(obj)
            return { f in
                let ov = try o(f)
                let cur = try interp.getAttribute(ov, name)
                let rhs = try v(f)
                try interp.setAttribute(ov, name, try interp.inplace(op, cur, rhs))
                return .normal
            }
        case .subscript(let obj, let index):
            let o = try expr(obj)
            let i = try expr(index)
            return { f in
                let ov = try o(f)
                let iv = try i(f)
                let cur = try interp.getItem(ov, iv)
                let rhs = try v(f)
                try interp.setItem(ov, iv, try interp.inplace(op, cur, rhs))
                return .normal
            }
        default:
            throw syntaxError("'\(target.kind)' is an illegal expression for augmented assignment", target.range)
        }
    }

    private func forLoop(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws -> StmtFn {
        let interp = self.interp
        let it = try expr(iter)
        let st = try storeTarget(target)
        let b = try block(body)
        let o = orelse.isEmpty ? nil : try block(orelse)
        let flag = interp.interruptFlag
        return { f in
            let seq = try it(f)
            // Counting loops over a range avoid the iterator object.
            if case .object(let obj) = seq, let r = obj as? PyRange {
                var i = r.start
                let stop = r.stop, step = r.step
                while step > 0 ? i < stop : i > stop {
                    if flag.isSet { try interp.checkInterrupt() }
                    try st(f, .int(i))
                    switch try b(f) {
                    case .normal, .continueLoop: break
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    }
                    let (next, overflow) = i.addingReportingOverflow(step)
                    if overflow { break }
                    i = next
                }
            } else {
                let iterator = try interp.iterate(seq)
                while let x = try iterator.next(interp) {
                    if flag.isSet { try interp.checkInterrupt() }
                    try st(f, x)
                    switch try b(f) {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    }
                }
            }
            if let o { return try o(f) }
            return .normal
        }
    }

    private func withItem(_ item: WithItem, _ inner: @escaping StmtFn) throws -> StmtFn {
        let interp = self.interp
        let ctx = try expr(item.context)
        let st = try item.target.map { try storeTarget($0) }
        return { f in
            let mgr = try ctx(f)
            let t = mgr.pyType
            guard let enter = t.lookup(SpecialName.enter), let exit = t.lookup(SpecialName.exit) else {
                throw PyError.typeError("'\(t.name)' object does not support the context manager protocol")
            }
            let entered = try interp.callAttribute(enter, of: mgr, type: t, [])
            if let st { try st(f, entered) }
            let flow: Flow
            do {
                flow = try inner(f)
            } catch let e as PyError {
                let exc = e.exception
                interp.handling.append(exc)
                defer { interp.handling.removeLast() }
                let suppress = try interp.callAttribute(exit, of: mgr, type: t, [.object(exc.cls), .object(exc), .none])
                if try interp.truthy(suppress) { return .normal }
                throw e
            }
            _ = try interp.callAttribute(exit, of: mgr, type: t, [.none, .none, .none])
            return flow
        }
    }

    private func tryStmt(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt]) throws -> StmtFn {
        let interp = self.interp
        let b = try block(body)
        let o = orelse.isEmpty ? nil : try block(orelse)
        let fin = finalbody.isEmpty ? nil : try block(finalbody)
        let hs: [(type: ExprFn?, bind: ((Frame, Value) throws -> Void)?, unbind: ((Frame) throws -> Void)?, body: StmtFn, line: Int)] =
            try handlers.map { h in
                (try h.type.map { try expr($0) },
                 h.name.map { store($0) },
                 h.name.map { delete($0) },
                 try block(h.body),
                 h.range.start.line)
            }
        let tryExcept: StmtFn
        if hs.isEmpty {
            tryExcept = { f in
                let r = try b(f)
                if case .normal = r, let o { return try o(f) }
                return r
            }
        } else {
            tryExcept = { f in
                let r: Flow
                do {
                    r = try b(f)
                } catch let e as PyError {
                    let exc = e.exception
                    for h in hs {
                        if let t = h.type {
                            f.line = h.line
                            if try !interp.exceptionMatches(exc, try t(f)) { continue }
                        }
                        if let bind = h.bind { try bind(f, .object(exc)) }
                        interp.handling.append(exc)
                        let hr: Flow
                        do {
                            hr = try h.body(f)
                        } catch let e2 as PyError {
                            interp.handling.removeLast()
                            if e2.exception !== exc, e2.exception.context.isNone {
                                e2.exception.context = .object(exc)
                            }
                            if let u = h.unbind { try? u(f) }
                            throw e2
                        }
                        interp.handling.removeLast()
                        if let u = h.unbind { try? u(f) }
                        return hr
                    }
                    throw e
                }
                if case .normal = r, let o { return try o(f) }
                return r
            }
        }
        guard let fin else { return tryExcept }
        return { f in
            let r: Flow
            do {
                r = try tryExcept(f)
            } catch {
                let savedReturn = f.returnValue
                let fr = try fin(f)
                if case .normal = fr {
                    f.returnValue = savedReturn
                    throw error
                }
                return fr
            }
            let savedReturn = f.returnValue
            let fr = try fin(f)
            if case .normal = fr {
                f.returnValue = savedReturn
                return r
            }
            return fr
        }
    }

    // MARK: Targets

    func storeTarget(_ target: Expr) throws -> (Frame, Value) throws -> Void {
        let interp = self.interp
        switch target.kind {
        case .name(let n):
            return store(n)
        case .attribute(let obj, let name):
            let o = try expr(obj)
            return { f, v in try interp.setAttribute(try o(f), name, v) }
        case .subscript(let obj, let index):
            let o = try expr(obj)
            let i = try expr(index)
            return { f, v in try interp.setItem(try o(f), try i(f), v) }
        case .tuple(let items), .list(let items):
            let starIndex = items.firstIndex { if case .starred = $0.kind { return true } else { return false } }
            let stores = try items.map { item -> (Frame, Value) throws -> Void in
                if case .starred(let inner) = item.kind { return try storeTarget(inner) }
                return try storeTarget(item)
            }
            let n = items.count
            return { f, v in
                let values = try interp.unpack(v, count: n, starIndex: starIndex)
                for (st, x) in zip(stores, values) { try st(f, x) }
            }
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", target.range)
        default:
            throw syntaxError("cannot assign to expression", target.range)
        }
    }

    func deleteTarget(_ target: Expr) throws -> (Frame) throws -> Void {
        let interp = self.interp
        switch target.kind {
        case .name(let n):
            return delete(n)
        case .attribute(let obj, let name):
            let o = try expr(obj)
            return { f in try interp.deleteAttribute(try o(f), name) }
        case .subscript(let obj, let index):
            let o = try expr(obj)
            let i = try expr(index)
            return { f in try interp.deleteItem(try o(f), try i(f)) }
        case .tuple(let items), .list(let items):
            let ds = try items.map { try deleteTarget($0) }
            return { f in for d in ds { try d(f) } }
        default:
            throw syntaxError("cannot delete expression", target.range)
        }
    }
}
