/// Expressions, following CPython 3.11's grammar rules of the same names.

extension PyParser {
    func range(from start: SourcePos) -> SourceRange { SourceRange(start, prevEnd) }

    /// Can this token begin an expression (used for "Perhaps you forgot a comma?").
    func tokenStartsExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .number, .string: return true
        case .name:
            if !pythonKeywords.contains(t.text) { return true }
            return t.text == "True" || t.text == "False" || t.text == "None" || t.text == "not"
                || t.text == "lambda" || t.text == "await"
        case .op:
            switch t.text {
            case "(", "[", "{", "-", "+", "~", "...": return true
            default: return false
            }
        default: return false
        }
    }

    // MARK: - Top levels

    /// `expressions`: expression (',' expression)* [','] (the `eval` start rule).
    func parseExpressions() throws -> Expr {
        let first = try parseExpression()
        guard isOp(",") else { return first }
        var elts = [first]
        while isOp(",") {
            try advance()
            if !tokenStartsExpression(tok) { break }
            elts.append(try parseExpression())
        }
        return Expr(.tuple(elts), range(from: first.range.start))
    }

    /// `star_expressions`: an unparenthesised tuple when there is a comma.
    func parseStarExpressions() throws -> Expr {
        let start = tok.start
        let first = try parseStarExpression()
        guard isOp(",") else { return first }
        var elts = [first]
        while isOp(",") {
            try advance()
            if !(tokenStartsExpression(tok) || isOp("*")) { break }
            elts.append(try parseStarExpression())
        }
        return Expr(.tuple(elts), range(from: start))
    }

    func parseStarExpression() throws -> Expr {
        if isOp("*") {
            let start = tok.start
            try advance()
            let v = try parseBitOr()
            return Expr(.starred(v), range(from: start))
        }
        return try parseExpression()
    }

    func parseStarNamedExpression() throws -> Expr {
        if isOp("*") {
            let start = tok.start
            try advance()
            let v = try parseBitOr()
            return Expr(.starred(v), range(from: start))
        }
        return try parseNamedExpression()
    }

    /// `named_expression`, with CPython's `invalid_named_expression` checks.
    func parseNamedExpression(checkAssign: Bool = true) throws -> Expr {
        if isName(), try peek(1).kind == .op, try peek(1).text == ":=" {
            let nameTok = tok
            try advance()
            try advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: nameTok.text, value: value), range(from: nameTok.start))
        }
        let startIdx = p
        let e = try parseExpression()
        if invalidRulesOn {
            if isOp(":=") {
                if lookahead({ () throws -> Bool in try advance(); _ = try parseExpression(); return true }) != nil {
                    throw errorRange(e.range, "cannot use assignment expressions with \(exprName(e))")
                }
            }
            if checkAssign && isOp("=") {
                try checkInvalidNamedAssignment(e, startIdx: startIdx)
            }
        }
        return e
    }

    /// CPython's `invalid_named_expression` alternatives 2 and 3 for `target = value` where an
    /// expression was expected. Throws when they apply; returns otherwise.
    func checkInvalidNamedAssignment(_ e: Expr, startIdx: Int) throws {
        guard isOp("=") else { return }
        // What follows the '=' must be a bitwise_or not followed by '=' or ':='.
        let rhs: Expr? = lookahead {
            try advance()
            let b = try parseBitOr()
            if isOp("=") || isOp(":=") { throw SpeculationFailed() }
            return b
        }
        guard let b = rhs else { return }
        let first = toks[startIdx]
        if case .name = e.kind, first.kind == .name, e.range == first.range {
            throw errorRange(e.range, b.range, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        }
        if first.kind == .name && (first.text == "True" || first.text == "False" || first.text == "None") { return }
        if startsWithDisplay(e) { return }
        if !isBitwiseOrLevel(e) { return }
        throw errorRange(e.range, "cannot assign to \(exprName(e)) here. Maybe you meant '==' instead of '='?")
    }

    /// Is the leftmost atom of `e` a list display, a tuple or a generator expression
    /// (CPython's `!(list|tuple|genexp)` lookahead)?
    func startsWithDisplay(_ e: Expr) -> Bool {
        var cur = e
        while true {
            switch cur.kind {
            case .attribute(let v, _), .subscript(let v, _), .call(let v, _): cur = v
            case .binary(let l, _, _): cur = l
            case .list: return cur.range.start == e.range.start
            case .tuple(let elts):
                // Only a parenthesised tuple is an atom.
                guard cur.range.start == e.range.start else { return false }
                return elts.isEmpty || elts[0].range.start != cur.range.start
            case .generatorExp: return cur.range.start == e.range.start
            default: return false
            }
        }
    }

    func isBitwiseOrLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .starred: return false
        case .unary(let op, _): return op != .not
        case .tuple(let elts):
            return elts.isEmpty || elts[0].range.start != e.range.start
        default: return true
        }
    }

    /// `expression`: conditional expressions and lambdas, with `invalid_expression` and
    /// `invalid_legacy_expression`.
    func parseExpression() throws -> Expr {
        try enter()
        defer { leave() }
        if isKw("lambda") { return try parseLambda() }
        let startIdx = p
        let start = tok.start
        let a = try parseDisjunction()
        if isKw("if") {
            try advance()
            let b = try parseDisjunction()
            guard isKw("else") else {
                if invalidRulesOn && !isOp(":") {
                    throw errorRange(a.range, b.range, "expected 'else' after 'if' expression")
                }
                throw genericError()
            }
            try advance()
            let c = try parseExpression()
            return Expr(.ifExp(test: b, body: a, orelse: c), range(from: start))
        }
        if invalidRulesOn && tokenStartsExpression(tok) {
            try checkInvalidExpression(a, startIdx: startIdx)
        }
        return a
    }

    func checkInvalidExpression(_ a: Expr, startIdx: Int) throws {
        let t0 = toks[startIdx]
        let t1 = toks[min(startIdx + 1, toks.count - 1)]
        var legacyName: String?
        if case .name(let n) = a.kind, n == "print" || n == "exec" { legacyName = n }
        let softKeyword = t0.kind == .name && (t0.text == "match" || t0.text == "case" || t0.text == "_")
        if !(t0.kind == .name && t1.kind == .string) && !softKeyword && legacyName == nil {
            let found: (Expr, Int)? = try lookaheadKeepingFatal {
                let b = try parseExpressionWithoutInvalid()
                return (b, toks[max(0, p - 1)].level)
            }
            if let (b, level) = found, level > 0 {
                throw errorRange(a.range, b.range, "invalid syntax. Perhaps you forgot a comma?")
            }
        }
        if let n = legacyName, !isOp("(") {
            let found: Expr? = try lookaheadKeepingFatal { try parseStarExpressions() }
            if let b = found {
                throw errorRange(a.range, b.range, "Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?")
            }
        }
    }

    /// A lookahead that lets the errors CPython raises on fetching a token escape.
    func lookaheadKeepingFatal<T>(_ body: () throws -> T) throws -> T? {
        let saveP = p, saveFurthest = furthest, saveSym = symtableError, saveComp = compileError
        noInvalid += 1
        defer {
            noInvalid -= 1
            p = saveP
            furthest = saveFurthest
            symtableError = saveSym
            compileError = saveComp
        }
        do {
            return try body()
        } catch let e as SyntaxError where isFatal(e) {
            throw e
        } catch {
            return nil
        }
    }

    func isFatal(_ e: SyntaxError) -> Bool {
        if e.message.hasSuffix("was never closed") { return true }
        if let d = lexed.deferredError, d.message == e.message, d.line == e.line { return true }
        return false
    }

    func parseExpressionWithoutInvalid() throws -> Expr {
        noInvalid += 1
        defer { noInvalid -= 1 }
        return try parseExpression()
    }

    func parseDisjunction() throws -> Expr {
        let start = tok.start
        let first = try parseConjunction()
        guard isKw("or") else { return first }
        var vals = [first]
        while isKw("or") {
            try advance()
            vals.append(try parseConjunction())
        }
        return Expr(.boolOp(.or, vals), range(from: start))
    }

    func parseConjunction() throws -> Expr {
        let start = tok.start
        let first = try parseInversion()
        guard isKw("and") else { return first }
        var vals = [first]
        while isKw("and") {
            try advance()
            vals.append(try parseInversion())
        }
        return Expr(.boolOp(.and, vals), range(from: start))
    }

    func parseInversion() throws -> Expr {
        if isKw("not") {
            try enter()
            defer { leave() }
            let start = tok.start
            try advance()
            let v = try parseInversion()
            return Expr(.unary(.not, v), range(from: start))
        }
        return try parseComparison()
    }

    func parseComparison() throws -> Expr {
        let start = tok.start
        let left = try parseBitOr()
        var items: [CompareItem] = []
        while true {
            var op: CompareOp?
            if tok.kind == .op {
                switch tok.text {
                case "==": op = .eq
                case "!=": op = .ne
                case "<": op = .lt
                case "<=": op = .le
                case ">": op = .gt
                case ">=": op = .ge
                default: op = nil
                }
                if op != nil { try advance() }
            } else if isKw("in") {
                op = .in
                try advance()
            } else if isKw("not") {
                let nx = try peek(1)
                if nx.kind == .name && nx.text == "in" {
                    try advance()
                    try advance()
                    op = .notIn
                }
            } else if isKw("is") {
                try advance()
                if isKw("not") {
                    try advance()
                    op = .isNot
                } else {
                    op = .is
                }
            }
            guard let o = op else { break }
            items.append(CompareItem(op: o, right: try parseBitOr()))
        }
        if items.isEmpty { return left }
        return Expr(.compare(left, items), range(from: start))
    }

    func binaryOp(_ t: Token) -> (Int, BinaryOp)? {
        guard t.kind == .op else { return nil }
        switch t.text {
        case "|": return (1, .bitOr)
        case "^": return (2, .bitXor)
        case "&": return (3, .bitAnd)
        case "<<": return (4, .lshift)
        case ">>": return (4, .rshift)
        case "+": return (5, .add)
        case "-": return (5, .sub)
        case "*": return (6, .mul)
        case "/": return (6, .div)
        case "//": return (6, .floorDiv)
        case "%": return (6, .mod)
        case "@": return (6, .matmul)
        default: return nil
        }
    }

    /// `bitwise_or` down to `term`, by precedence climbing.
    func parseBitOr() throws -> Expr { try parseBinary(1) }

    func parseBinary(_ minPrec: Int) throws -> Expr {
        let start = tok.start
        var left = try parseFactor()
        while let (prec, op) = binaryOp(tok), prec >= minPrec {
            try advance()
            let right = try parseBinary(prec + 1)
            left = Expr(.binary(left, op, right), range(from: start))
        }
        return left
    }

    func parseFactor() throws -> Expr {
        if tok.kind == .op, tok.text == "-" || tok.text == "+" || tok.text == "~" {
            try enter()
            defer { leave() }
            let start = tok.start
            let op: UnaryOp = tok.text == "-" ? .neg : tok.text == "+" ? .pos : .invert
            try advance()
            let v = try parseFactor()
            return Expr(.unary(op, v), range(from: start))
        }
        return try parsePower()
    }

    func parsePower() throws -> Expr {
        let start = tok.start
        let base = try parsePrimary()
        if isOp("**") {
            try enter()
            defer { leave() }
            try advance()
            let exp = try parseFactor()
            return Expr(.binary(base, .pow, exp), range(from: start))
        }
        return base
    }

    func parsePrimary() throws -> Expr {
        if isKw("await") {
            throw errorAt(tok, "'await' is not supported")
        }
        let start = tok.start
        var e = try parseAtom()
        while tok.kind == .op {
            if tok.text == "." {
                try advance()
                let name = try expectName()
                e = Expr(.attribute(e, name.text), range(from: start))
            } else if tok.text == "(" {
                e = try parseCall(e, start: start)
            } else if tok.text == "[" {
                try advance()
                let idx = try parseSlices()
                try expectOp("]")
                e = Expr(.subscript(e, idx), range(from: start))
            } else {
                break
            }
        }
        return e
    }

    // MARK: - Atoms

    func parseAtom() throws -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            switch t.text {
            case "True":
                try advance()
                return Expr(.constant(.bool(true)), t.range)
            case "False":
                try advance()
                return Expr(.constant(.bool(false)), t.range)
            case "None":
                try advance()
                return Expr(.constant(.none), t.range)
            default:
                if pythonKeywords.contains(t.text) { throw genericError() }
                try advance()
                return Expr(.name(t.text), t.range)
            }
        case .number:
            try advance()
            return Expr(.constant(try numberConstant(t)), t.range)
        case .string:
            return try parseStrings()
        case .op:
            switch t.text {
            case "(": return try parseParenAtom()
            case "[": return try parseListAtom()
            case "{": return try parseBraceAtom()
            case "...":
                try advance()
                return Expr(.constant(.ellipsis), t.range)
            default:
                throw genericError()
            }
        default:
            throw genericError()
        }
    }

    func numberConstant(_ t: Token) throws -> Constant {
        var digits = Array(t.text.unicodeScalars.filter { $0 != "_" })
        guard let last = digits.last else { throw errorAt(t, "invalid syntax") }
        if last == "j" || last == "J" {
            digits.removeLast()
            return .imaginary(Double(String(String.UnicodeScalarView(digits))) ?? 0)
        }
        let text = String(String.UnicodeScalarView(digits))
        if digits.count > 1, digits[0] == "0", let k = digits.dropFirst().first,
           "xXoObB".unicodeScalars.contains(k) {
            let radix: Int = (k == "x" || k == "X") ? 16 : (k == "o" || k == "O") ? 8 : 2
            let body = String(String.UnicodeScalarView(digits.dropFirst(2)))
            if let v = Int(body, radix: radix) { return .int(v) }
            return .bigInt(bigDecimal(body, radix: radix))
        }
        if text.unicodeScalars.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return .float(Double(text) ?? Double.infinity)
        }
        if let v = Int(text) { return .int(v) }
        var trimmed = Substring(text)
        while trimmed.count > 1, trimmed.first == "0" { trimmed = trimmed.dropFirst() }
        return .bigInt(String(trimmed))
    }

    /// Converts digits in `radix` to decimal digits (for integers too large for `Int`).
    func bigDecimal(_ digits: String, radix: Int) -> String {
        // Little-endian base-1e9 limbs.
        var limbs: [UInt64] = [0]
        let base: UInt64 = 1_000_000_000
        for u in digits.unicodeScalars {
            guard let d = Int(String(u), radix: radix) else { continue }
            var carry = UInt64(d)
            for i in 0..<limbs.count {
                let v = limbs[i] * UInt64(radix) + carry
                limbs[i] = v % base
                carry = v / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
        }
        var out = String(limbs[limbs.count - 1])
        for i in stride(from: limbs.count - 2, through: 0, by: -1) {
            let s = String(limbs[i])
            out += String(repeating: "0", count: 9 - s.count) + s
        }
        return out
    }

    func parseParenAtom() throws -> Expr {
        let open = tok
        try advance()
        if isOp(")") {
            try advance()
            return Expr(.tuple([]), range(from: open.start))
        }
        if isKw("yield") {
            let y = try parseYieldExpr()
            try expectOp(")")
            return y
        }
        if isOp("**") && invalidRulesOn {
            let star = tok
            let hit: Bool? = lookahead {
                try advance()
                _ = try parseExpression()
                if !isOp(")") { throw SpeculationFailed() }
                return true
            }
            if hit != nil { throw errorAt(star, "cannot use double starred expression here") }
        }
        let first = try parseStarNamedExpression()
        if isKw("for") || isKw("async") {
            if case .starred = first.kind, invalidRulesOn {
                throw errorRange(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let comps = try parseComprehensions()
            try expectOp(")")
            return Expr(.generatorExp(first, comps), range(from: open.start))
        }
        if isOp(")") {
            if case .starred = first.kind {
                throw errorRange(first.range, "cannot use starred expression here")
            }
            try advance()
            return first
        }
        if isOp(",") {
            var elts = [first]
            while isOp(",") {
                try advance()
                if isOp(")") { break }
                elts.append(try parseStarNamedExpression())
            }
            try expectOp(")")
            return Expr(.tuple(elts), range(from: open.start))
        }
        throw genericError()
    }

    func parseListAtom() throws -> Expr {
        let open = tok
        try advance()
        if isOp("]") {
            try advance()
            return Expr(.list([]), range(from: open.start))
        }
        let first = try parseStarNamedExpression()
        if isKw("for") || isKw("async") {
            if case .starred = first.kind, invalidRulesOn {
                throw errorRange(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let comps = try parseComprehensions()
            try expectOp("]")
            return Expr(.listComp(first, comps), range(from: open.start))
        }
        var elts = [first]
        var lastComma: Token?
        while isOp(",") {
            lastComma = tok
            try advance()
            if isOp("]") { break }
            lastComma = nil
            elts.append(try parseStarNamedExpression())
        }
        if isKw("for") && invalidRulesOn && elts.count > 1 || isKw("for") && lastComma != nil && invalidRulesOn {
            let endR = lastComma?.range ?? elts[elts.count - 1].range
            if lookahead({ () throws -> Bool in _ = try parseComprehensions(); return true }) != nil {
                throw errorRange(first.range, endR, "did you forget parentheses around the comprehension target?")
            }
        }
        try expectOp("]")
        return Expr(.list(elts), range(from: open.start))
    }

    func parseBraceAtom() throws -> Expr {
        let open = tok
        try advance()
        if isOp("}") {
            try advance()
            return Expr(.dict([]), range(from: open.start))
        }
        if isOp("**") {
            let star = tok
            try advance()
            let v = try parseBitOr()
            if isKw("for") && invalidRulesOn {
                throw errorAt(star, "dict unpacking cannot be used in dict comprehension")
            }
            return try parseDictRest(open: open, first: DictItem(key: nil, value: v))
        }
        let first = try parseStarNamedExpression()
        if isOp(":") {
            let colon = tok
            try advance()
            if invalidRulesOn {
                if isOp("}") || isOp(",") {
                    throw errorAt(colon, "expression expected after dictionary key and ':'")
                }
                if isOp("*") { try throwStarredDictValue() }
            }
            let v = try parseExpression()
            if isKw("for") || isKw("async") {
                let comps = try parseComprehensions()
                try expectOp("}")
                return Expr(.dictComp(key: first, value: v, comps), range(from: open.start))
            }
            return try parseDictRest(open: open, first: DictItem(key: first, value: v))
        }
        if isKw("for") || isKw("async") {
            if case .starred = first.kind, invalidRulesOn {
                throw errorRange(first.range, "iterable unpacking cannot be used in comprehension")
            }
            let comps = try parseComprehensions()
            try expectOp("}")
            return Expr(.setComp(first, comps), range(from: open.start))
        }
        var elts = [first]
        var lastComma: Token?
        while isOp(",") {
            lastComma = tok
            try advance()
            if isOp("}") { break }
            lastComma = nil
            elts.append(try parseStarNamedExpression())
        }
        if isKw("for") && invalidRulesOn && (elts.count > 1 || lastComma != nil) {
            let endR = lastComma?.range ?? elts[elts.count - 1].range
            if lookahead({ () throws -> Bool in _ = try parseComprehensions(); return true }) != nil {
                throw errorRange(first.range, endR, "did you forget parentheses around the comprehension target?")
            }
        }
        try expectOp("}")
        return Expr(.set(elts), range(from: open.start))
    }

    func throwStarredDictValue() throws {
        let star = tok
        let v: Expr? = lookahead { try advance(); return try parseBitOr() }
        throw src.error(.syntax, "cannot use a starred expression in a dictionary value",
                        line: star.start.line, column: star.start.column,
                        endLine: v?.range.end.line ?? star.end.line, endColumn: v?.range.end.column ?? star.end.column)
    }

    func parseDictRest(open: Token, first: DictItem) throws -> Expr {
        var items = [first]
        while isOp(",") {
            try advance()
            if isOp("}") { break }
            if isOp("**") {
                try advance()
                items.append(DictItem(key: nil, value: try parseBitOr()))
                continue
            }
            let k = invalidRulesOn ? try parseExpressionWithoutInvalid() : try parseExpression()
            guard isOp(":") else {
                if invalidRulesOn {
                    throw src.error(.syntax, "':' expected after dictionary key", line: k.range.end.line,
                                    column: k.range.end.column - 1)
                }
                throw genericError()
            }
            let colon = tok
            try advance()
            if invalidRulesOn {
                if isOp("}") || isOp(",") {
                    throw errorAt(colon, "expression expected after dictionary key and ':'")
                }
                if isOp("*") { try throwStarredDictValue() }
            }
            items.append(DictItem(key: k, value: try parseExpression()))
        }
        try expectOp("}")
        return Expr(.dict(items), range(from: open.start))
    }

    // MARK: - Comprehensions and targets

    func parseComprehensions() throws -> [Comprehension] {
        var comps: [Comprehension] = []
        while isKw("for") || isKw("async") {
            if isKw("async") { throw errorAt(tok, "asynchronous comprehensions are not supported") }
            try advance()
            let target = try parseForTarget()
            try expectKw("in")
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while isKw("if") {
                try advance()
                ifs.append(try parseDisjunction())
            }
            comps.append(Comprehension(target: target, iter: iter, ifs: ifs))
        }
        return comps
    }

    /// The target of `for` (statement or comprehension), followed by `in`; with CPython's
    /// `invalid_for_target`.
    func parseForTarget() throws -> Expr {
        let startIdx = p
        let parsed: Expr? = speculate { try parseStarTargets() }
        if let t = parsed, isKw("in"), invalidTarget(t, .forTargets) == nil {
            return t
        }
        p = startIdx
        if invalidRulesOn {
            let whole: Expr? = lookahead { try parseStarExpressions() }
            if let w = whole, let bad = invalidTarget(w, .forTargets) {
                throw errorRange(bad.range, "cannot assign to \(exprName(bad))")
            }
        }
        // Re-parse for the generic error position.
        let t = try parseStarTargets()
        if !isKw("in") { throw genericError() }
        if let bad = invalidTarget(t, .forTargets) {
            throw errorRange(bad.range, "cannot assign to \(exprName(bad))")
        }
        return t
    }

    /// `star_targets`: targets separated by commas (an unparenthesised tuple).
    func parseStarTargets() throws -> Expr {
        let first = try parseStarTarget()
        guard isOp(",") else { return first }
        var elts = [first]
        while isOp(",") {
            try advance()
            if !(isOp("*") || isOp("(") || isOp("[") || isName()) { break }
            elts.append(try parseStarTarget())
        }
        return Expr(.tuple(elts), range(from: first.range.start))
    }

    func parseStarTarget() throws -> Expr {
        if isOp("*") {
            let start = tok.start
            try advance()
            if isOp("*") { throw genericError() }
            let inner = try parseStarTarget()
            return Expr(.starred(inner), range(from: start))
        }
        return try parsePrimary()
    }

    enum TargetsType { case star, del, forTargets }

    /// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
    func invalidTarget(_ e: Expr, _ type: TargetsType) -> Expr? {
        switch e.kind {
        case .list(let elts), .tuple(let elts):
            for x in elts {
                if let bad = invalidTarget(x, type) { return bad }
            }
            return nil
        case .starred(let v):
            if type == .del { return e }
            return invalidTarget(v, type)
        case .compare(let left, let items):
            if type == .forTargets {
                if let first = items.first, first.op == .in { return invalidTarget(left, type) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// CPython's `_PyPegen_get_expr_name`.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binary, .unary: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .fstring: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    // MARK: - Calls and subscripts

    func parseCall(_ fn: Expr, start: SourcePos? = nil) throws -> Expr {
        let open = tok
        try advance()
        var args: [Argument] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var positionalAfterKeyword = false
        var keywordNames: Set<String> = []
        while !isOp(")") {
            let argStart = tok
            if isOp("*") {
                if sawDoubleStar && invalidRulesOn {
                    throw errorAt(tok, "iterable argument unpacking follows keyword argument unpacking")
                }
                try advance()
                let v = try parseExpression()
                args.append(Argument(kind: .star, value: v, range: range(from: argStart.start)))
            } else if isOp("**") {
                try advance()
                let v = try parseExpression()
                args.append(Argument(kind: .doubleStar, value: v, range: range(from: argStart.start)))
                sawDoubleStar = true
            } else if tok.kind == .name, try peek(1).kind == .op, try peek(1).text == "=" {
                let eq = try peek(1)
                if tok.text == "True" || tok.text == "False" || tok.text == "None" {
                    throw errorRange(tok.range, eq.range, "cannot assign to \(tok.text)")
                }
                if pythonKeywords.contains(tok.text) { throw genericError() }
                let name = tok.text
                try advance()
                try advance()
                let v = try parseExpression()
                if isKw("for") && invalidRulesOn {
                    throw errorRange(argStart.range, eq.range,
                                     "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                }
                let r = range(from: argStart.start)
                if keywordNames.contains(name) {
                    noteCompile(errorRange(r, "keyword argument repeated: \(name)"))
                }
                keywordNames.insert(name)
                args.append(Argument(kind: .keyword, name: name, value: v, range: r))
                sawKeyword = true
            } else {
                var v = try parseNamedExpression(checkAssign: false)
                if isKw("for") || isKw("async") {
                    let comps = try parseComprehensions()
                    let sole = args.isEmpty && isOp(")")
                    if !sole {
                        let lastItem = comps.last.map { $0.ifs.last ?? $0.iter } ?? v
                        throw errorRange(v.range, lastItem.range, "Generator expression must be parenthesized")
                    }
                    // A sole generator argument: its range includes the call's parentheses.
                    let close = tok
                    v = Expr(.generatorExp(v, comps), SourceRange(open.start, close.end))
                }
                if isOp("=") && invalidRulesOn {
                    throw errorRange(v.range, tok.range, "expression cannot contain assignment, perhaps you meant \"==\"?")
                }
                if sawKeyword || sawDoubleStar { positionalAfterKeyword = true }
                args.append(Argument(kind: .positional, value: v, range: v.range))
            }
            if !isOp(",") { break }
            try advance()
        }
        if positionalAfterKeyword {
            let msg = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument"
            throw errorAt(tok, msg)
        }
        try expectOp(")")
        return Expr(.call(fn, args), range(from: start ?? fn.range.start))
    }

    func parseSlices() throws -> Expr {
        let start = tok.start
        let first = try parseSlice()
        guard isOp(",") else {
            if case .starred = first.kind { return Expr(.tuple([first]), first.range) }
            return first
        }
        var elts = [first]
        while isOp(",") {
            try advance()
            if isOp("]") { break }
            elts.append(try parseSlice())
        }
        return Expr(.tuple(elts), range(from: start))
    }

    func parseSlice() throws -> Expr {
        let start = tok.start
        if isOp("*") {
            try advance()
            let v = try parseBitOr()
            return Expr(.starred(v), range(from: start))
        }
        var lower: Expr?
        if !isOp(":") {
            let e = try parseNamedExpression()
            if !isOp(":") { return e }
            lower = e
        }
        try advance()
        var upper: Expr?
        var step: Expr?
        if !isOp(":") && !isOp("]") && !isOp(",") {
            upper = try parseExpression()
        }
        if isOp(":") {
            try advance()
            if !isOp("]") && !isOp(",") {
                step = try parseExpression()
            }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    // MARK: - Lambda and yield

    func parseLambda() throws -> Expr {
        let start = tok.start
        try advance()
        let params = try parseParameters(closing: ":", isLambda: true)
        try expectOp(":")
        let body = try withScope(.lambda) { try parseExpression() }
        checkDuplicateParams(params)
        return Expr(.lambda(params, body), range(from: start))
    }

    func parseYieldExpr() throws -> Expr {
        let start = tok.start
        try advance()
        let e: Expr
        if isKw("from") {
            try advance()
            let v = try parseExpression()
            e = Expr(.yieldFrom(v), range(from: start))
        } else if tokenStartsExpression(tok) || isOp("*") {
            let v = try parseStarExpressions()
            e = Expr(.yield(v), range(from: start))
        } else {
            e = Expr(.yield(nil), range(from: start))
        }
        switch innermostScope {
        case .module, .classBody:
            noteCompile(errorRange(e.range, "'yield' outside function"))
        default:
            break
        }
        return e
    }
}
