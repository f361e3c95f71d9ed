import Python
import TFRuntime

/// The element-wise math and activation functions that are one op each (tf.math.expm1, tf.atan2,
/// tf.nn.elu, ...), installed where TF 2.21 exports them: `tf.math` and `tf.nn` have them all,
/// the `tensorflow` module some, and `tf.compat.v1`'s top level a few more (its TF1 names). They
/// convert their inputs and name their op as TF's generated wrappers do; an input of a type the
/// op does not allow is the op's error (see `AllowedTypes`).
func installMathFunctions(_ m: PyModule, math: PyModule, nn: PyModule, v1: Bool) {
    /// `fname(arg, name=None)`, one op of `type`. A Python list or tuple input takes TF's slower
    /// path, whose errors end without the op's name.
    func unary(_ module: PyModule, _ fname: String, _ type: String, arg: String) {
        let def = OpRegistry.shared[type]
        module.function(fname) { i, a in
            let fast = !a.positional.contains { Interpreter.isSequence($0) }
            if let def, fast, a.keywords.isEmpty, a.count == 1, let r = try i.eagerOp(def, a.positional) { return r }
            let p = try a.bind(fname, [arg, "name"], required: 1)
            return try i.tfOp1(type, name: p[1], inputs: [(p[0] ?? .none, arg)], eagerName: Interpreter.isSequence(p[0]) ? nil : "")
        }
    }
    /// `fname(first, second, name=None)`, one op of `type`; Python values take the tensor's dtype.
    func binary(_ module: PyModule, _ fname: String, _ type: String, args: (String, String)) {
        let def = OpRegistry.shared[type]
        module.function(fname) { i, a in
            let fast = !a.positional.contains { Interpreter.isSequence($0) }
            if let def, fast, a.keywords.isEmpty, a.count == 2, let r = try i.eagerOp(def, a.positional) { return r }
            let p = try a.bind(fname, [args.0, args.1, "name"], required: 2)
            let slow = Interpreter.isSequence(p[0]) || Interpreter.isSequence(p[1])
            return try i.tfOp1(type, name: p[2], inputs: [(p[0] ?? .none, args.0), (p[1] ?? .none, args.1)], eagerName: slow ? nil : "")
        }
    }

    for (fname, type) in [("expm1", "Expm1"), ("tan", "Tan"), ("erf", "Erf"), ("erfc", "Erfc"), ("atan", "Atan"),
                          ("asin", "Asin"), ("acos", "Acos"), ("sinh", "Sinh"), ("cosh", "Cosh"),
                          ("is_finite", "IsFinite"), ("is_nan", "IsNan"), ("is_inf", "IsInf")] {
        unary(math, fname, type, arg: "x")
    }
    binary(math, "atan2", "Atan2", args: ("y", "x"))
    binary(math, "floormod", "FloorMod", args: ("x", "y"))
    // math_ops.floordiv: the op in a `floordiv` name scope, named after it.
    math.function("floordiv") { i, a in
        let p = try a.bind("floordiv", ["x", "y", "name"], required: 2)
        let slow = Interpreter.isSequence(p[0]) || Interpreter.isSequence(p[1])
        return try i.tfOp1("FloorDiv", name: p[2], defaultName: "floordiv", inputs: [(p[0] ?? .none, "x"), (p[1] ?? .none, "y")],
                           eagerName: slow ? nil : "")
    }
    math["mod"] = math["floormod"]
    binary(m, "truncatemod", "TruncateMod", args: ("x", "y"))
    for (fname, type) in [("elu", "Elu"), ("selu", "Selu"), ("relu6", "Relu6"), ("softsign", "Softsign")] {
        unary(nn, fname, type, arg: "features")
    }
    math["softsign"] = nn["softsign"]

    // The top level: TF2 keeps the trigonometric and hyperbolic ones; compat.v1 also has the
    // others it had in TF1.
    var topLevel = ["tan", "atan", "asin", "acos", "sinh", "cosh", "atan2"]
    if v1 { topLevel += ["expm1", "erf", "erfc", "floormod", "mod", "floordiv", "is_finite", "is_nan", "is_inf"] }
    for n in topLevel { m[n] = math[n] }
}
