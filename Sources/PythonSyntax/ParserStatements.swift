/// Statements, blocks and function parameters.

extension PyParser {
    func endOf(_ stmts: [Stmt], or fallback: SourcePos) -> SourcePos {
        stmts.last?.range.end ?? fallback
    }

    // MARK: - Statements

    func parseStatement() throws -> [Stmt] {
        if tok.kind == .name {
            switch tok.text {
            case "if": return [try parseIf(isElif: false)]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor()]
            case "try": return [try parseTry()]
            case "with": return [try parseWith()]
            case "def": return [try parseFunctionDef(decorators: [])]
            case "class": return [try parseClassDef(decorators: [])]
            case "async":
                throw errorAt(tok, "'async' is not supported")
            default: break
            }
        }
        if isOp("@") { return [try parseDecorated()] }
        return try parseSimpleStatements()
    }

    func parseSimpleStatements() throws -> [Stmt] {
        var stmts = [try parseSimpleStatementChecked()]
        while isOp(";") {
            try advance()
            if tok.kind == .newline { break }
            stmts.append(try parseSimpleStatementChecked())
        }
        guard tok.kind == .newline else { throw genericError() }
        try advance()
        return stmts
    }

    /// A simple statement that must end the statement; CPython's `invalid_legacy_expression`
    /// (`print x`) when it does not.
    func parseSimpleStatementChecked() throws -> Stmt {
        let startIdx = p
        let s = try parseSimpleStatement()
        if !(isOp(";") || tok.kind == .newline) && invalidRulesOn {
            let t0 = toks[startIdx]
            let t1 = toks[min(startIdx + 1, toks.count - 1)]
            if t0.kind == .name, t0.text == "print" || t0.text == "exec", !(t1.kind == .op && t1.text == "(") {
                let saveP = p
                p = startIdx + 1
                let b: Expr? = try lookaheadKeepingFatal { try parseStarExpressions() }
                p = saveP
                if let b {
                    throw errorRange(t0.range, b.range, "Missing parentheses in call to '\(t0.text)'. Did you mean \(t0.text)(...)?")
                }
            }
        }
        return s
    }

    func parseSimpleStatement() throws -> Stmt {
        let t = tok
        if t.kind == .name {
            switch t.text {
            case "pass":
                try advance()
                return Stmt(.pass, t.range)
            case "break":
                try advance()
                if loopDepth == 0 { noteCompile(errorAt(t, "'break' outside loop")) }
                return Stmt(.break, t.range)
            case "continue":
                try advance()
                if loopDepth == 0 { noteCompile(errorAt(t, "'continue' not properly in loop")) }
                return Stmt(.continue, t.range)
            case "return":
                try advance()
                var value: Expr?
                if tokenStartsExpression(tok) || isOp("*") {
                    let v = try parseStarExpressions()
                    checkNoBareStar(v)
                    value = v
                }
                let s = Stmt(.return(value), range(from: t.start))
                if innermostScope != .function { noteCompile(errorRange(s.range, "'return' outside function")) }
                return s
            case "raise":
                try advance()
                var exc: Expr?
                var cause: Expr?
                if tokenStartsExpression(tok) {
                    exc = try parseExpression()
                    if isKw("from") {
                        try advance()
                        cause = try parseExpression()
                    }
                }
                return Stmt(.raise(exc: exc, cause: cause), range(from: t.start))
            case "global", "nonlocal":
                try advance()
                var names = [try expectName().text]
                while isOp(",") {
                    try advance()
                    names.append(try expectName().text)
                }
                let r = range(from: t.start)
                if t.text == "global" { return Stmt(.global(names), r) }
                if scopes.count == 1 || innermostScope == .module {
                    noteSymtable(errorRange(r, "nonlocal declaration not allowed at module level"))
                }
                return Stmt(.nonlocal(names), r)
            case "del":
                return try parseDel()
            case "assert":
                try advance()
                let test = try parseExpression()
                var msg: Expr?
                if isOp(",") {
                    try advance()
                    msg = try parseExpression()
                }
                return Stmt(.assert(test: test, msg: msg), range(from: t.start))
            case "import":
                return try parseImport()
            case "from":
                return try parseFromImport()
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    /// A compile-time error for `*x` used as a whole value (`x = *a`, `*a` alone).
    func checkNoBareStar(_ e: Expr) {
        if case .starred = e.kind {
            noteCompile(errorRange(e.range, "can't use starred expression here"))
        }
    }

    func parseDel() throws -> Stmt {
        let start = tok.start
        try advance()
        let e = try parseStarExpressions()
        if let bad = invalidTarget(e, .del) {
            if invalidRulesOn { throw errorRange(bad.range, "cannot delete \(exprName(bad))") }
            throw genericError()
        }
        guard isOp(";") || tok.kind == .newline else { throw genericError() }
        var targets = [e]
        if case .tuple(let elts) = e.kind, !elts.isEmpty, elts[0].range.start == e.range.start {
            targets = elts  // `del a, b` (not `del (a, b)`)
        }
        return Stmt(.delete(targets), range(from: start))
    }

    func parseDottedName() throws -> String {
        var name = try expectName().text
        while isOp(".") {
            try advance()
            name += "." + (try expectName().text)
        }
        return name
    }

    func parseImport() throws -> Stmt {
        let start = tok.start
        try advance()
        var aliases: [Alias] = []
        repeat {
            if !aliases.isEmpty { try advance() }
            let aStart = tok.start
            let name = try parseDottedName()
            var asname: String?
            if isKw("as") {
                try advance()
                asname = try expectName().text
            }
            aliases.append(Alias(name: name, asname: asname, range: range(from: aStart)))
        } while isOp(",")
        return Stmt(.import(aliases), range(from: start))
    }

    func parseFromImport() throws -> Stmt {
        let start = tok.start
        try advance()
        var level = 0
        while isOp(".") || isOp("...") {
            level += tok.text.count
            try advance()
        }
        var module: String?
        if !isKw("import") {
            module = try parseDottedName()
        } else if level == 0 {
            throw genericError()
        }
        try expectKw("import")
        var names: [Alias] = []
        if isOp("*") {
            names = [Alias(name: "*", asname: nil, range: tok.range)]
            try advance()
        } else if isOp("(") {
            try advance()
            names = try parseImportAsNames()
            if isOp(",") { try advance() }
            try expectOp(")")
        } else {
            names = try parseImportAsNames()
            if isOp(",") {
                try advance()
                if tok.kind == .newline && invalidRulesOn {
                    throw errorAt(tok, "trailing comma not allowed without surrounding parentheses")
                }
                throw genericError()
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
    }

    func parseImportAsNames() throws -> [Alias] {
        var names: [Alias] = []
        while true {
            let aStart = tok.start
            let name = try expectName().text
            var asname: String?
            if isKw("as") {
                try advance()
                asname = try expectName().text
            }
            names.append(Alias(name: name, asname: asname, range: range(from: aStart)))
            guard isOp(","), try peek(1).kind == .name else { break }
            try advance()
        }
        return names
    }

    func augOp(_ t: Token) -> BinaryOp? {
        guard t.kind == .op, t.text.count >= 2, t.text.hasSuffix("=") else { return nil }
        switch t.text {
        case "+=": return .add
        case "-=": return .sub
        case "*=": return .mul
        case "@=": return .matmul
        case "/=": return .div
        case "//=": return .floorDiv
        case "%=": return .mod
        case "**=": return .pow
        case "<<=": return .lshift
        case ">>=": return .rshift
        case "&=": return .bitAnd
        case "|=": return .bitOr
        case "^=": return .bitXor
        default: return nil
        }
    }

    func isSingleTarget(_ e: Expr) -> Bool {
        switch e.kind {
        case .name, .attribute, .subscript: return true
        default: return false
        }
    }

    func isUnparenthesizedTuple(_ e: Expr) -> Bool {
        if case .tuple(let elts) = e.kind, let f = elts.first, f.range.start == e.range.start { return true }
        return false
    }

    func parseExpressionStatement() throws -> Stmt {
        let start = tok.start
        let first: Expr = isKw("yield") ? try parseYieldExpr() : try parseStarExpressions()
        if isOp(":") {
            // Annotated assignment.
            if !isSingleTarget(first) && invalidRulesOn {
                if case .list = first.kind {
                    throw errorRange(first.range, "only single target (not list) can be annotated")
                }
                if case .tuple(let elts) = first.kind {
                    let r = isUnparenthesizedTuple(first) ? (elts.first?.range ?? first.range) : first.range
                    throw errorRange(r, "only single target (not tuple) can be annotated")
                }
                throw errorRange(first.range, "illegal target for annotation")
            }
            if !isSingleTarget(first) { throw genericError() }
            try advance()
            let ann = try parseExpression()
            var value: Expr?
            if isOp("=") {
                try advance()
                value = isKw("yield") ? try parseYieldExpr() : try parseStarExpressions()
            }
            return Stmt(.annAssign(target: first, annotation: ann, value: value), range(from: start))
        }
        if let op = augOp(tok) {
            if !isSingleTarget(first) {
                if invalidRulesOn {
                    throw errorRange(first.range, "'\(exprName(first))' is an illegal expression for augmented assignment")
                }
                throw genericError()
            }
            try advance()
            let value = isKw("yield") ? try parseYieldExpr() : try parseStarExpressions()
            return Stmt(.augAssign(target: first, op: op, value: value), range(from: start))
        }
        if isOp("=") {
            var exprs = [first]
            while isOp("=") {
                let target = exprs[exprs.count - 1]
                try validateAssignTarget(target, isFirst: exprs.count == 1)
                try advance()
                let v = isKw("yield") ? try parseYieldExpr() : try parseStarExpressions()
                exprs.append(v)
            }
            let value = exprs.removeLast()
            checkNoBareStar(value)
            for t in exprs { checkStarredTargets(t) }
            return Stmt(.assign(targets: exprs, value: value), range(from: start))
        }
        if isOp(":=") && invalidRulesOn {
            if case .name = first.kind {} else {
                throw errorRange(first.range, "cannot use assignment expressions with \(exprName(first))")
            }
        }
        checkNoBareStar(first)
        return Stmt(.expr(first), range(from: start))
    }

    /// Compile-time checks of starred assignment targets.
    func checkStarredTargets(_ t: Expr) {
        switch t.kind {
        case .starred:
            noteCompile(errorRange(t.range, "starred assignment target must be in a list or tuple"))
        case .tuple(let elts), .list(let elts):
            var stars = 0
            for e in elts {
                if case .starred(let inner) = e.kind {
                    stars += 1
                    checkStarredTargets(inner)
                } else {
                    checkStarredTargets(e)
                }
            }
            if stars > 1 { noteCompile(errorRange(t.range, "multiple starred expressions in assignment")) }
        default:
            break
        }
    }

    /// CPython's `invalid_assignment` (and `invalid_named_expression` for the first target).
    func validateAssignTarget(_ e: Expr, isFirst: Bool) throws {
        switch e.kind {
        case .yield, .yieldFrom:
            // A bare `yield` target; a parenthesised one is an atom, handled below.
            if let t = tokenIndex(at: e.range.start), toks[t].kind == .name, toks[t].text == "yield" {
                if t > 0, toks[t - 1].kind == .op, toks[t - 1].text == "(" {
                    break
                }
                throw errorRange(e.range, "assignment to yield expression not possible")
            }
        default:
            break
        }
        guard let bad = invalidTarget(e, .star) else { return }
        if !invalidRulesOn { throw genericError() }
        if isFirst {
            var last = e
            if isUnparenthesizedTuple(e), case .tuple(let elts) = e.kind, let l = elts.last { last = l }
            if case .starred = last.kind {} else {
                try checkInvalidNamedAssignmentAtStatement(last)
            }
        }
        throw errorRange(bad.range, "cannot assign to \(exprName(bad))")
    }

    func checkInvalidNamedAssignmentAtStatement(_ e: Expr) throws {
        guard let idx = tokenIndex(at: e.range.start) else { return }
        try checkInvalidNamedAssignment(e, startIdx: idx)
    }

    /// The index of the token starting at `pos`, by binary search.
    func tokenIndex(at pos: SourcePos) -> Int? {
        var lo = 0, hi = toks.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = toks[mid].start
            if s == pos {
                var m = mid
                while m > 0, toks[m - 1].start == pos { m -= 1 }
                while m < toks.count - 1, toks[m].kind == .indent || toks[m].kind == .dedent { m += 1 }
                return m
            }
            if s < pos { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }

    // MARK: - Blocks

    /// `':'`: forced (def, else, try, finally) or reported as "expected ':'" before a NEWLINE.
    func expectColon(forced: Bool) throws {
        if isOp(":") {
            try advance()
            return
        }
        if forced { throw errorAt(tok, "expected ':'") }
        if tok.kind == .newline && invalidRulesOn { throw errorAt(tok, "expected ':'") }
        throw genericError()
    }

    func parseBlock(_ what: String) throws -> [Stmt] {
        if tok.kind == .newline {
            try advance()
            guard tok.kind == .indent else {
                throw errorAt(tok, "expected an indented block after \(what)", kind: .indentation)
            }
            try advance()
            var stmts: [Stmt] = []
            while tok.kind != .dedent && tok.kind != .endMarker {
                stmts.append(contentsOf: try parseStatement())
            }
            if tok.kind == .dedent { try advance() }
            return stmts
        }
        return try parseSimpleStatements()
    }

    func parseLoopBody(_ what: String) throws -> [Stmt] {
        loopDepth += 1
        defer { loopDepth -= 1 }
        return try parseBlock(what)
    }

    func parseIf(isElif: Bool) throws -> Stmt {
        // An `if` and its `elif`s, iteratively (long chains must not deepen the stack).
        var clauses: [(start: SourcePos, test: Expr, body: [Stmt])] = []
        var elif = isElif
        var orelse: [Stmt] = []
        while true {
            let kw = tok
            try advance()
            let test = try parseNamedExpression()
            try expectColon(forced: false)
            let what = elif ? "'elif' statement on line \(kw.start.line)" : "'if' statement on line \(test.range.start.line)"
            let body = try parseBlock(what)
            clauses.append((kw.start, test, body))
            if isKw("elif") {
                elif = true
                continue
            }
            if isKw("else") { orelse = try parseElse() }
            break
        }
        var result: Stmt?
        for c in clauses.reversed() {
            let end = endOf(orelse, or: endOf(c.body, or: prevEnd))
            let s = Stmt(.if(test: c.test, body: c.body, orelse: orelse), SourceRange(c.start, end))
            orelse = [s]
            result = s
        }
        guard let r = result else { throw genericError() }
        return r
    }

    func parseElse() throws -> [Stmt] {
        let kw = tok
        try advance()
        try expectColon(forced: true)
        return try parseBlock("'else' statement on line \(kw.start.line)")
    }

    func parseWhile() throws -> Stmt {
        let kw = tok
        try advance()
        let test = try parseNamedExpression()
        try expectColon(forced: false)
        let body = try parseLoopBody("'while' statement on line \(kw.start.line)")
        var orelse: [Stmt] = []
        if isKw("else") { orelse = try parseElse() }
        let end = endOf(orelse, or: endOf(body, or: prevEnd))
        return Stmt(.while(test: test, body: body, orelse: orelse), SourceRange(kw.start, end))
    }

    func parseFor() throws -> Stmt {
        let kw = tok
        try advance()
        let target = try parseForTarget()
        checkStarredTargets(target)
        try expectKw("in")
        let iter = try parseStarExpressions()
        try expectColon(forced: false)
        let body = try parseLoopBody("'for' statement on line \(kw.start.line)")
        var orelse: [Stmt] = []
        if isKw("else") { orelse = try parseElse() }
        let end = endOf(orelse, or: endOf(body, or: prevEnd))
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse), SourceRange(kw.start, end))
    }

    func parseTry() throws -> Stmt {
        let kw = tok
        try advance()
        try expectColon(forced: true)
        let body = try parseBlock("'try' statement on line \(kw.start.line)")
        var handlers: [ExceptHandler] = []
        while isKw("except") {
            handlers.append(try parseExceptHandler())
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if !handlers.isEmpty && isKw("else") {
            orelse = try parseElse()
        }
        if isKw("finally") {
            let fk = tok
            try advance()
            try expectColon(forced: true)
            finalbody = try parseBlock("'finally' statement on line \(fk.start.line)")
        }
        if handlers.isEmpty && finalbody.isEmpty {
            if invalidRulesOn { throw errorAt(tok, "expected 'except' or 'finally' block") }
            throw genericError()
        }
        let end = endOf(finalbody, or: endOf(orelse, or: handlers.last?.range.end ?? endOf(body, or: prevEnd)))
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), SourceRange(kw.start, end))
    }

    func parseExceptHandler() throws -> ExceptHandler {
        let kw = tok
        try advance()
        if isOp("*") { throw errorAt(tok, "'except*' is not supported") }
        var type: Expr?
        var name: String?
        if !isOp(":") {
            if tok.kind == .newline && invalidRulesOn { throw errorAt(tok, "expected ':'") }
            let e = try parseExpression()
            if isOp(",") && invalidRulesOn {
                let rest: Expr? = lookahead {
                    try advance()
                    let r = try parseExpressions()
                    if isKw("as") {
                        try advance()
                        _ = try expectName()
                    }
                    if !isOp(":") { throw SpeculationFailed() }
                    return r
                }
                if let r = rest {
                    throw src.error(.syntax, "multiple exception types must be parenthesized",
                                    line: e.range.start.line, column: e.range.start.column,
                                    endLine: r.range.end.line, endColumn: r.range.end.column)
                }
            }
            type = e
            if isKw("as") {
                try advance()
                name = try expectName().text
            }
        }
        try expectColon(forced: false)
        let body = try parseBlock("'except' statement on line \(kw.start.line)")
        return ExceptHandler(type: type, name: name, body: body, range: SourceRange(kw.start, endOf(body, or: prevEnd)))
    }

    func parseWith() throws -> Stmt {
        let kw = tok
        try advance()
        var items: [WithItem]?
        if isOp("(") {
            // `with (a as b, c):` — only when the parenthesised list is followed by ':'.
            items = speculate {
                try advance()
                var its: [WithItem] = []
                while true {
                    its.append(try parseWithItem())
                    if !isOp(",") { break }
                    try advance()
                    if isOp(")") { break }
                }
                try expectOp(")")
                if !isOp(":") { throw SpeculationFailed() }
                return its
            }
        }
        if items == nil {
            var its: [WithItem] = []
            while true {
                its.append(try parseWithItem())
                if !isOp(",") { break }
                try advance()
            }
            items = its
        }
        try expectColon(forced: false)
        let body = try parseBlock("'with' statement on line \(kw.start.line)")
        return Stmt(.with(items: items ?? [], body: body), SourceRange(kw.start, endOf(body, or: prevEnd)))
    }

    func parseWithItem() throws -> WithItem {
        let ctx = try parseExpression()
        guard isKw("as") else { return WithItem(context: ctx, target: nil) }
        try advance()
        let startIdx = p
        let target: Expr? = speculate { try parseStarTarget() }
        if let t = target, invalidTarget(t, .star) == nil,
           isOp(",") || isOp(")") || isOp(":") || tok.kind == .newline {
            return WithItem(context: ctx, target: t)
        }
        p = startIdx
        if invalidRulesOn {
            let whole: Expr? = lookahead {
                let e = try parseExpression()
                if !(isOp(",") || isOp(")") || isOp(":")) { throw SpeculationFailed() }
                return e
            }
            if let w = whole, let bad = invalidTarget(w, .star) {
                throw errorRange(bad.range, "cannot assign to \(exprName(bad))")
            }
        }
        let t = try parseStarTarget()
        if invalidTarget(t, .star) == nil { return WithItem(context: ctx, target: t) }
        throw genericError()
    }

    // MARK: - Definitions

    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while isOp("@") {
            try advance()
            decorators.append(try parseNamedExpression())
            guard tok.kind == .newline else { throw genericError() }
            try advance()
        }
        if isKw("def") { return try parseFunctionDef(decorators: decorators) }
        if isKw("class") { return try parseClassDef(decorators: decorators) }
        if isKw("async") { throw errorAt(tok, "'async' is not supported") }
        throw genericError()
    }

    func parseFunctionDef(decorators: [Expr]) throws -> Stmt {
        let kw = tok
        try advance()
        let name = try expectName()
        try expectForced("(")
        let params = try parseParameters(closing: ")", isLambda: false)
        try expectOp(")")
        var returns: Expr?
        if isOp("->") {
            try advance()
            returns = try parseExpression()
        }
        try expectColon(forced: true)
        checkDuplicateParams(params)
        let body = try withScope(.function) {
            try parseBlock("function definition on line \(kw.start.line)")
        }
        let def = FunctionDef(name: name.text, params: params, body: body, decorators: decorators, returns: returns)
        return Stmt(.functionDef(def), SourceRange(kw.start, endOf(body, or: prevEnd)))
    }

    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let kw = tok
        try advance()
        let name = try expectName()
        var bases: [Argument] = []
        if isOp("(") {
            let fake = try parseCall(Expr(.name(name.text), name.range))
            if case .call(_, let args) = fake.kind { bases = args }
        }
        try expectColon(forced: false)
        let body = try withScope(.classBody) {
            try parseBlock("class definition on line \(kw.start.line)")
        }
        let def = ClassDef(name: name.text, bases: bases, body: body, decorators: decorators)
        return Stmt(.classDef(def), SourceRange(kw.start, endOf(body, or: prevEnd)))
    }

    // MARK: - Parameters

    func parseParam(isLambda: Bool) throws -> Param {
        let nameTok = try expectName()
        var ann: Expr?
        if !isLambda && isOp(":") {
            try advance()
            ann = try parseExpression()
        }
        return Param(name: nameTok.text, annotation: ann, defaultValue: nil, range: range(from: nameTok.start))
    }

    /// Parameters of a `def` (closing ")") or a `lambda` (closing ":"), with CPython's
    /// `invalid_parameters` / `invalid_star_etc` / `invalid_kwds` messages.
    func parseParameters(closing: String, isLambda: Bool) throws -> Parameters {
        var params = Parameters()
        var current: [Param] = []
        var seenDefault = false
        var seenSlash = false
        var seenStar = false
        while !isOp(closing) {
            if isOp("/") {
                let slash = tok
                if invalidRulesOn {
                    if seenStar { throw errorAt(slash, "/ must be ahead of *") }
                    if seenSlash { throw errorAt(slash, "/ may appear only once") }
                    if current.isEmpty { throw errorAt(slash, "at least one argument must precede /") }
                }
                if seenStar || seenSlash || current.isEmpty { throw genericError() }
                params.positionalOnly = current
                current = []
                seenSlash = true
                try advance()
            } else if isOp("*") {
                let star = tok
                if seenStar {
                    if invalidRulesOn { throw errorAt(star, "* argument may appear only once") }
                    throw genericError()
                }
                try advance()
                if isOp(",") {
                    let nx = try peek(1)
                    if nx.kind == .op && (nx.text == closing || nx.text == "**") {
                        throw isLambda ? errorAtLast("named arguments must follow bare *")
                                       : errorAt(star, "named arguments must follow bare *")
                    }
                } else if isOp(closing) {
                    throw isLambda ? errorAtLast("named arguments must follow bare *")
                                   : errorAt(star, "named arguments must follow bare *")
                } else {
                    params.varargs = try parseParam(isLambda: isLambda)
                    if isOp("=") {
                        throw errorAt(tok, "var-positional argument cannot have default value")
                    }
                }
                seenStar = true
            } else if isOp("**") {
                try advance()
                params.kwargs = try parseParam(isLambda: isLambda)
                if isOp("=") { throw errorAt(tok, "var-keyword argument cannot have default value") }
                if isOp(",") {
                    try advance()
                    if isName() || isOp("*") || isOp("**") || isOp("/") {
                        throw errorAt(tok, "arguments cannot follow var-keyword argument")
                    }
                }
                break
            } else if isOp("(") && invalidRulesOn {
                let open = tok
                var k = p
                while k < toks.count - 1, !(toks[k].kind == .op && toks[k].text == ")") { k += 1 }
                let msg = isLambda ? "Lambda expression parameters cannot be parenthesized"
                                   : "Function parameters cannot be parenthesized"
                throw errorRange(open.range, toks[k].range, msg)
            } else {
                var param = try parseParam(isLambda: isLambda)
                if isOp("=") {
                    let eq = tok
                    try advance()
                    if (isOp(",") || (isOp(closing) && !isLambda)) && invalidRulesOn {
                        throw errorAt(eq, "expected default value expression")
                    }
                    param.defaultValue = try parseExpression()
                }
                if seenStar {
                    params.keywordOnly.append(param)
                } else {
                    if param.defaultValue != nil {
                        seenDefault = true
                    } else if seenDefault {
                        throw errorRange(param.range, "non-default argument follows default argument")
                    }
                    current.append(param)
                }
            }
            if !isOp(",") { break }
            try advance()
        }
        params.positional = current
        return params
    }

    /// The symbol table's "duplicate argument" check, in CPython's visiting order.
    func checkDuplicateParams(_ params: Parameters) {
        var seen: Set<String> = []
        var all = params.positionalOnly + params.positional + params.keywordOnly
        if let v = params.varargs { all.append(v) }
        if let k = params.kwargs { all.append(k) }
        for prm in all {
            if seen.contains(prm.name) {
                noteSymtable(errorRange(prm.range, "duplicate argument '\(prm.name)' in function definition"))
                return
            }
            seen.insert(prm.name)
        }
    }
}
