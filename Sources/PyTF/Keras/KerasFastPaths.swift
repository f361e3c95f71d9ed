import Python
import TFRuntime
import TensorCore

/// Native shortcuts for the Python Keras source: one call does, eagerly, what a few lines of its
/// Python would do op by op, with the same kernels in the same order, so the numbers are the
/// same bits. Each returns False (and does nothing) when its case is not the plain one, and the
/// Python code then runs as written.
func installKerasFastPaths(_ m: PyModule) {
    // SGD.update_step for a dense float32 gradient of the variable's shape, eagerly with no tape
    // recording: m = -g * lr + m * momentum; var += m (or, nesterov, += -g * lr + m * momentum).
    // _keras_sgd_update(gradient, variable, m, learning_rate, momentum, nesterov) -> bool
    m.function("_keras_sgd_update") { i, a in
        guard a.count == 6, a.keywords.isEmpty else { return .false }
        let rt = i.tf.runtime
        guard rt.executingEagerly, !rt.tapes.contains(where: { $0.isRecording }),
              let g = (a[0].asObject as? PyTFTensor)?.handle.eagerValue, g.dtype == .float32,
              let variable = a[1].asObject as? PyTFVariable, variable.handle == nil, variable.dtype == .float32,
              let slot = a[2].asObject as? PyTFVariable, slot.handle == nil, slot.dtype == .float32,
              let lrVariable = a[3].asObject as? PyTFVariable, lrVariable.handle == nil, lrVariable.dtype == .float32,
              let res = variable.resource, let current = res.value, current.shape == g.shape,
              let slotRes = slot.resource, let m = slotRes.value, m.shape == g.shape,
              let lr = lrVariable.resource?.value, lr.dtype == .float32
        else { return .false }
        // tf.cast(momentum, float32): a Python float becomes a float32 constant.
        let momentum: Tensor
        switch a[4] {
        case .float(let d): momentum = Tensor(scalar: Float(d))
        case .int(let n) where n == 0 || n == 1: momentum = Tensor(scalar: Float(n))
        default: return .false
        }
        guard case .bool(let nesterov) = a[5] else { return .false }
        let newM: Tensor, newValue: Tensor
        do {
            let step = try Kernels.multiply(try Kernels.negative(g), lr)
            newM = try Kernels.add(step, try Kernels.multiply(m, momentum))
            if nesterov {
                let delta = try Kernels.add(try Kernels.multiply(try Kernels.negative(g), lr), try Kernels.multiply(newM, momentum))
                newValue = try Kernels.add(current, delta)
            } else {
                newValue = try Kernels.add(current, newM)
            }
        } catch {
            return .false
        }
        slotRes.value = newM
        res.value = newValue
        return .true
    }
}
