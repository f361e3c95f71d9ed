import Foundation

// The activation kernels of TF's relu_op_functor.h and softsign_op.h (Elu, Selu, Softsign and
// their gradients, Relu6's gradient), element by element as Eigen evaluates them: exp is Eigen's
// on whole packets and the C library's on the elements left over at the end; a select passes its
// chosen operand through as it is, while arithmetic sees denormals as zero.

extension Kernels {
    /// SELU's constants, rounded to the element type as TF's kernel rounds them.
    static let seluScale = 1.0507009873554804934193349852946
    static let seluScaleAlpha = 1.7580993408473768599402175208123

    /// `x < 0 ? e^x - 1 : x` (TF `Elu`).
    public static func elu(_ a: Tensor) throws -> Tensor {
        try packetUnary("Elu", a,
                        packet32: { x in EigenMath.flush(x) < 0 ? EigenMath.flush(EigenMath.exp(x) - 1) : x },
                        scalar32: { x in x < 0 ? Foundation.exp(x) - 1 : x },
                        packet64: { x in EigenMath.flush(x) < 0 ? EigenMath.flush(EigenMath.exp(x) - 1) : x },
                        scalar64: { x in x < 0 ? Foundation.exp(x) - 1 : x })
    }

    /// `x < 0 ? scale·alpha·(e^x - 1) : scale·x` (TF `Selu`).
    public static func selu(_ a: Tensor) throws -> Tensor {
        let s32 = Float(seluScale), sa32 = Float(seluScaleAlpha)
        let s64 = seluScale, sa64 = seluScaleAlpha
        return try packetUnary("Selu", a,
                               packet32: { x in
                                   let f = EigenMath.flush(x)
                                   return EigenMath.flush(f < 0 ? sa32 * (EigenMath.exp(x) - 1) : s32 * f)
                               },
                               scalar32: { x in x < 0 ? sa32 * (Foundation.exp(x) - 1) : s32 * x },
                               packet64: { x in
                                   let f = EigenMath.flush(x)
                                   return EigenMath.flush(f < 0 ? sa64 * (EigenMath.exp(x) - 1) : s64 * f)
                               },
                               scalar64: { x in x < 0 ? sa64 * (Foundation.exp(x) - 1) : s64 * x })
    }

    /// `x / (|x| + 1)` (TF `Softsign`).
    public static func softsign(_ a: Tensor) throws -> Tensor {
        try floatUnary("Softsign", a,
                       f32: { x in let f = EigenMath.flush(x); return EigenMath.flush(f / (Swift.abs(f) + 1)) },
                       f64: { x in let f = EigenMath.flush(x); return EigenMath.flush(f / (Swift.abs(f) + 1)) })
    }

    /// TF `EluGrad`: `y < 0 ? (y + 1)·g : g`, from the gradient and Elu's output.
    public static func eluGrad(_ gradients: Tensor, _ outputs: Tensor) throws -> Tensor {
        try floatBinary("EluGrad", gradients, outputs,
                        f32: { g, y in y < 0 ? (y + 1) * g : g }, f64: { g, y in y < 0 ? (y + 1) * g : g })
    }

    /// TF `SeluGrad`: `y < 0 ? g·(y + scale·alpha) : g·scale`, from the gradient and Selu's output.
    public static func seluGrad(_ gradients: Tensor, _ outputs: Tensor) throws -> Tensor {
        let s32 = Float(seluScale), sa32 = Float(seluScaleAlpha)
        return try floatBinary("SeluGrad", gradients, outputs,
                               f32: { g, y in y < 0 ? g * (y + sa32) : g * s32 },
                               f64: { g, y in y < 0 ? g * (y + seluScaleAlpha) : g * seluScale })
    }

    /// TF `SoftsignGrad`: `g / (|x| + 1)²`, from the gradient and Softsign's input.
    public static func softsignGrad(_ gradients: Tensor, _ features: Tensor) throws -> Tensor {
        try floatBinary("SoftsignGrad", gradients, features,
                        f32: { g, x in let d = Swift.abs(x) + 1; return g / (d * d) },
                        f64: { g, x in let d = Swift.abs(x) + 1; return g / (d * d) })
    }

    /// TF `Relu6Grad`: `g · (0 < y < 6 ? 1 : 0)`, from the gradient and Relu6's output (a product,
    /// so an infinite or NaN gradient where the mask is 0 gives NaN, as in TF).
    public static func relu6Grad(_ gradients: Tensor, _ outputs: Tensor) throws -> Tensor {
        try numericBinary("Relu6Grad", gradients, outputs,
                          f32: { g, y in g * (y > 0 && y < 6 ? 1 : 0) }, f64: { g, y in g * (y > 0 && y < 6 ? 1 : 0) },
                          i32: { g, y in y > 0 && y < 6 ? g : 0 }, i64: { g, y in y > 0 && y < 6 ? g : 0 },
                          u8: { g, y in y > 0 && y < 6 ? g : 0 })
    }
}
