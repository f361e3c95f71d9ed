// TensorCore: the lowest layer of tflearn's TensorFlow. Pure Swift; knows
// nothing of Python or of TF graphs. Used by TFRuntime (ops, graphs, eager)
// and by the numpy binding.
//
// - DType.swift        dtypes, TF/numpy names, numpy promotion (result_type, NEP 50)
// - Shape.swift        TensorShape (partially known, TF printing), ShapeFormat helpers
// - TensorScalar.swift element types, ScalarValue, PythonScalar, NestedValue, Flavor
// - Tensor.swift       the concrete array (TensorStorage per dtype), construction
// - Conversion.swift   casts (numpy astype / tf.cast semantics)
// - TensorError.swift  errors with TF's and numpy's wording
// - Broadcast.swift    broadcasting rule, broadcast_to, gradient reduction axes
// - KernelsBinary.swift, KernelsUnary.swift, KernelsShape.swift,
//   KernelsCreation.swift, Slicing.swift, Reduce.swift, PairwiseSum.swift,
//   LinearAlgebra.swift  the CPU kernels (`Kernels.*`)
// - Dragon4.swift, NumpyFormat.swift  numpy 2.x printing of arrays and scalars
// - RandomState.swift  numpy's legacy MT19937 RandomState
// - Philox.swift       TF's Philox4x32-10 generator and its float conversions
//
// Where TF and numpy behave differently a kernel takes a `Flavor`; errors
// carry both wordings (`TensorError.message`, `.numpyMessage`).
