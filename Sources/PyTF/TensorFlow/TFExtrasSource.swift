/// TensorFlow functions that are compositions of ops (as TF writes them in Python): tf.sort,
/// tf.boolean_mask, tf.nn.dropout, tf.compat.v1.losses, ... Loaded on first use, as `tf.keras` is,
/// and looked up through the `tensorflow` modules' `__getattr__`. They build the ops TF builds, in
/// TF's order, so graphs get TF's names; tf.linspace and a non-square tf.eye build fewer ops (one
/// LinSpace, one MatrixDiagV3) with the same values.
let tfExtrasSource = #"""
import tensorflow as tf

_raw = tf._raw_op


def _assert_compatible(a, b):
    # TensorShape.assert_is_compatible_with for two lists of dimensions (None: unknown).
    a = None if a is None else list(a)
    b = None if b is None else list(b)
    if a is None or b is None:
        return
    if len(a) != len(b) or any(x is not None and y is not None and x != y for x, y in zip(a, b)):
        raise ValueError("Shapes " + str(tf.TensorShape(a)) + " and " + str(tf.TensorShape(b)) + " are incompatible")


def _assert_shapes_compatible(x, y):
    # The same for two tensors' static shapes.
    _assert_compatible(x.shape.as_list() if x.shape.rank is not None else None,
                       y.shape.as_list() if y.shape.rank is not None else None)


def _op_name(scope):
    # TF's ops name themselves after a v1 name scope, which is empty when executing eagerly (a
    # kernel's failure then ends with " name: ").
    return None if tf.executing_eagerly() else (scope or None)


def _is_tensor(x):
    return isinstance(x, (tf.Tensor, tf.Variable))


def cumsum(x, axis=0, exclusive=False, reverse=False, name=None):
    return _raw("Cumsum", [(x, "x"), (axis, "axis")], {"exclusive": bool(exclusive), "reverse": bool(reverse)},
                name, "Cumsum")[0]


def divide_no_nan(x, y, name=None):
    with tf.name_scope(name or "div_no_nan") as scope:
        x = tf.convert_to_tensor(x, name="x")
        y = tf.convert_to_tensor(y, name="y", dtype=x.dtype)
        if x.dtype.is_integer:
            # As a true division: integers are divided as float64.
            x = tf.cast(x, tf.float64)
            y = tf.cast(y, tf.float64)
        return _raw("DivNoNan", [(x, "x"), (y, "y")], None, _op_name(scope), "div_no_nan")[0]


def log_sigmoid(x, name=None):
    # math_ops.log_sigmoid: -softplus(-x), the last Neg named as the scope.
    with tf.name_scope(name or "LogSigmoid") as scope:
        x = tf.convert_to_tensor(x, name="x")
        return _raw("Neg", [(tf.nn.softplus(-x), "x")], None, _op_name(scope), "LogSigmoid")[0]


def reduce_logsumexp(input_tensor, axis=None, keepdims=False, name=None):
    # math_ops.reduce_logsumexp: log(sum(exp(x - max))) + max, the max taken as 0 where it is not
    # finite and kept out of the gradient.
    with tf.name_scope(name or "ReduceLogSumExp") as scope:
        raw_max = tf.reduce_max(input_tensor, axis=axis, keepdims=True)
        finite = _raw("IsFinite", [(raw_max, "x")], None, None, "IsFinite")[0]
        my_max = tf.stop_gradient(_raw("SelectV2", [(finite, "condition"), (raw_max, "t"), (0, "e")], None, None, "SelectV2",
                                       False, raw_max.dtype)[0])
        result = tf.math.log(tf.reduce_sum(tf.exp(tf.subtract(input_tensor, my_max)), axis, keepdims=keepdims))
        if not keepdims:
            my_max = tf.reshape(my_max, tf.shape(result))
        result = _raw("AddV2", [(result, "x"), (my_max, "y")], None, _op_name(scope), "ReduceLogSumExp")[0]
        if axis is None and not keepdims and not tf.executing_eagerly():
            result.set_shape([])
        return result


def l2_normalize(x, axis=None, epsilon=1e-12, name=None, dim=None):
    # nn_impl.l2_normalize: x * rsqrt(max(sum(x², axis), epsilon)), the product named as the scope.
    if dim is not None:
        if axis is not None:
            raise ValueError("Cannot specify both 'dim' and 'axis'.")
        axis = dim
    with tf.name_scope(name or "l2_normalize") as scope:
        x = tf.convert_to_tensor(x, name="x")
        square_sum = tf.reduce_sum(tf.square(x), axis, keepdims=True)
        x_inv_norm = tf.math.rsqrt(tf.maximum(square_sum, epsilon))
        return _raw("Mul", [(x, "x"), (x_inv_norm, "y")], None, _op_name(scope), "l2_normalize")[0]


def gelu(features, approximate=False, name=None):
    # nn_ops.gelu: 0.5·x·erfc(-x/√2), or its tanh approximation, as TF writes them.
    with tf.name_scope(name or "Gelu"):
        features = tf.convert_to_tensor(features, name="features")
        if not features.dtype.is_floating:
            raise ValueError("`features.dtype` must be a floating point tensor.Received:features.dtype=" + str(features.dtype))
        if approximate:
            coeff = tf.cast(0.044715, features.dtype)
            return 0.5 * features * (1.0 + tf.tanh(0.7978845608028654 * (features + coeff * tf.pow(features, 3))))
        return 0.5 * features * tf.math.erfc(-features * tf.cast(0.7071067811865476, features.dtype))


def swish(features, beta=1.0):
    # nn_impl.swish (tf.nn.silu): x·sigmoid(βx) under a custom gradient, which TF builds as an
    # Identity of the result and an IdentityN of (result, x, β) whose gradient is the custom one.
    features = tf.convert_to_tensor(features, name="features")
    beta = tf.convert_to_tensor(beta, name="beta")
    beta = tf.cast(beta, features.dtype)
    result = tf.identity(features * tf.sigmoid(beta * features))
    return _raw("IdentityN", [(result, "input"), (features, "input"), (beta, "input")], {"_gradient_op_type": "Swish"},
                None, "IdentityN")[0]


def sigmoid_cross_entropy_with_logits(labels=None, logits=None, name=None):
    if labels is None or logits is None:
        raise ValueError("Both `labels` and `logits` must be provided. Received: labels=" + str(labels) + " and logits=" + str(logits))
    with tf.name_scope(name or "logistic_loss") as scope:
        logits = tf.convert_to_tensor(logits, name="logits")
        labels = tf.convert_to_tensor(labels, name="labels", dtype=logits.dtype)
        _assert_shapes_compatible(labels, logits)
        # max(x, 0) - x * z + log(1 + exp(-|x|)), stable for both signs of x.
        zeros = tf.zeros_like(logits)
        cond = logits >= zeros
        relu_logits = tf.where(cond, logits, zeros)
        neg_abs_logits = tf.where(cond, -logits, logits)
        return _raw("AddV2", [(relu_logits - logits * labels, "x"), (tf.math.log1p(tf.exp(neg_abs_logits)), "y")],
                    None, _op_name(scope), "logistic_loss")[0]


def linspace(start, stop, num, name=None, axis=0):
    with tf.name_scope(name or "linspace"):
        start = tf.convert_to_tensor(start, name="start")
        stop = tf.convert_to_tensor(stop, name="stop", dtype=start.dtype)
        num = tf.convert_to_tensor(num, name="num")
        if not start.dtype.is_floating:
            # The step is a true division: integers give float64.
            start = tf.cast(start, tf.float64)
            stop = tf.cast(stop, tf.float64)
        if start.shape.rank == 0 and stop.shape.rank == 0:
            return _raw("LinSpace", [(start, "start"), (stop, "stop"), (num, "num")], None, None, "LinSpace")[0]
        # Tensors of starts and stops: one sequence for each pair, along a new first axis.
        n = int(num)
        start, stop = start + tf.zeros_like(stop), stop + tf.zeros_like(start)
        delta = (stop - start) / tf.cast(max(n - 1, 1), start.dtype)
        steps = tf.reshape(tf.cast(tf.range(1, max(n - 1, 1)), start.dtype), [-1] + [1] * start.shape.rank)
        middle = tf.expand_dims(start, 0) + steps * tf.expand_dims(delta, 0)
        parts = [tf.expand_dims(start, 0), middle, tf.expand_dims(stop, 0)]
        return tf.concat(parts, 0)[:n]


def eye(num_rows, num_columns=None, batch_shape=None, dtype=tf.float32, name=None):
    with tf.name_scope(name or "eye"):
        batch = [] if batch_shape is None else list(batch_shape)
        rows = int(num_rows)
        cols = rows if num_columns is None else int(num_columns)
        ones = tf.ones(batch + [min(rows, cols)], dtype=dtype)
        if num_columns is None:
            return _diag(ones, -1, -1, dtype)
        return _diag(ones, rows, cols, dtype)


def _diag(ones, rows, cols, dtype):
    with tf.name_scope("diag") as scope:
        k = tf.constant(0, name="k")
        num_rows = tf.constant(rows, name="num_rows")
        num_cols = tf.constant(cols, name="num_cols")
        padding = tf.constant(0, dtype=dtype, name="padding_value")
        return _raw("MatrixDiagV3", [(ones, "diagonal"), (k, "k"), (num_rows, "num_rows"), (num_cols, "num_cols"),
                                     (padding, "padding_value")], {"align": "RIGHT_LEFT"}, _op_name(scope), "diag")[0]


def pad(tensor, paddings, mode="CONSTANT", constant_values=0, name=None):
    mode = mode.upper()
    if mode == "CONSTANT":
        if not _is_tensor(constant_values) and not isinstance(constant_values, (list, tuple)) and constant_values == 0:
            return _raw("Pad", [(tensor, "input"), (paddings, "paddings")], None, name, "Pad")[0]
        tensor = tf.convert_to_tensor(tensor) if not _is_tensor(tensor) else tensor
        return _raw("PadV2", [(tensor, "input"), (paddings, "paddings"), (tf.cast(constant_values, tensor.dtype) if _is_tensor(constant_values) else constant_values, "constant_values")],
                    None, name, "PadV2", True)[0]
    if mode == "REFLECT" or mode == "SYMMETRIC":
        return _raw("MirrorPad", [(tensor, "input"), (paddings, "paddings")], {"mode": mode}, name, "MirrorPad")[0]
    raise ValueError('Value of argument `mode` expected to be one of "CONSTANT", "REFLECT", or "SYMMETRIC". Received `mode` = ' + str(mode))


def split(value, num_or_size_splits, axis=0, num=None, name="split"):
    if isinstance(num_or_size_splits, int) and not isinstance(num_or_size_splits, bool):
        if num_or_size_splits < 1:
            # The op's attribute check (the wrapper's fast path names the op only for 0).
            raise tf.errors.InvalidArgumentError(None, None, "Value for attr 'num_split' of " + str(num_or_size_splits)
                + " must be at least minimum 1\n\t; NodeDef: {{node Split}}; Op<name=Split; signature=split_dim:int32, value:T -> output:num_split*T; attr=num_split:int,min=1; attr=T:type> [Op:Split]"
                + (" name: " + str(name) if num_or_size_splits == 0 else ""))
        return _raw("Split", [(axis, "split_dim"), (value, "value")], {"num_split": num_or_size_splits}, name, "split")
    size_splits = tf.convert_to_tensor(num_or_size_splits)
    if size_splits.shape.rank == 0:
        raise ValueError("Rank-0 tensors are not supported as the num_or_size_splits argument to split. Argument provided: "
                         + str(num_or_size_splits))
    if num is None:
        num = size_splits.shape[0]
        if num is None:
            raise ValueError("Cannot infer argument `num` from shape " + str(size_splits.shape))
    return _raw("SplitV", [(value, "value"), (size_splits, "size_splits"), (axis, "split_dim")], {"num_split": num}, name, "split")


class TopKV2:
    def __init__(self, values, indices):
        self.values = values
        self.indices = indices

    def __iter__(self):
        return iter((self.values, self.indices))

    def __getitem__(self, i):
        return (self.values, self.indices)[i]

    def __len__(self):
        return 2

    def __repr__(self):
        return "TopKV2(values=" + repr(self.values) + ", indices=" + repr(self.indices) + ")"


def top_k(input, k=1, sorted=True, index_type=tf.int32, name=None):
    values, indices = _raw("TopKV2", [(input, "input"), (k, "k")], {"sorted": bool(sorted)}, name, "TopKV2")
    return TopKV2(values, indices)


def _descending_sort(values, axis, return_argsort):
    k = tf.shape(values)[axis]
    tf.rank(values)
    static_rank = values.shape.rank
    transposition = None
    if axis == -1 or axis + 1 == static_rank:
        top_k_input = values
    else:
        if axis < 0:
            axis += static_rank
        perm = list(range(axis)) + [static_rank - 1] + list(range(axis + 1, static_rank - 1)) + [axis]
        transposition = tf.constant(perm, name="transposition")
        top_k_input = tf.transpose(values, transposition)
    result = top_k(top_k_input, k)
    out = result.indices if return_argsort else result.values
    if transposition is not None:
        out = tf.transpose(out, transposition)
    return out


def _sort_or_argsort(values, axis, direction, return_argsort):
    if direction not in ("ASCENDING", "DESCENDING"):
        raise ValueError(str(direction) + " should be one of ASCENDING, DESCENDING")
    axis_t = tf.convert_to_tensor(axis, name="axis")
    values = tf.convert_to_tensor(values, name="values")
    axis = int(axis)
    if direction == "DESCENDING":
        return _descending_sort(values, axis, return_argsort)
    out = _descending_sort(-values, axis, return_argsort)
    return out if return_argsort else -out


def sort(values, axis=-1, direction="ASCENDING", name=None):
    with tf.name_scope(name or "sort"):
        return _sort_or_argsort(values, axis, direction, False)


def argsort(values, axis=-1, direction="ASCENDING", stable=False, name=None):
    with tf.name_scope(name or "argsort"):
        return _sort_or_argsort(values, axis, direction, True)


def boolean_mask(tensor, mask, axis=None, name="boolean_mask"):
    with tf.name_scope(name):
        tensor = tf.convert_to_tensor(tensor, name="tensor")
        mask = tf.convert_to_tensor(mask, name="mask")
        ndims_mask = mask.shape.rank
        if ndims_mask == 0:
            raise ValueError("mask cannot be scalar.")
        if ndims_mask is None:
            raise ValueError("Number of mask dimensions must be specified, even if some dimensions are None.  E.g. shape=[None] is ok, but shape=None is not.")
        axis = 0 if axis is None else int(axis)
        static = tensor.shape
        if static.rank is not None:
            _assert_compatible(static.as_list()[axis:axis + ndims_mask], mask.shape.as_list())
        leading_size = _raw("Prod", [(tf.shape(tensor)[axis:axis + ndims_mask], "input"), ([0], "reduction_indices")],
                            {"keep_dims": False}, None, "Prod")[0]
        tensor = tf.reshape(tensor, tf.concat([tf.shape(tensor)[:axis], [leading_size], tf.shape(tensor)[axis + ndims_mask:]], 0))
        if static.rank is not None:
            dims = static.as_list()
            masked = dims[axis:axis + ndims_mask]
            first = None if None in masked else 1
            for d in masked:
                if first is not None:
                    first *= d
            tensor.set_shape(dims[:axis] + [first] + dims[axis + ndims_mask:])
        mask = tf.reshape(mask, [-1])
        indices = tf.squeeze(tf.where(mask), axis=[1])
        return tf.gather(tensor, indices, axis=axis)


def _noise_shape(x, noise_shape):
    if noise_shape is None:
        return tf.shape(x)
    return noise_shape


def _dropout(x, rate, noise_shape, seed, name):
    with tf.name_scope(name or "dropout"):
        is_number = isinstance(rate, (int, float)) and not isinstance(rate, bool)
        if is_number and (rate < 0 or rate >= 1):
            raise ValueError("`rate` must be a scalar tensor or a float in the range [0, 1). Received: rate=" + str(rate))
        x = tf.convert_to_tensor(x, name="x")
        if not x.dtype.is_floating:
            raise ValueError("`x.dtype` must be a floating point tensor as `x` will be scaled. Received: x_dtype=" + str(x.dtype))
        if is_number and rate == 0:
            return x
        if not _is_tensor(rate):
            if not is_number:
                raise ValueError("`rate` must be a scalar or scalar tensor. Received: rate=" + str(rate))
            scale = tf.convert_to_tensor(1 / (1 - rate), dtype=x.dtype)
            ret = _raw("Mul", [(x, "x"), (scale, "y")], None, None, "Mul")[0]
        else:
            if rate.dtype != x.dtype:
                rate = tf.cast(rate, x.dtype, name="rate")
            one = tf.constant(1, dtype=x.dtype)
            ret = _raw("RealDiv", [(x, "x"), (_raw("Sub", [(one, "x"), (rate, "y")], None, None, "Sub")[0], "y")],
                       None, None, "RealDiv")[0]
        shape = _noise_shape(x, noise_shape)
        random_tensor = tf.random.uniform(shape, seed=seed, dtype=x.dtype)
        keep_mask = random_tensor >= rate
        zero = tf.constant(0, dtype=x.dtype)
        ret = _raw("SelectV2", [(keep_mask, "condition"), (ret, "t"), (zero, "e")], None, None, "SelectV2")[0]
        if not tf.executing_eagerly():
            ret.set_shape(x.shape)
        return ret


def dropout(x, rate, noise_shape=None, seed=None, name=None):
    return _dropout(x, rate, noise_shape, seed, name)


def dropout_v1(x, keep_prob=None, noise_shape=None, seed=None, name=None, rate=None):
    if keep_prob is not None:
        if rate is not None:
            raise ValueError("Cannot specify both 'keep_prob' and 'rate'.")
        try:
            rate = 1.0 - keep_prob
        except TypeError:
            raise ValueError("`keep_prob` must be a floating point number or Tensor. Received: keep_prob=" + str(keep_prob))
    if rate is None:
        raise ValueError("`rate` must be provided. Received: rate=" + str(rate))
    return _dropout(x, rate, noise_shape, seed, name)


# ---------------------------------------------------------------- tf.compat.v1.losses

class Reduction:
    NONE = "none"
    SUM = "weighted_sum"
    SUM_OVER_BATCH_SIZE = "weighted_sum_over_batch_size"
    MEAN = "weighted_mean"
    SUM_BY_NONZERO_WEIGHTS = "weighted_sum_by_nonzero_weights"
    SUM_OVER_NONZERO_WEIGHTS = SUM_BY_NONZERO_WEIGHTS

    @classmethod
    def all(cls):
        return (cls.NONE, cls.SUM, cls.MEAN, cls.SUM_OVER_BATCH_SIZE, cls.SUM_OVER_NONZERO_WEIGHTS, cls.SUM_BY_NONZERO_WEIGHTS)


def _num_present(losses, weights):
    with tf.name_scope("num_present") as scope:
        present = tf.where(tf.equal(weights, 0.0), tf.zeros_like(weights), tf.ones_like(weights))
        present = present * tf.ones_like(losses)
        return _raw("Sum", [(present, "input"), (list(range(len(present.shape))) if present.shape.rank is not None else tf.range(tf.rank(present)), "reduction_indices")],
                    {"keep_dims": False}, _op_name(scope), "Sum")[0]


def _weighted_loss(losses, weights, reduction):
    # losses_impl.compute_weighted_loss inside the loss's own scope: the weighted sum, then the
    # reduction's divisor, the result named `value` (or the sum, for SUM).
    input_dtype = losses.dtype
    losses = tf.cast(losses, tf.float32)
    weights = tf.cast(weights, tf.float32)
    weighted = tf.multiply(losses, weights)
    if reduction == Reduction.NONE:
        loss = weighted
    else:
        loss = tf.reduce_sum(weighted)
        if reduction == Reduction.MEAN:
            loss = _raw("DivNoNan", [(loss, "x"), (tf.reduce_sum(tf.ones_like(losses) * weights), "y")], None, "value", "value")[0]
        elif reduction == Reduction.SUM_BY_NONZERO_WEIGHTS or reduction == Reduction.SUM_OVER_NONZERO_WEIGHTS:
            loss = _raw("DivNoNan", [(loss, "x"), (_num_present(losses, weights), "y")], None, "value", "value")[0]
        elif reduction == Reduction.SUM_OVER_BATCH_SIZE:
            loss = _raw("DivNoNan", [(loss, "x"), (tf.cast(tf.size(losses), tf.float32), "y")], None, "value", "value")[0]
    return tf.cast(loss, input_dtype)


def _collected(loss, loss_collection):
    # A loss built in a graph joins its collection, as TF's losses do.
    if loss_collection and not tf.executing_eagerly():
        tf.compat.v1.add_to_collection(loss_collection, loss)
    return loss


def compute_weighted_loss(losses, weights=1.0, scope=None, loss_collection="losses", reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    with tf.name_scope(scope or "weighted_loss"):
        return _collected(_weighted_loss(tf.convert_to_tensor(losses), weights, reduction), loss_collection)


def _not_none(**arguments):
    # The losses' first checks, as TF words them.
    for name, value in arguments.items():
        if value is None:
            raise ValueError("Argument `" + name + "` must not be None.")


def _loss(scope, labels, predictions, weights, loss_collection, reduction, fn):
    _not_none(labels=labels, predictions=predictions)
    with tf.name_scope(scope):
        predictions = tf.cast(predictions, tf.float32)
        labels = tf.cast(labels, tf.float32)
        _assert_shapes_compatible(predictions, labels)
        return _collected(_weighted_loss(fn(predictions, labels), weights, reduction), loss_collection)


def mean_squared_error(labels, predictions, weights=1.0, scope=None, loss_collection="losses",
                       reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    return _loss(scope or "mean_squared_error", labels, predictions, weights, loss_collection, reduction,
                 tf.math.squared_difference)


def absolute_difference(labels, predictions, weights=1.0, scope=None, loss_collection="losses",
                        reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    return _loss(scope or "absolute_difference", labels, predictions, weights, loss_collection, reduction,
                 lambda p, l: tf.abs(tf.subtract(p, l)))


def sparse_softmax_cross_entropy(labels, logits, weights=1.0, scope=None, loss_collection="losses",
                                 reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _not_none(labels=labels, logits=logits)
    with tf.name_scope(scope or "sparse_softmax_cross_entropy_loss"):
        losses = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits, name="xentropy")
        return _collected(_weighted_loss(losses, weights, reduction), loss_collection)


def softmax_cross_entropy(onehot_labels, logits, weights=1.0, label_smoothing=0, scope=None, loss_collection="losses",
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _not_none(onehot_labels=onehot_labels, logits=logits)
    with tf.name_scope(scope or "softmax_cross_entropy_loss"):
        logits = tf.convert_to_tensor(logits)
        onehot_labels = tf.cast(onehot_labels, logits.dtype)
        _assert_shapes_compatible(logits, onehot_labels)
        if label_smoothing > 0:
            num_classes = tf.cast(tf.shape(onehot_labels)[-1], logits.dtype)
            onehot_labels = onehot_labels * (1.0 - label_smoothing) + label_smoothing / num_classes
        onehot_labels = tf.stop_gradient(onehot_labels, name="labels_stop_gradient")
        losses = tf.nn.softmax_cross_entropy_with_logits(labels=onehot_labels, logits=logits, name="xentropy")
        return _collected(_weighted_loss(losses, weights, reduction), loss_collection)


def sigmoid_cross_entropy(multi_class_labels, logits, weights=1.0, label_smoothing=0, scope=None, loss_collection="losses",
                          reduction=Reduction.SUM_BY_NONZERO_WEIGHTS):
    _not_none(multi_class_labels=multi_class_labels, logits=logits)
    with tf.name_scope(scope or "sigmoid_cross_entropy_loss"):
        logits = tf.convert_to_tensor(logits)
        labels = tf.cast(multi_class_labels, logits.dtype)
        _assert_shapes_compatible(logits, labels)
        if label_smoothing > 0:
            labels = labels * (1 - label_smoothing) + 0.5 * label_smoothing
        losses = sigmoid_cross_entropy_with_logits(labels=labels, logits=logits, name="xentropy")
        return _collected(_weighted_loss(losses, weights, reduction), loss_collection)


def _get_losses(scope=None, loss_collection="losses"):
    return tf.compat.v1.get_collection(loss_collection, scope)


# ---------------------------------------------------------------- tf.compat.v1.layers

def dense(inputs, units, activation=None, use_bias=True, kernel_initializer=None, bias_initializer=None,
          kernel_regularizer=None, bias_regularizer=None, activity_regularizer=None, kernel_constraint=None,
          bias_constraint=None, trainable=True, name=None, reuse=None):
    # The legacy layer: its variables by get_variable in a variable scope named after it (reused
    # on request), its ops in that scope's name scope.
    v1 = tf.compat.v1
    with v1.variable_scope(name, default_name="dense", reuse=reuse):
        inputs = tf.convert_to_tensor(inputs)
        last = inputs.shape[-1] if inputs.shape.rank else None
        if last is None:
            raise ValueError("The last dimension of the inputs to a Dense layer should be defined. Found None. Full input shape received: "
                             + str(inputs.shape))
        dtype = inputs.dtype if inputs.dtype.is_floating else tf.float32
        kernel = v1.get_variable("kernel", shape=[last, units], dtype=dtype, initializer=kernel_initializer, trainable=trainable)
        bias = None
        if use_bias:
            bias = v1.get_variable("bias", shape=[units], dtype=dtype,
                                   initializer=bias_initializer if bias_initializer is not None else v1.zeros_initializer(),
                                   trainable=trainable)
        outputs = tf.matmul(inputs, kernel)
        if bias is not None:
            outputs = tf.nn.bias_add(outputs, bias)
        if activation is not None:
            outputs = activation(outputs)
        return outputs


class _Namespace:
    def __init__(self, **entries):
        for key, value in entries.items():
            setattr(self, key, value)


def flatten(inputs, name=None, data_format="channels_last"):
    # The legacy Flatten layer, in its own scope.
    with tf.name_scope(name or "flatten"):
        return flatten_2d(tf.convert_to_tensor(inputs))


def flatten_2d(inputs):
    # What Flatten layers compute: a Reshape to [-1, the other dimensions' product] when those
    # are known (Keras' Flatten calls this too).
    dims = inputs.shape.as_list()
    if tf.executing_eagerly():
        return tf.reshape(inputs, tf.constant([dims[0], -1]))
    if len(dims) == 1:
        return tf.expand_dims(inputs, axis=1)
    rest = dims[1:]
    if None not in rest:
        last = 1
        for d in rest:
            last *= d
        return tf.reshape(inputs, tf.constant([-1, last]))
    if dims[0] is not None:
        return tf.reshape(inputs, tf.constant([int(dims[0]), -1]))
    return tf.reshape(inputs, [tf.shape(inputs)[0], -1])


def dropout_layer(inputs, rate=0.5, noise_shape=None, seed=None, training=False, name=None):
    # The legacy Dropout layer: tf.nn.dropout when training, else the inputs through Identity. A
    # training flag given as a tensor picks between the two with a select (TF builds a cond).
    with tf.name_scope(name or "dropout"):
        if _is_tensor(training):
            return tf.where(training, dropout(inputs, rate, noise_shape, seed), tf.identity(inputs))
        if training:
            return dropout(inputs, rate, noise_shape, seed)
        return tf.identity(inputs)


def reduce_variance(input_tensor, axis=None, keepdims=False, name=None):
    with tf.name_scope(name if name else "reduce_variance"):
        input_tensor = tf.convert_to_tensor(input_tensor)
        means = tf.reduce_mean(input_tensor, axis=axis, keepdims=True)
        if means.dtype.is_integer:
            raise TypeError("Input must be either real or complex. Received integer type " + repr(means.dtype) + ".")
        squared_deviations = tf.square(input_tensor - means)
        return tf.reduce_mean(squared_deviations, axis=axis, keepdims=keepdims)


def reduce_std(input_tensor, axis=None, keepdims=False, name=None):
    with tf.name_scope(name if name else "reduce_std"):
        input_tensor = tf.convert_to_tensor(input_tensor)
        variance = reduce_variance(input_tensor, axis=axis, keepdims=keepdims)
        return tf.sqrt(variance)


def moments(x, axes, shift=None, keepdims=False, name=None):
    with tf.name_scope(name or "moments"):
        x = tf.convert_to_tensor(x, name="x")
        mean = tf.reduce_mean(x, axes, keepdims=True, name="mean")
        variance = tf.reduce_mean(tf.math.squared_difference(x, tf.stop_gradient(mean)), axes, keepdims=True,
                                  name="variance")
        if not keepdims:
            mean = tf.squeeze(mean, axes)
            variance = tf.squeeze(variance, axes)
        return (mean, variance)


def moments_v1(x, axes, shift=None, name=None, keep_dims=None, keepdims=None):
    if keepdims is None:
        keepdims = keep_dims
    return moments(x, axes, shift, bool(keepdims), name)


def batch_normalization(x, mean, variance, offset, scale, variance_epsilon, name=None):
    with tf.name_scope(name or "batchnorm"):
        inv = tf.math.rsqrt(variance + variance_epsilon)
        if scale is not None:
            inv *= scale
        x = tf.convert_to_tensor(x)
        return x * tf.cast(inv, x.dtype) + tf.cast(offset - mean * inv if offset is not None else -mean * inv, x.dtype)


def clip_by_norm(t, clip_norm, axes=None, name=None):
    with tf.name_scope(name or "clip_by_norm") as scope:
        values = tf.convert_to_tensor(t, name="t")
        l2sum = tf.reduce_sum(values * values, axes, keepdims=True)
        pred = l2sum > 0
        # array_ops.where (v1's Select) and array_ops.ones_like (v1's, a Fill), as clip_ops uses them.
        l2sum_safe = tf.compat.v1.where(pred, l2sum, ones_like_v1(l2sum))
        l2norm = tf.compat.v1.where(pred, tf.sqrt(l2sum_safe), l2sum)
        intermediate = values * clip_norm
        _assert_shapes_compatible(values, intermediate)
        return tf.identity(intermediate / tf.maximum(l2norm, clip_norm), name=_op_name(scope))


def global_norm(t_list, name=None):
    t_list = list(t_list)
    with tf.name_scope(name or "global_norm") as scope:
        values = [tf.convert_to_tensor(t, name="t_" + str(i)) if t is not None else t for i, t in enumerate(t_list)]
        half_squared_norms = [tf.nn.l2_loss(v) for v in values if v is not None]
        half_squared_norm = tf.reduce_sum(tf.stack(half_squared_norms))
        return tf.sqrt(half_squared_norm * tf.constant(2.0, dtype=half_squared_norm.dtype),
                       name=_op_name("global_norm"))


def clip_by_global_norm(t_list, clip_norm, use_norm=None, name=None):
    if isinstance(t_list, (tf.Tensor, tf.Variable)) or not hasattr(t_list, "__iter__"):
        raise TypeError("`t_list` should be a sequence of tensors. Received " + str(type(t_list)) + ".")
    t_list = list(t_list)
    if use_norm is None:
        use_norm = global_norm(t_list, name)
    with tf.name_scope(name or "clip_by_global_norm") as scope:
        scale_for_finite = clip_norm * tf.minimum(1.0 / use_norm, tf.constant(1.0, dtype=use_norm.dtype) / clip_norm)
        scale = scale_for_finite + (use_norm - use_norm)
        values = [tf.convert_to_tensor(t, name="t_" + str(i)) if t is not None else t for i, t in enumerate(t_list)]
        clipped = []
        for i, v in enumerate(values):
            if v is None:
                clipped.append(None)
            else:
                clipped.append(tf.identity(v * tf.cast(scale, v.dtype), name=_op_name(scope + "_" + str(i) if scope else None)))
        return clipped, use_norm


def norm(tensor, ord="euclidean", axis=None, keepdims=None, name=None):
    keepdims = bool(keepdims)
    is_matrix_norm = isinstance(axis, (tuple, list)) and len(axis) == 2
    if axis is not None and not isinstance(axis, (tuple, list)):
        axis = (axis,)
    if is_matrix_norm and ord not in ["fro", "euclidean", 1, 2, float("inf")] or (not is_matrix_norm and ord == "fro"):
        raise ValueError("'ord' must be a supported vector norm, got " + str(ord) + ".")
    with tf.name_scope(name or "norm"):
        tensor = tf.convert_to_tensor(tensor)
        if ord in ["fro", "euclidean", 2, 2.0] and not (is_matrix_norm and ord in [2, 2.0]):
            result = tf.sqrt(tf.reduce_sum(tensor * tensor, axis, keepdims=True))
        else:
            result = tf.abs(tensor)
            if ord == 1:
                result = tf.reduce_sum(result, None if axis is None else axis[0], keepdims=True)
                if is_matrix_norm:
                    result = tf.reduce_max(result, axis[-1], keepdims=True)
            elif ord == float("inf"):
                if is_matrix_norm:
                    result = tf.reduce_sum(result, axis[1], keepdims=True)
                result = tf.reduce_max(result, None if axis is None else axis[0], keepdims=True)
            else:
                result = tf.pow(tf.reduce_sum(tf.pow(result, ord), axis, keepdims=True), 1.0 / ord)
        if not keepdims:
            result = tf.squeeze(result, axis)
        return result


def cumprod(x, axis=0, exclusive=False, reverse=False, name=None):
    return _raw("Cumprod", [(x, "x"), (axis, "axis")], {"exclusive": bool(exclusive), "reverse": bool(reverse)},
                name, "Cumprod")[0]



def _product(values):
    result = 1
    for v in values:
        result *= v
    return result


def _tensordot_axes(a, axes):
    # The axes of a and of b to contract, from an integer N (a's last N, b's first N) or a pair.
    rank = a.shape.rank
    if isinstance(axes, int):
        if axes < 0:
            raise ValueError("`axes` must be at least 0. Received: " + str(axes) + ".")
        if rank is None:
            raise ValueError("tf.tensordot of a tensor of unknown rank is not supported here.")
        if axes > rank:
            raise ValueError("`axes` must not be larger than the number of dimensions of tensor " + format(a, "")
                             + ".  Received " + str(axes) + ", vs tensor dimensions " + str(rank) + ".")
        return list(range(rank - axes, rank)), list(range(axes))
    if isinstance(axes, (list, tuple)):
        if len(axes) != 2:
            raise ValueError("`axes` must be an integer or have length 2. Received " + str(axes) + ".")
        a_axes, b_axes = axes[0], axes[1]
        if isinstance(a_axes, int) and isinstance(b_axes, int):
            a_axes, b_axes = [a_axes], [b_axes]
        if len(a_axes) != len(b_axes):
            raise ValueError("Different number of contraction axes `a` and `b`, " + str(len(a_axes)) + " != "
                             + str(len(b_axes)) + ".")
        return list(a_axes), list(b_axes)
    axes = tf.convert_to_tensor(axes, name="axes", dtype=tf.int32)
    return [int(v) for v in axes[0].numpy()], [int(v) for v in axes[1].numpy()]


def _tensordot_reshape(a, axes, flipped):
    # a transposed (free axes first, or contracted first when flipped) and made a matrix; with its
    # free dimensions, as a list when known, else as a tensor.
    rank = a.shape.rank
    if rank is None:
        raise ValueError("tf.tensordot of a tensor of unknown rank is not supported here.")
    dims = a.shape.as_list()
    axes = [i if i >= 0 else i + rank for i in axes]
    free = [i for i in range(rank) if i not in axes]
    perm = axes + free if flipped else free + axes
    if a.shape.is_fully_defined():
        free_dims = [dims[i] for i in free]
        prod_free = _product(free_dims)
        prod_axes = _product([dims[i] for i in axes])
        new_shape = [prod_axes, prod_free] if flipped else [prod_free, prod_axes]
        a_trans = tf.transpose(a, perm) if perm != list(range(rank)) else a
        if a_trans.shape.as_list() != new_shape:
            return tf.reshape(a_trans, new_shape), free_dims, free_dims
        return a_trans, free_dims, free_dims
    free_dims_static = [dims[i] for i in free]
    axes_t = tf.convert_to_tensor(axes, dtype=tf.int32, name="axes")
    free_t = tf.convert_to_tensor(free, dtype=tf.int32, name="free")
    shape_a = tf.shape(a)
    free_dims = tf.gather(shape_a, free_t)
    axes_dims = tf.gather(shape_a, axes_t)
    prod_free_dims = tf.reduce_prod(free_dims)
    prod_axes_dims = tf.reduce_prod(axes_dims)
    if flipped:
        perm_t = tf.concat([axes_t, free_t], 0)
        new_shape = tf.stack([prod_axes_dims, prod_free_dims])
    else:
        perm_t = tf.concat([free_t, axes_t], 0)
        new_shape = tf.stack([prod_free_dims, prod_axes_dims])
    return tf.reshape(tf.transpose(a, perm_t), new_shape), free_dims, free_dims_static


def tensordot(a, b, axes, name=None):
    with tf.name_scope(name or "Tensordot") as scope:
        a = tf.convert_to_tensor(a, name="a")
        b = tf.convert_to_tensor(b, name="b")
        a_axes, b_axes = _tensordot_axes(a, axes)
        a_reshape, a_free_dims, a_free_static = _tensordot_reshape(a, a_axes, False)
        b_reshape, b_free_dims, b_free_static = _tensordot_reshape(b, b_axes, True)
        ab_matmul = tf.matmul(a_reshape, b_reshape)
        if isinstance(a_free_dims, list) and isinstance(b_free_dims, list):
            if ab_matmul.shape.is_fully_defined() and ab_matmul.shape.as_list() == a_free_dims + b_free_dims:
                return ab_matmul
            return tf.reshape(ab_matmul, a_free_dims + b_free_dims, name=_op_name(scope))
        a_free_dims = tf.convert_to_tensor(a_free_dims, dtype=tf.int32)
        b_free_dims = tf.convert_to_tensor(b_free_dims, dtype=tf.int32)
        product = tf.reshape(ab_matmul, tf.concat([a_free_dims, b_free_dims], 0), name=_op_name(scope))
        product.set_shape(a_free_static + b_free_static)
        return product


def print_v1(input_, data, message=None, first_n=None, summarize=None, name=None):
    # tf.compat.v1.Print: an identity of input_ that prints message and data when it runs.
    inputs = [(input_, "input")] + [(d, "data_" + str(k)) for k, d in enumerate(data)]
    attrs = {"message": message or "", "first_n": -1 if first_n is None else int(first_n),
             "summarize": 3 if summarize is None else int(summarize)}
    return _raw("Print", inputs, attrs, name, "Print")[0]


def slice_(input_, begin, size, name=None):
    return _raw("Slice", [(input_, "input"), (begin, "begin"), (size, "size")], None, name, "Slice")[0]


def broadcast_to(input, shape, name=None):
    return _raw("BroadcastTo", [(input, "input"), (shape, "shape")], None, name, "BroadcastTo")[0]


def count_nonzero(input, axis=None, keepdims=None, dtype=tf.int64, name=None):
    with tf.name_scope(name or "count_nonzero"):
        input = tf.convert_to_tensor(input, name="input")
        zero = tf.zeros([], dtype=input.dtype)
        return tf.cast(tf.reduce_sum(tf.cast(tf.math.not_equal(input, zero), tf.int64), axis=axis,
                                     keepdims=bool(keepdims)), dtype=dtype)


def count_nonzero_v1(input_tensor=None, axis=None, keepdims=None, dtype=tf.int64, name=None,
                     reduction_indices=None, keep_dims=None, input=None):
    if input_tensor is None:
        input_tensor = input
    if axis is None:
        axis = reduction_indices
    if keepdims is None:
        keepdims = keep_dims
    return count_nonzero(input_tensor, axis, keepdims, dtype, name)


def reverse(tensor, axis, name=None):
    return _raw("ReverseV2", [(tensor, "tensor"), (axis, "axis")], None, name, "ReverseV2")[0]


def _filled_like(x, dtype, name, default, value, op_type, fold):
    # tf.ones_like / tf.zeros_like as array_ops builds them: eagerly the values; in a graph a
    # constant when the shape is known and small (fold), a Fill for larger known shapes, the
    # OnesLike/ZerosLike op for an unknown shape, a Fill over its Shape for another dtype.
    with tf.name_scope(name or default) as scope:
        x = tf.convert_to_tensor(x, name="tensor")
        dtype = x.dtype if dtype is None else tf.as_dtype(dtype)
        if tf.executing_eagerly():
            like = _raw(op_type, [(x, "x")], None, None, op_type)[0]
            return like if dtype == x.dtype else tf.cast(like, dtype)
        shape = x.shape
        if shape.is_fully_defined() and fold:
            dims = shape.as_list()
            count = 1
            for d in dims:
                count *= d
            if count < 1000:
                return tf.constant(value, dtype=dtype, shape=dims, name=scope)
            dims_tensor = tf.constant(dims, dtype=tf.int32, name="shape_as_tensor")
            return tf.fill(dims_tensor, tf.constant(value, dtype=dtype), name=scope)
        if shape.is_fully_defined():
            with tf.name_scope("Shape"):
                dims_tensor = tf.constant(shape.as_list(), dtype=tf.int32, name="shape_as_tensor")
        elif dtype == x.dtype and fold:
            return _raw(op_type, [(x, "x")], None, scope, op_type)[0]
        else:
            dims_tensor = tf.shape(x, name="Shape")
        result = tf.fill(dims_tensor, tf.constant(value, dtype=dtype), name=scope)
        result.set_shape(shape)
        return result


def ones_like(input, dtype=None, name=None):
    return _filled_like(input, dtype, name, "ones_like", 1, "OnesLike", True)


def zeros_like(input, dtype=None, name=None):
    return _filled_like(input, dtype, name, "zeros_like", 0, "ZerosLike", True)


def ones_like_v1(tensor, dtype=None, name=None, optimize=True):
    return _filled_like(tensor, dtype, name, "ones_like", 1, "OnesLike", False)


def zeros_like_v1(tensor, dtype=None, name=None, optimize=True):
    return _filled_like(tensor, dtype, name, "zeros_like", 0, "ZerosLike", True)

layers_v1 = _Namespace(dense=dense, flatten=flatten, dropout=dropout_layer)

losses_v1 = _Namespace(mean_squared_error=mean_squared_error, absolute_difference=absolute_difference,
                       sparse_softmax_cross_entropy=sparse_softmax_cross_entropy, softmax_cross_entropy=softmax_cross_entropy,
                       sigmoid_cross_entropy=sigmoid_cross_entropy,
                       compute_weighted_loss=compute_weighted_loss, Reduction=Reduction, get_losses=_get_losses)
"""#
