import TensorCore

// The update kernels of tf.train optimizers (TF's training_ops), in the variable's dtype
// and in TF's order of operations.

func registerTrainingOps(_ r: OpRegistry) {
    func scalar(_ t: Tensor, _ dtype: DType) throws -> Tensor { try Conversion.cast(t, to: dtype, flavor: .tensorflow) }
    func current(_ res: VariableResource) throws -> Tensor {
        guard let v = res.value else {
            throw TFError(.failedPrecondition, "Could not find variable \(res.name). This could mean that the variable has been deleted. In TF1, it can also mean the variable is uninitialized.")
        }
        return v
    }
    // var -= alpha * delta
    r.register(OpDef("ResourceApplyGradientDescent", stateful: true, shape: { _ in [] }, kernel: { ctx in
        let v = try ctx.resource(0)
        let cur = try current(v)
        let alpha = try scalar(try ctx.tensor(1), cur.dtype)
        let delta = try ctx.tensor(2)
        v.value = try Kernels.subtract(cur, try Kernels.multiply(delta, alpha))
        return []
    }))
    // accum = accum * momentum + grad; var -= accum * lr (or the Nesterov form).
    r.register(OpDef("ResourceApplyMomentum", stateful: true, shape: { _ in [] }, kernel: { ctx in
        let v = try ctx.resource(0), acc = try ctx.resource(1)
        let cur = try current(v), a = try current(acc)
        let lr = try scalar(try ctx.tensor(2), cur.dtype)
        let grad = try ctx.tensor(3)
        let momentum = try scalar(try ctx.tensor(4), cur.dtype)
        let newAcc = try Kernels.add(try Kernels.multiply(a, momentum), grad)
        acc.value = newAcc
        if ctx.attrs["use_nesterov"]?.bool ?? false {
            v.value = try Kernels.subtract(cur, try Kernels.add(try Kernels.multiply(grad, lr), try Kernels.multiply(try Kernels.multiply(newAcc, momentum), lr)))
        } else {
            v.value = try Kernels.subtract(cur, try Kernels.multiply(newAcc, lr))
        }
        return []
    }))
    // Adam: lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t); m += (g - m)(1 - beta1); v += (g² - v)(1 - beta2);
    // var -= m * lr_t / (sqrt(v) + epsilon).
    r.register(OpDef("ResourceApplyAdam", stateful: true, shape: { _ in [] }, kernel: { ctx in
        let v = try ctx.resource(0), mRes = try ctx.resource(1), vRes = try ctx.resource(2)
        let cur = try current(v), m = try current(mRes), vv = try current(vRes)
        let d = cur.dtype
        let b1p = try scalar(try ctx.tensor(3), d), b2p = try scalar(try ctx.tensor(4), d)
        let lr = try scalar(try ctx.tensor(5), d), b1 = try scalar(try ctx.tensor(6), d), b2 = try scalar(try ctx.tensor(7), d)
        let eps = try scalar(try ctx.tensor(8), d)
        let grad = try ctx.tensor(9)
        let one = try scalar(Tensor(scalar: 1.0), d)
        let lrT = try Kernels.divide(try Kernels.multiply(lr, try Kernels.sqrt(try Kernels.subtract(one, b2p))), try Kernels.subtract(one, b1p))
        let newM = try Kernels.add(m, try Kernels.multiply(try Kernels.subtract(grad, m), try Kernels.subtract(one, b1)))
        let newV = try Kernels.add(vv, try Kernels.multiply(try Kernels.subtract(try Kernels.square(grad), vv), try Kernels.subtract(one, b2)))
        mRes.value = newM
        vRes.value = newV
        v.value = try Kernels.subtract(cur, try Kernels.divide(try Kernels.multiply(newM, lrT), try Kernels.add(try Kernels.sqrt(newV), eps)))
        return []
    }))
    // RMSProp: ms += (g² - ms)(1 - rho); mom = mom * momentum + g * lr / sqrt(ms + epsilon); var -= mom.
    // Centered: mg += (g - mg)(1 - rho) too, and the denominator is sqrt(ms - mg² + epsilon).
    func rmsProp(_ ctx: KernelContext, centered: Bool) throws -> [KernelValue] {
        let k = centered ? 1 : 0
        let v = try ctx.resource(0), msRes = try ctx.resource(1 + k), momRes = try ctx.resource(2 + k)
        let cur = try current(v), ms = try current(msRes), mom = try current(momRes)
        let d = cur.dtype
        let lr = try scalar(try ctx.tensor(3 + k), d), rho = try scalar(try ctx.tensor(4 + k), d)
        let momentum = try scalar(try ctx.tensor(5 + k), d), eps = try scalar(try ctx.tensor(6 + k), d)
        let grad = try ctx.tensor(7 + k)
        let one = try scalar(Tensor(scalar: 1.0), d)
        let newMs = try Kernels.add(ms, try Kernels.multiply(try Kernels.subtract(try Kernels.square(grad), ms), try Kernels.subtract(one, rho)))
        var denominator = try Kernels.add(newMs, eps)
        if centered {
            let mgRes = try ctx.resource(1)
            let mg = try current(mgRes)
            let newMg = try Kernels.add(mg, try Kernels.multiply(try Kernels.subtract(grad, mg), try Kernels.subtract(one, rho)))
            mgRes.value = newMg
            denominator = try Kernels.add(try Kernels.subtract(newMs, try Kernels.square(newMg)), eps)
        }
        let newMom = try Kernels.add(try Kernels.multiply(mom, momentum),
                                     try Kernels.divide(try Kernels.multiply(grad, lr), try Kernels.sqrt(denominator)))
        msRes.value = newMs
        momRes.value = newMom
        v.value = try Kernels.subtract(cur, newMom)
        return []
    }
    r.register(OpDef("ResourceApplyRMSProp", stateful: true, shape: { _ in [] }, kernel: { ctx in try rmsProp(ctx, centered: false) }))
    r.register(OpDef("ResourceApplyCenteredRMSProp", stateful: true, shape: { _ in [] }, kernel: { ctx in try rmsProp(ctx, centered: true) }))
    // Adagrad: accum += g²; var -= g * lr * rsqrt(accum).
    r.register(OpDef("ResourceApplyAdagrad", stateful: true, shape: { _ in [] }, kernel: { ctx in
        let v = try ctx.resource(0), accRes = try ctx.resource(1)
        let cur = try current(v), acc = try current(accRes)
        let lr = try scalar(try ctx.tensor(2), cur.dtype)
        let grad = try ctx.tensor(3)
        let newAcc = (ctx.attrs["update_slots"]?.bool ?? true) ? try Kernels.add(acc, try Kernels.square(grad)) : acc
        accRes.value = newAcc
        let step = try Kernels.multiply(try Kernels.multiply(grad, lr), try Kernels.rsqrt(newAcc, flavor: .tensorflow))
        v.value = try Kernels.subtract(cur, step)
        return []
    }))
}
