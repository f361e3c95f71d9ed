import Python
import TensorCore

/// `np.set_printoptions` / `np.get_printoptions`: the print options of one interpreter, used by
/// ndarray's `repr` and `str`.
enum NumpyPrinting {
    final class Box {
        var options = NumpyPrintOptions.standard
    }

    static func box(_ i: Interpreter) -> Box {
        if let b = i.extensions["numpy.printoptions"] as? Box { return b }
        let b = Box()
        i.extensions["numpy.printoptions"] = b
        return b
    }

    static func options(_ i: Interpreter) -> NumpyPrintOptions {
        (i.extensions["numpy.printoptions"] as? Box)?.options ?? .standard
    }

    static func set(_ i: Interpreter, _ a: Args) throws {
        let names = ["precision", "threshold", "edgeitems", "linewidth", "suppress", "nanstr", "infstr", "formatter", "sign", "floatmode", "legacy"]
        let p = try a.bind("set_printoptions", names)
        var o = options(i)
        if let v = p[0], !v.isNone { o.precision = try NumpyConvert.integer(v, i) }
        if let v = p[1], !v.isNone {
            if case .float(let d) = v {
                guard !d.isNaN else { throw PyError.valueError("threshold must be non-NAN, try sys.maxsize for untruncated representation") }
                o.threshold = d >= 9e18 ? Int.max : d <= 0 ? 0 : Int(d)
            } else {
                o.threshold = try NumpyConvert.integer(v, i)
            }
        }
        if let v = p[2], !v.isNone { o.edgeItems = try NumpyConvert.integer(v, i) }
        if let v = p[3], !v.isNone { o.lineWidth = try NumpyConvert.integer(v, i) }
        if let v = p[4], !v.isNone { o.suppressSmall = try i.truthy(v) }
        if let v = p[5]?.asString { o.nanStr = v }
        if let v = p[6]?.asString { o.infStr = v }
        if let v = p[8]?.asString {
            guard let c = v.first, v.count == 1, "-+ ".contains(c) else { throw PyError.valueError("sign option must be one of ' ', '+', or '-'") }
            o.sign = c
        }
        if let v = p[9]?.asString {
            switch v {
            case "fixed": o.floatMode = .fixed
            case "unique": o.floatMode = .unique
            case "maxprec": o.floatMode = .maxprec
            case "maxprec_equal": o.floatMode = .maxprecEqual
            default: throw PyError.valueError("floatmode option must be one of 'fixed', 'unique', 'maxprec', or 'maxprec_equal'")
            }
        }
        box(i).options = o
    }

    static func get(_ i: Interpreter) throws -> Value {
        let o = options(i)
        let mode: String
        switch o.floatMode {
        case .fixed: mode = "fixed"
        case .unique: mode = "unique"
        case .maxprec: mode = "maxprec"
        case .maxprecEqual: mode = "maxprec_equal"
        }
        let pairs: [(String, Value)] = [
            ("edgeitems", .int(o.edgeItems)), ("threshold", .int(o.threshold)), ("floatmode", .str(mode)),
            ("precision", .int(o.precision)), ("suppress", .bool(o.suppressSmall)), ("linewidth", .int(o.lineWidth)),
            ("nanstr", .str(o.nanStr)), ("infstr", .str(o.infStr)), ("sign", .str(String(o.sign))),
            ("formatter", .none), ("legacy", .false), ("override_repr", .none),
        ]
        return .object(try i.makeDict(pairs.map { (.str($0.0), $0.1) }))
    }
}
