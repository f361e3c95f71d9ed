// TensorCore: dtypes, shapes, tensor storage, kernels, numpy formatting, RNG (in progress).
