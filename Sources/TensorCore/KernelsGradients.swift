// The fused gradient kernels of TF's cwise_ops_gradients.h (SigmoidGrad, TanhGrad, SqrtGrad,
// RsqrtGrad, ReciprocalGrad), of an op's output y and the incoming gradient g, computed as Eigen
// computes them: the packet formula on whole packets, the scalar one (which may group the
// products differently) on the elements left over; where TF multiplies "with no NaN", a zero
// gradient gives zero whatever y is.

extension Kernels {
    /// TF `SigmoidGrad`: g·(y·(1 - y)) on packets, (g·y)·(1 - y) at the end.
    public static func sigmoidGrad(_ y: Tensor, _ g: Tensor) throws -> Tensor {
        try packetBinary("SigmoidGrad", y, g,
                         packet32: { y, g in g * (y * (1 - y)) }, scalar32: { y, g in g * y * (1 - y) },
                         packet64: { y, g in g * (y * (1 - y)) }, scalar64: { y, g in g * y * (1 - y) })
    }

    /// TF `TanhGrad`: g·(1 - y²).
    public static func tanhGrad(_ y: Tensor, _ g: Tensor) throws -> Tensor {
        try floatBinary("TanhGrad", y, g, f32: { y, g in g * (1 - y * y) }, f64: { y, g in g * (1 - y * y) })
    }

    /// TF `SqrtGrad`: (0.5 / y)·g on packets, (0.5·g) / y at the end; 0 where g is 0.
    public static func sqrtGrad(_ y: Tensor, _ g: Tensor) throws -> Tensor {
        try packetBinary("SqrtGrad", y, g,
                         packet32: { y, g in g == 0 ? 0 : (0.5 / y) * g }, scalar32: { y, g in g == 0 ? 0 : (0.5 * g) / y },
                         packet64: { y, g in g == 0 ? 0 : (0.5 / y) * g }, scalar64: { y, g in g == 0 ? 0 : (0.5 * g) / y })
    }

    /// TF `RsqrtGrad`: (-0.5·y²)·(y·g) on packets, (-0.5·(g·y))·y² at the end; 0 where g is 0.
    public static func rsqrtGrad(_ y: Tensor, _ g: Tensor) throws -> Tensor {
        func packet<T: BinaryFloatingPoint>(_ y: T, _ g: T) -> T {
            let yg = g == 0 ? 0 : y * g
            return yg == 0 ? 0 : (-0.5 * (y * y)) * yg
        }
        func scalar<T: BinaryFloatingPoint>(_ y: T, _ g: T) -> T { g == 0 ? 0 : (-0.5 * (g * y)) * (y * y) }
        return try packetBinary("RsqrtGrad", y, g, packet32: packet, scalar32: scalar, packet64: packet, scalar64: scalar)
    }

    /// TF `ReciprocalGrad`: -(y²)·g; 0 where g is 0.
    public static func reciprocalGrad(_ y: Tensor, _ g: Tensor) throws -> Tensor {
        try floatBinary("ReciprocalGrad", y, g, f32: { y, g in g == 0 ? 0 : -(y * y) * g }, f64: { y, g in g == 0 ? 0 : -(y * y) * g })
    }
}
