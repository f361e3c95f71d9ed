/// The abstract syntax tree of the Python subset tflearn runs.
///
/// Every node carries the source range it was parsed from, so the compiler and the
/// runtime can report errors with file, line and column, as CPython's tracebacks do.
/// The shapes follow CPython's `ast` module where that is convenient.

/// A position in a source file. `line` and `column` are both 1-based; `column` counts
/// Unicode scalars from the start of the line.
public struct SourcePos: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public static func < (a: SourcePos, b: SourcePos) -> Bool {
        a.line != b.line ? a.line < b.line : a.column < b.column
    }
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of source text: `start` is the first character, `end` one past the last.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SourcePos
    public var end: SourcePos
    public init(start: SourcePos, end: SourcePos) {
        self.start = start
        self.end = end
    }
    public init(_ start: SourcePos, _ end: SourcePos) { self.init(start: start, end: end) }
    public static let unknown = SourceRange(start: SourcePos(line: 0, column: 0), end: SourcePos(line: 0, column: 0))
    /// The smallest range that covers both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
    public var description: String { "\(start)-\(end)" }
}

/// A parsed source file.
public struct Module: Sendable {
    public var body: [Stmt]
    public var filename: String
    public init(body: [Stmt], filename: String) {
        self.body = body
        self.filename = filename
    }
}

// MARK: - Statements

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var range: SourceRange
    public init(_ kind: StmtKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum StmtKind: Sendable {
    /// An expression statement.
    case expr(Expr)
    /// `a = b = value`: `targets` holds `a` and `b`, left to right.
    case assign(targets: [Expr], value: Expr)
    /// `target op= value`.
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    /// `target: annotation = value` (value optional).
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    /// `elif` chains are nested `if`s in `orelse`, as in CPython's ast.
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt])
    /// `raise`, `raise exc`, `raise exc from cause`.
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    /// `import a.b as c, d`.
    case `import`([Alias])
    /// `from ..mod import a as b, c` (`module` nil for `from . import x`); `names` is `[*]` for a star import.
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case pass
    case `break`
    case `continue`
}

public struct FunctionDef: Sendable {
    public var name: String
    public var params: Parameters
    public var body: [Stmt]
    /// Decorators, outermost first (as written, top to bottom).
    public var decorators: [Expr]
    public var returns: Expr?
    public init(name: String, params: Parameters, body: [Stmt], decorators: [Expr], returns: Expr?) {
        self.name = name
        self.params = params
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

public struct ClassDef: Sendable {
    public var name: String
    /// Positional arguments are bases; keyword arguments (`metaclass=`) are kept as keywords.
    public var bases: [Argument]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = decorators
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public struct ExceptHandler: Sendable {
    /// The exception class (or tuple of classes); nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var range: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], range: SourceRange) {
        self.type = type
        self.name = name
        self.body = body
        self.range = range
    }
}

public struct Alias: Sendable {
    /// The dotted name as written (`os.path`), or `*`.
    public var name: String
    public var asname: String?
    public var range: SourceRange
    public init(name: String, asname: String?, range: SourceRange) {
        self.name = name
        self.asname = asname
        self.range = range
    }
}

// MARK: - Function parameters

public struct Param: Sendable {
    public var name: String
    public var annotation: Expr?
    /// The default value; only for positional-or-keyword and keyword-only parameters.
    public var defaultValue: Expr?
    public var range: SourceRange
    public init(name: String, annotation: Expr? = nil, defaultValue: Expr? = nil, range: SourceRange) {
        self.name = name
        self.annotation = annotation
        self.defaultValue = defaultValue
        self.range = range
    }
}

/// `def f(a, b=1, /, c=2, *args, d, e=3, **kwargs)`.
public struct Parameters: Sendable {
    /// Parameters before `/`.
    public var positionalOnly: [Param]
    /// Ordinary positional-or-keyword parameters.
    public var positional: [Param]
    /// `*args`.
    public var varargs: Param?
    /// Parameters after `*` or `*args`.
    public var keywordOnly: [Param]
    /// `**kwargs`.
    public var kwargs: Param?
    public init(positionalOnly: [Param] = [], positional: [Param] = [], varargs: Param? = nil,
                keywordOnly: [Param] = [], kwargs: Param? = nil) {
        self.positionalOnly = positionalOnly
        self.positional = positional
        self.varargs = varargs
        self.keywordOnly = keywordOnly
        self.kwargs = kwargs
    }
}

// MARK: - Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public var range: SourceRange
    public init(_ kind: ExprKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public enum Constant: Sendable, Equatable {
    case none
    case bool(Bool)
    /// An integer literal that fits in `Int`.
    case int(Int)
    /// An integer literal too large for `Int`, as decimal digits.
    case bigInt(String)
    case float(Double)
    /// An imaginary literal such as `2j`, by its imaginary part.
    case imaginary(Double)
    /// A string literal, after escapes; adjacent literals are already concatenated.
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

/// A piece of an f-string.
public enum FStringPart: Sendable {
    case literal(String)
    /// `{value!conversion:spec}`; `debugText` is `"expr="` (with its spaces) for `{expr=}`.
    case field(value: Expr, conversion: Character?, formatSpec: [FStringPart]?, debugText: String?)
}

public struct Argument: Sendable {
    public enum Kind: Sendable { case positional, keyword, star, doubleStar }
    public var kind: Kind
    /// The keyword, for `.keyword`.
    public var name: String?
    public var value: Expr
    public var range: SourceRange
    public init(kind: Kind, name: String? = nil, value: Expr, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.value = value
        self.range = range
    }
}

public struct DictItem: Sendable {
    /// nil for `**mapping`.
    public var key: Expr?
    public var value: Expr
    public init(key: Expr?, value: Expr) {
        self.key = key
        self.value = value
    }
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public init(target: Expr, iter: Expr, ifs: [Expr]) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
    }
}

public struct CompareItem: Sendable {
    public var op: CompareOp
    public var right: Expr
    public init(op: CompareOp, right: Expr) {
        self.op = op
        self.right = right
    }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    /// An f-string (possibly concatenated with plain literals around it).
    case fstring([FStringPart])
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictItem])
    /// `*x` inside a tuple, list, set or assignment target.
    case starred(Expr)
    case attribute(Expr, String)
    /// `value[index]`; `index` is a `.tuple` for `a[1, 2]` and a `.slice` for `a[1:2]`.
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case call(Expr, [Argument])
    case unary(UnaryOp, Expr)
    case binary(Expr, BinaryOp, Expr)
    /// `a and b and c` / `a or b`.
    case boolOp(BoolOp, [Expr])
    /// `a < b <= c`.
    case compare(Expr, [CompareItem])
    /// `body if test else orelse`.
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case lambda(Parameters, Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `target := value`.
    case namedExpr(target: String, value: Expr)
}

public enum UnaryOp: String, Sendable { case not = "not", neg = "-", pos = "+", invert = "~" }

public enum BoolOp: String, Sendable { case and, or }

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", matmul = "@", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case lshift = "<<", rshift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
}

public enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}
