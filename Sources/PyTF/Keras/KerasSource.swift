/// tf.keras (legacy Keras 2 semantics, as tf-keras 2.21), written in Python on top of the
/// `tensorflow` module and run by the interpreter, so that user subclasses of `Layer` and
/// `Model` work exactly as Python subclasses do.
let kerasSource = #"""
import math
import tensorflow as tf

_uid = {}


def _unique(base, zero_based=True):
    n = _uid.get(base, 0)
    _uid[base] = n + 1
    if not zero_based:
        return base + "_" + str(n + 1)
    return base if n == 0 else base + "_" + str(n)


def _snake(name):
    out = ""
    for i, ch in enumerate(name):
        if ch.isupper() and i > 0 and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower())):
            out += "_"
        out += ch.lower()
    return out


def _shape_of(x):
    s = getattr(x, "shape", None)
    if s is None:
        return tf.TensorShape(tf.convert_to_tensor(x).shape)
    return tf.TensorShape(s)


# ---------------------------------------------------------------- initializers

class Initializer:
    def __call__(self, shape, dtype=None, **kwargs):
        raise NotImplementedError

    def get_config(self):
        return {}


class Zeros(Initializer):
    def __call__(self, shape, dtype=None, **kwargs):
        return tf.zeros(shape, dtype=dtype or tf.float32)


class Ones(Initializer):
    def __call__(self, shape, dtype=None, **kwargs):
        return tf.ones(shape, dtype=dtype or tf.float32)


class Constant(Initializer):
    def __init__(self, value=0):
        self.value = value

    def __call__(self, shape, dtype=None, **kwargs):
        # A scalar fills the shape; an array of that shape is taken as it is (tf.constant does both).
        return tf.constant(self.value, dtype=dtype or tf.float32, shape=shape)


class _SeedGenerator:
    # backend._SEED_GENERATOR: keras.utils.set_random_seed gives it a random.Random.
    generator = None


_SEED_GENERATOR = _SeedGenerator()


class _StatelessSeed:
    # backend.RandomGenerator(seed, rng_type="stateless"): the seed is fixed on first use, from
    # the initializer's own seed, else the Keras seed generator, else Python's random module.
    def __init__(self, seed):
        self._seed = seed
        self._built = False

    def pair(self):
        if not self._built:
            if self._seed is None:
                if _SEED_GENERATOR.generator is not None:
                    self._seed = _SEED_GENERATOR.generator.randint(1, int(1e9))
                else:
                    import random
                    self._seed = random.randint(1, int(1e9))
            self._built = True
        return [self._seed, 0]


def _compute_fans(shape):
    if len(shape) < 1:
        fan_in = fan_out = 1
    elif len(shape) == 1:
        fan_in = fan_out = shape[0]
    elif len(shape) == 2:
        fan_in = shape[0]
        fan_out = shape[1]
    else:
        receptive_field_size = 1
        for dim in shape[:-2]:
            receptive_field_size *= dim
        fan_in = shape[-2] * receptive_field_size
        fan_out = shape[-1] * receptive_field_size
    return int(fan_in), int(fan_out)


class RandomUniform(Initializer):
    def __init__(self, minval=-0.05, maxval=0.05, seed=None):
        self.minval, self.maxval, self.seed = minval, maxval, seed
        self._random_generator = _StatelessSeed(seed)

    def __call__(self, shape, dtype=None, **kwargs):
        return tf.random.stateless_uniform(shape, seed=self._random_generator.pair(), minval=self.minval,
                                           maxval=self.maxval, dtype=dtype or tf.float32)

    def get_config(self):
        return {"minval": self.minval, "maxval": self.maxval, "seed": self.seed}


class RandomNormal(Initializer):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean, self.stddev, self.seed = mean, stddev, seed
        self._random_generator = _StatelessSeed(seed)

    def __call__(self, shape, dtype=None, **kwargs):
        return tf.random.stateless_normal(shape, seed=self._random_generator.pair(), mean=self.mean,
                                          stddev=self.stddev, dtype=dtype or tf.float32)

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}


class VarianceScaling(Initializer):
    def __init__(self, scale=1.0, mode="fan_in", distribution="truncated_normal", seed=None):
        if scale <= 0.0:
            raise ValueError(f"Argument `scale` must be positive float. Received: scale={scale}")
        if mode not in {"fan_in", "fan_out", "fan_avg"}:
            raise ValueError(f"Invalid `mode` argument: {mode}. Please use one of the {'fan_in', 'fan_out', 'fan_avg'}.")
        distribution = distribution.lower()
        if distribution == "normal":
            distribution = "truncated_normal"
        if distribution not in {"uniform", "truncated_normal", "untruncated_normal"}:
            raise ValueError(f"Invalid `distribution` argument: {distribution}.")
        self.scale, self.mode, self.distribution, self.seed = scale, mode, distribution, seed
        self._random_generator = _StatelessSeed(seed)

    def __call__(self, shape, dtype=None, **kwargs):
        dtype = dtype or tf.float32
        scale = self.scale
        fan_in, fan_out = _compute_fans(list(shape))
        if self.mode == "fan_in":
            scale /= max(1.0, fan_in)
        elif self.mode == "fan_out":
            scale /= max(1.0, fan_out)
        else:
            scale /= max(1.0, (fan_in + fan_out) / 2.0)
        if self.distribution == "truncated_normal":
            # The standard deviation of a unit normal truncated to [-2, 2] (scipy's truncnorm.std).
            stddev = math.sqrt(scale) / 0.87962566103423978
            return tf.random.stateless_truncated_normal(shape, seed=self._random_generator.pair(), mean=0.0,
                                                        stddev=stddev, dtype=dtype)
        if self.distribution == "untruncated_normal":
            return tf.random.stateless_normal(shape, seed=self._random_generator.pair(), mean=0.0,
                                              stddev=math.sqrt(scale), dtype=dtype)
        limit = math.sqrt(3.0 * scale)
        return tf.random.stateless_uniform(shape, seed=self._random_generator.pair(), minval=-limit,
                                           maxval=limit, dtype=dtype)

    def get_config(self):
        return {"scale": self.scale, "mode": self.mode, "distribution": self.distribution, "seed": self.seed}


class TruncatedNormal(Initializer):
    def __init__(self, mean=0.0, stddev=0.05, seed=None):
        self.mean, self.stddev, self.seed = mean, stddev, seed
        self._random_generator = _StatelessSeed(seed)

    def __call__(self, shape, dtype=None, **kwargs):
        return tf.random.stateless_truncated_normal(shape, seed=self._random_generator.pair(), mean=self.mean,
                                                    stddev=self.stddev, dtype=dtype or tf.float32)

    def get_config(self):
        return {"mean": self.mean, "stddev": self.stddev, "seed": self.seed}


class GlorotNormal(VarianceScaling):
    def __init__(self, seed=None):
        super().__init__(scale=1.0, mode="fan_avg", distribution="truncated_normal", seed=seed)

    def get_config(self):
        return {"seed": self.seed}


class HeNormal(VarianceScaling):
    def __init__(self, seed=None):
        super().__init__(scale=2.0, mode="fan_in", distribution="truncated_normal", seed=seed)

    def get_config(self):
        return {"seed": self.seed}


class LecunNormal(VarianceScaling):
    def __init__(self, seed=None):
        super().__init__(scale=1.0, mode="fan_in", distribution="truncated_normal", seed=seed)

    def get_config(self):
        return {"seed": self.seed}


class GlorotUniform(VarianceScaling):
    def __init__(self, seed=None):
        super().__init__(scale=1.0, mode="fan_avg", distribution="uniform", seed=seed)

    def get_config(self):
        return {"seed": self.seed}


class HeUniform(VarianceScaling):
    def __init__(self, seed=None):
        super().__init__(scale=2.0, mode="fan_in", distribution="uniform", seed=seed)

    def get_config(self):
        return {"seed": self.seed}


class LecunUniform(VarianceScaling):
    def __init__(self, seed=None):
        super().__init__(scale=1.0, mode="fan_in", distribution="uniform", seed=seed)

    def get_config(self):
        return {"seed": self.seed}


def _get_initializer(identifier):
    if identifier is None:
        return None
    if isinstance(identifier, str):
        table = {"zeros": Zeros, "ones": Ones, "glorot_uniform": GlorotUniform, "he_uniform": HeUniform,
                 "lecun_uniform": LecunUniform, "glorot_normal": GlorotNormal, "he_normal": HeNormal,
                 "lecun_normal": LecunNormal, "random_uniform": RandomUniform, "random_normal": RandomNormal,
                 "truncated_normal": TruncatedNormal}
        if identifier not in table:
            raise ValueError("Could not interpret initializer identifier: " + repr(identifier))
        return table[identifier]()
    if isinstance(identifier, type):
        return identifier()
    return identifier


# ---------------------------------------------------------------- activations

def relu(x):
    return tf.nn.relu(x)


def sigmoid(x):
    output = tf.sigmoid(x)
    # Kept for the cross-entropy losses, which then work from the logits (as tf-keras does).
    output._keras_logits = x
    return output


def tanh(x):
    return tf.tanh(x)


def linear(x):
    return x


def softmax(x, axis=-1):
    if x.shape.rank is not None and x.shape.rank <= 1:
        raise ValueError("Cannot apply softmax to a tensor that is 1D. Received input: " + str(x))
    output = tf.nn.softmax(x, axis=axis)
    output._keras_logits = x
    return output


def softplus(x):
    return tf.math.softplus(x)


def elu(x, alpha=1.0):
    # backend.elu: tf.nn.elu, its negative part scaled by alpha where alpha is not 1.
    res = tf.nn.elu(x)
    if alpha == 1:
        return res
    return tf.where(x > 0, res, alpha * res)


def selu(x):
    return tf.nn.selu(x)


def softsign(x):
    return tf.math.softsign(x)


def swish(x):
    return tf.nn.silu(x)


def gelu(x, approximate=False):
    return tf.nn.gelu(x, approximate)


def exponential(x):
    return tf.exp(x)


def hard_sigmoid(x):
    # backend.hard_sigmoid: clip(0.2·x + 0.5, 0, 1).
    point_two = tf.constant(0.2, dtype=x.dtype)
    point_five = tf.constant(0.5, dtype=x.dtype)
    x = tf.multiply(x, point_two)
    x = tf.add(x, point_five)
    return tf.clip_by_value(x, 0.0, 1.0)


def mish(x):
    return x * tf.math.tanh(tf.math.softplus(x))


def _get_activation(identifier):
    if identifier is None:
        return linear
    if isinstance(identifier, str):
        # By name: this module's functions, and the tf.nn ones tf-keras also finds (relu6, silu).
        table = {"relu": relu, "sigmoid": sigmoid, "tanh": tanh, "linear": linear, "softmax": softmax, "softplus": softplus,
                 "elu": elu, "selu": selu, "softsign": softsign, "swish": swish, "gelu": gelu,
                 "exponential": exponential, "hard_sigmoid": hard_sigmoid, "mish": mish,
                 "relu6": tf.nn.relu6, "silu": tf.nn.silu}
        if identifier not in table:
            raise ValueError("Unknown activation function '" + identifier + "' cannot be deserialized.")
        return table[identifier]
    if callable(identifier):
        return identifier
    raise TypeError("Could not interpret activation function identifier: " + str(identifier))


# ---------------------------------------------------------------- layers

class _NoScope:
    def __enter__(self):
        return None

    def __exit__(self, *args):
        return False


def _flat_variables(value):
    if isinstance(value, tf.Variable):
        return [value]
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(_flat_variables(v))
        return out
    return []


def _dedup(variables):
    out = []
    seen = set()
    for v in variables:
        if id(v) not in seen:
            seen.add(id(v))
            out.append(v)
    return out


class Layer:
    # Variables are tracked as tf-keras tracks them: those made by add_weight and those assigned
    # to an attribute, in that order, trainable and non-trainable apart; sublayers are found in
    # the attributes.
    _eager_scope = True

    def __init__(self, trainable=True, name=None, dtype=None, input_shape=None, **kwargs):
        for key in kwargs:
            if key not in ("input_dim", "batch_input_shape", "autocast", "dynamic"):
                raise TypeError("Keyword argument not understood: " + repr(key))
        object.__setattr__(self, "_trainable_weights", [])
        object.__setattr__(self, "_non_trainable_weights", [])
        object.__setattr__(self, "_name", name or _unique(_snake(type(self).__name__)))
        self.trainable = trainable
        self.built = False
        self._dtype = dtype or "float32"
        if "input_dim" in kwargs and input_shape is None:
            input_shape = (kwargs["input_dim"],)
        self._input_shape_arg = input_shape

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        if name.startswith("_") and name in ("_trainable_weights", "_non_trainable_weights"):
            return
        for v in _flat_variables(value):
            self._track_variable(v)

    def _track_variable(self, v):
        if any(v is w for w in self._trainable_weights) or any(v is w for w in self._non_trainable_weights):
            return
        if v.trainable:
            self._trainable_weights.append(v)
        else:
            self._non_trainable_weights.append(v)

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    def build(self, input_shape):
        self.built = True

    def call(self, inputs, *args, **kwargs):
        return inputs

    def add_weight(self, name=None, shape=None, dtype=None, initializer=None, trainable=True, **kwargs):
        dtype = dtype or self._dtype
        init = _get_initializer(initializer)
        if init is None:
            init = GlorotUniform() if tf.as_dtype(dtype).is_floating else Zeros()
        shape = [] if shape is None else list(shape)
        # The variable is named in the scope add_weight is called in (the layer's, during a
        # call), also when that scope belongs to a function graph being traced.
        scope = tf.get_current_name_scope()
        with tf.init_scope():
            value = init(shape, dtype=dtype)
            with tf.name_scope(scope + "/") if scope else _NoScope():
                variable = tf.Variable(value, name=name or "Variable", trainable=trainable, dtype=dtype)
        self._track_variable(variable)
        return variable

    def _maybe_build(self, inputs):
        if not self.built:
            self.build(_shape_of(inputs))
            self.built = True

    def __call__(self, inputs, *args, **kwargs):
        if _has_keras_tensor(inputs):
            return _symbolic_call(self, inputs, args, kwargs)
        if tf.executing_eagerly():
            scope = tf.name_scope(self._name) if self._eager_scope else _NoScope()
        else:
            # In a graph the layer's ops go in a scope named after the layer. The trailing "/"
            # makes it absolute, so a second call reuses the scope (dense/MatMul_1), as tf-keras does.
            current = tf.get_current_name_scope()
            scope = tf.name_scope((current + "/" if current else "") + self._name + "/")
        with scope:
            self._maybe_build(inputs)
            if self._dtype in ("float32", "float64", "float16"):
                inputs = _autocast(inputs, self._dtype)
            return self.call(inputs, *args, **kwargs)

    def _sublayers(self):
        found = []
        for value in self.__dict__.values():
            _collect_layers(value, found)
        return found

    def _children(self, attribute):
        out = []
        for layer in self._sublayers():
            out.extend(getattr(layer, attribute))
        return out

    @property
    def trainable_weights(self):
        if not self.trainable:
            return []
        return _dedup(self._trainable_weights + self._children("trainable_variables"))

    @property
    def non_trainable_weights(self):
        if self.trainable:
            return _dedup(self._non_trainable_weights + self._children("non_trainable_variables"))
        return _dedup(self._trainable_weights + self._non_trainable_weights + self._children("variables"))

    @property
    def weights(self):
        return _dedup(self.trainable_weights + self.non_trainable_weights)

    @property
    def variables(self):
        return self.weights

    @property
    def trainable_variables(self):
        return self.trainable_weights

    @property
    def non_trainable_variables(self):
        return self.non_trainable_weights

    @property
    def layers(self):
        return self._sublayers()

    def get_weights(self):
        return [v.numpy() for v in self.weights]

    def set_weights(self, weights):
        for v, w in zip(self.weights, weights):
            v.assign(w)

    def count_params(self):
        total = 0
        for v in self.weights:
            n = 1
            for d in v.shape:
                n *= d
            total += n
        return total


def _collect_layers(value, found):
    if isinstance(value, Layer):
        if not any(value is f for f in found):
            found.append(value)
    elif isinstance(value, (list, tuple)):
        for v in value:
            _collect_layers(v, found)
    elif isinstance(value, dict):
        for v in value.values():
            _collect_layers(v, found)


def _autocast(x, dtype):
    if isinstance(x, (list, tuple)):
        return type(x)(_autocast(v, dtype) for v in x)
    if isinstance(x, tf.Variable):
        return x
    if isinstance(x, tf.Tensor):
        if x.dtype.is_floating and x.dtype.name != dtype:
            return tf.cast(x, dtype)
        return x
    try:
        t = tf.convert_to_tensor(x)
    except (TypeError, ValueError):
        return x
    if t.dtype.is_floating and t.dtype.name != dtype:
        return tf.cast(t, dtype)
    return t


class Dense(Layer):
    def __init__(self, units, activation=None, use_bias=True, kernel_initializer="glorot_uniform",
                 bias_initializer="zeros", **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.activation = _get_activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = _get_initializer(kernel_initializer)
        self.bias_initializer = _get_initializer(bias_initializer)

    def build(self, input_shape):
        last = input_shape[-1]
        if last is None:
            raise ValueError("The last dimension of the inputs to a Dense layer should be defined. Found None. Full input shape received: " + str(input_shape))
        self.kernel = self.add_weight("kernel", shape=[last, self.units], initializer=self.kernel_initializer)
        if self.use_bias:
            self.bias = self.add_weight("bias", shape=[self.units], initializer=self.bias_initializer)
        else:
            self.bias = None
        self.built = True

    def call(self, inputs):
        outputs = tf.matmul(inputs, self.kernel)
        if self.use_bias:
            outputs = tf.nn.bias_add(outputs, self.bias)
        return self.activation(outputs)


class Model(Layer):
    def __init__(self, *args, **kwargs):
        # Model(inputs, outputs): a functional model, the layers between them called in order.
        inputs = kwargs.pop("inputs", args[0] if len(args) > 0 else None)
        outputs = kwargs.pop("outputs", args[1] if len(args) > 1 else None)
        super().__init__(**kwargs)
        self.optimizer = None
        self.loss = None
        if _has_keras_tensor(inputs) and not _has_keras_tensor(outputs):
            raise ValueError("Output tensors of a Functional model must be the output of a TensorFlow `Layer` (thus holding past layer metadata). Found: " + str(outputs))
        if inputs is not None and outputs is not None:
            object.__setattr__(self, "_functional_inputs", inputs)
            object.__setattr__(self, "_functional_outputs", outputs)
            found = []
            _graph_layers(list(outputs) if isinstance(outputs, (list, tuple)) else [outputs], found)
            self._functional_layers = found
            self.built = True

    def call(self, inputs, *args, **kwargs):
        outputs = self.__dict__.get("_functional_outputs")
        if outputs is None:
            return inputs
        declared = self._functional_inputs
        values = {}
        if isinstance(declared, (list, tuple)):
            for t, v in zip(declared, inputs):
                values[id(t)] = tf.convert_to_tensor(v)
        else:
            values[id(declared)] = tf.convert_to_tensor(inputs)
        if isinstance(outputs, (list, tuple)):
            return type(outputs)(_run_graph(t, values) for t in outputs)
        return _run_graph(outputs, values)

    # A model lists its sublayers' variables before its own (tf-keras's Model.trainable_weights).
    @property
    def trainable_weights(self):
        if not self.trainable:
            return []
        return _dedup(self._children("trainable_variables") + self._trainable_weights)

    @property
    def non_trainable_weights(self):
        if self.trainable:
            return _dedup(self._children("non_trainable_variables") + self._non_trainable_weights)
        return _dedup(self._children("trainable_variables") + self._trainable_weights
                      + self._children("non_trainable_variables") + self._non_trainable_weights)

    def compile(self, optimizer=None, loss=None, metrics=None, **kwargs):
        self.optimizer = optimizers.get(optimizer)
        self.loss = _loss_for_compile(loss)

    def predict(self, x, **kwargs):
        return self(x).numpy()

    def train_step(self, x, y):
        with tf.GradientTape() as tape:
            y_pred = self(x)
            loss = self.loss(y, y_pred)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return loss

    def fit(self, x, y, epochs=1, batch_size=None, verbose=0, **kwargs):
        if self.optimizer is None or self.loss is None:
            raise RuntimeError("You must compile your model before training/testing. Use `model.compile(optimizer, loss)`.")
        history = History()
        for epoch in range(epochs):
            loss = self.train_step(x, y)
            history.history.setdefault("loss", []).append(float(loss))
        return history


class History:
    def __init__(self):
        self.history = {}


class Sequential(Model):
    # tf-keras builds a Sequential's layers as a functional graph, outside the model's scope:
    # their variables are dense/kernel:0, not sequential/dense/kernel:0.
    _eager_scope = False

    def __init__(self, layers=None, name=None):
        super().__init__(name=name)
        self._layers = []
        for layer in layers or []:
            self.add(layer)

    def add(self, layer):
        # An Input first gives the model its input shape: the layers are built at once.
        if isinstance(layer, KerasTensor):
            object.__setattr__(self, "_symbolic", layer)
            return
        self._layers.append(layer)
        current = self.__dict__.get("_symbolic")
        if current is not None:
            object.__setattr__(self, "_symbolic", layer(current))

    @property
    def layers(self):
        return list(self._layers)

    def build(self, input_shape=None):
        self.built = True

    def call(self, inputs):
        x = inputs
        for layer in self._layers:
            x = layer(x)
        return x


class InputLayer(Layer):
    def __init__(self, input_shape=None, batch_size=None, dtype=None, name=None, **kwargs):
        super().__init__(name=name or _unique("input", zero_based=False), dtype=dtype)
        self.built = True
        if input_shape is not None:
            shape = [batch_size] + list(input_shape)
            self._output = KerasTensor(shape, tf.as_dtype(dtype or "float32"), self, [], name=self.name, spec_name=self.name)


class KerasTensor:
    """A symbolic value of the Keras functional API: a shape with an unknown batch, a dtype, and
    the layer call that makes it."""

    def __init__(self, shape, dtype, layer, inbound, args=(), kwargs=None, name=None, spec_name=None):
        self._shape = tf.TensorShape(shape)
        self._dtype = dtype
        self._layer = layer
        self._inbound = inbound
        self._args = args
        self._kwargs = kwargs or {}
        self._name = name
        self._spec_name = spec_name

    @property
    def shape(self):
        return self._shape

    @property
    def dtype(self):
        return self._dtype

    @property
    def name(self):
        return self._name

    def __repr__(self):
        spec = tf.TensorSpec(self._shape, self._dtype, name=self._spec_name)
        return ("KerasTensor(type_spec=" + repr(spec) + ", name=" + repr(self._name)
                + ", description=\"created by layer '" + self._layer.name + "'\")")


def _has_keras_tensor(value):
    if isinstance(value, KerasTensor):
        return True
    if isinstance(value, (list, tuple)):
        return any(_has_keras_tensor(v) for v in value)
    return False


def _concrete_stand_in(value):
    # A tensor of zeros for a KerasTensor (unknown dimensions as 1), to run the layer once and
    # learn its output's shape and dtype.
    if isinstance(value, KerasTensor):
        return tf.zeros([1 if d is None else d for d in value.shape.as_list()], dtype=value.dtype)
    if isinstance(value, (list, tuple)):
        return type(value)(_concrete_stand_in(v) for v in value)
    return value


def _symbolic_call(layer, inputs, args, kwargs):
    # Built on a stand-in tensor, then traced on the symbolic shapes: the output's static shape
    # and its name in the layer's graph (dense/BiasAdd:0), as tf-keras gets them.
    layer(_concrete_stand_in(inputs), *args, **kwargs)
    seen = []

    def trace(*values):
        out = layer(values[0] if len(values) == 1 else list(values), *args, **kwargs)
        seen.append(out)
        return out

    flat = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
    tf.function(trace).get_concrete_function(*[tf.TensorSpec(t.shape, t.dtype) for t in flat])
    out = seen[-1]
    return KerasTensor(out.shape.as_list(), out.dtype, layer, inputs, args, kwargs, name=out.name)


def Input(shape=None, batch_size=None, name=None, dtype=None, **kwargs):
    layer = InputLayer(input_shape=tuple(shape) if shape is not None else (), batch_size=batch_size, dtype=dtype, name=name)
    return layer._output


def _run_graph(tensor, values):
    key = id(tensor)
    if key in values:
        return values[key]
    inbound = tensor._inbound
    if isinstance(inbound, (list, tuple)):
        args = type(inbound)(_run_graph(t, values) for t in inbound)
    else:
        args = _run_graph(inbound, values)
    out = tensor._layer(args, *tensor._args, **tensor._kwargs)
    values[key] = out
    return out


def _graph_layers(tensors, found):
    for t in tensors:
        if isinstance(t, KerasTensor):
            inbound = t._inbound if isinstance(t._inbound, (list, tuple)) else [t._inbound]
            _graph_layers(inbound, found)
            if not any(t._layer is f for f in found):
                found.append(t._layer)


class Dropout(Layer):
    def __init__(self, rate, noise_shape=None, seed=None, **kwargs):
        super().__init__(**kwargs)
        if isinstance(rate, (int, float)) and not 0 <= rate <= 1:
            raise ValueError("Invalid value " + str(rate) + " received for `rate`, expected a value between 0 and 1.")
        self.rate = rate
        self.noise_shape = noise_shape
        self.seed = seed
        self.supports_masking = True

    def call(self, inputs, training=None):
        if training and self.rate > 0:
            return tf.nn.dropout(inputs, rate=self.rate, noise_shape=self.noise_shape, seed=self.seed)
        return tf.identity(inputs)

    def get_config(self):
        return {"name": self.name, "trainable": self.trainable, "dtype": self.dtype, "rate": self.rate,
                "noise_shape": self.noise_shape, "seed": self.seed}


class Flatten(Layer):
    def __init__(self, data_format=None, **kwargs):
        super().__init__(**kwargs)
        self.data_format = data_format or "channels_last"

    def call(self, inputs):
        if inputs.shape.rank == 0:
            raise ValueError("Input 0 of layer \"" + self.name + "\" is incompatible with the layer: expected min_ndim=1, found ndim=0. Full shape received: ()")
        from tensorflow._extras import flatten_2d
        return flatten_2d(inputs)

    def get_config(self):
        return {"name": self.name, "trainable": self.trainable, "dtype": self.dtype, "data_format": self.data_format}


# ---------------------------------------------------------------- losses

class Loss:
    def __init__(self, reduction="auto", name=None):
        self.reduction = reduction
        self.name = name

    def __call__(self, y_true, y_pred, sample_weight=None):
        values = self.call(tf.convert_to_tensor(y_true), tf.convert_to_tensor(y_pred))
        # losses_utils.compute_weighted_loss: weighted, summed, divided by the element count.
        if sample_weight is not None:
            weights = tf.cast(sample_weight, values.dtype)
            if weights.shape.rank is not None and values.shape.rank is not None and weights.shape.rank > values.shape.rank:
                weights = tf.squeeze(weights, axis=[-1])
            values = tf.multiply(values, weights)
        if self.reduction == "none":
            return values
        total = tf.reduce_sum(values)
        if self.reduction == "sum":
            return total
        return tf.math.divide_no_nan(total, tf.cast(tf.size(values), values.dtype))


class LossFunctionWrapper(Loss):
    def __init__(self, fn, reduction="auto", name=None, **kwargs):
        super().__init__(reduction, name)
        self.fn = fn
        self._fn_kwargs = kwargs

    def call(self, y_true, y_pred):
        return self.fn(y_true, y_pred, **self._fn_kwargs)

    def get_config(self):
        config = {"reduction": self.reduction, "name": self.name}
        config.update(self._fn_kwargs)
        return config


_EPSILON = 1e-07


def mean_squared_error(y_true, y_pred):
    y_pred = tf.convert_to_tensor(y_pred)
    y_true = tf.cast(y_true, y_pred.dtype)
    return tf.reduce_mean(tf.math.squared_difference(y_pred, y_true), axis=-1)


def mean_absolute_error(y_true, y_pred):
    y_pred = tf.convert_to_tensor(y_pred)
    y_true = tf.cast(y_true, y_pred.dtype)
    return tf.reduce_mean(tf.abs(y_pred - y_true), axis=-1)


def _smooth_labels(y_true, label_smoothing, num_classes):
    if not label_smoothing:
        return y_true
    return y_true * (1.0 - label_smoothing) + label_smoothing / num_classes


def _get_logits(output, from_logits, op_type):
    # The logits behind a probability output: those a Keras activation kept on it, or the input
    # of the Softmax/Sigmoid op that made it in a graph.
    if hasattr(output, "_keras_logits"):
        return output._keras_logits, True
    op = getattr(output, "op", None) if not tf.executing_eagerly() else None
    if op is not None and op.type == op_type and len(op.inputs) == 1:
        return op.inputs[0], True
    return output, from_logits


def _backend_binary_crossentropy(target, output, from_logits=False):
    output, from_logits = _get_logits(output, from_logits, "Sigmoid")
    if from_logits:
        return tf.nn.sigmoid_cross_entropy_with_logits(labels=target, logits=output)
    eps = tf.constant(_EPSILON, dtype=output.dtype)
    output = tf.clip_by_value(output, eps, 1.0 - eps)
    bce = target * tf.math.log(output + _EPSILON)
    bce += (1 - target) * tf.math.log(1 - output + _EPSILON)
    return -bce


def binary_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    y_pred = tf.convert_to_tensor(y_pred)
    y_true = tf.cast(y_true, y_pred.dtype)
    if label_smoothing:
        y_true = y_true * (1.0 - label_smoothing) + 0.5 * label_smoothing
    return tf.reduce_mean(_backend_binary_crossentropy(y_true, y_pred, from_logits), axis=axis)


def categorical_crossentropy(y_true, y_pred, from_logits=False, label_smoothing=0.0, axis=-1):
    y_pred = tf.convert_to_tensor(y_pred)
    y_true = tf.cast(y_true, y_pred.dtype)
    if label_smoothing:
        y_true = _smooth_labels(y_true, label_smoothing, tf.cast(tf.shape(y_true)[-1], y_pred.dtype))
    y_pred, from_logits = _get_logits(y_pred, from_logits, "Softmax")
    if from_logits:
        return tf.nn.softmax_cross_entropy_with_logits(labels=y_true, logits=y_pred, axis=axis)
    output = y_pred / tf.reduce_sum(y_pred, axis, True)
    eps = tf.constant(_EPSILON, dtype=output.dtype)
    output = tf.clip_by_value(output, eps, 1.0 - eps)
    return -tf.reduce_sum(y_true * tf.math.log(output), axis)


def sparse_categorical_crossentropy(y_true, y_pred, from_logits=False, axis=-1, ignore_class=None):
    output = tf.convert_to_tensor(y_pred)
    target = tf.convert_to_tensor(y_true)
    output, from_logits = _get_logits(output, from_logits, "Softmax")
    if not from_logits:
        eps = tf.constant(_EPSILON, dtype=output.dtype)
        output = tf.clip_by_value(output, eps, 1 - eps)
        output = tf.math.log(output)
    target = tf.cast(tf.reshape(target, [-1]), tf.int64)
    return tf.nn.sparse_softmax_cross_entropy_with_logits(labels=target, logits=output)


class MeanSquaredError(LossFunctionWrapper):
    def __init__(self, reduction="auto", name="mean_squared_error"):
        super().__init__(mean_squared_error, reduction=reduction, name=name)


class MeanAbsoluteError(LossFunctionWrapper):
    def __init__(self, reduction="auto", name="mean_absolute_error"):
        super().__init__(mean_absolute_error, reduction=reduction, name=name)


class BinaryCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, label_smoothing=0.0, axis=-1, reduction="auto", name="binary_crossentropy"):
        super().__init__(binary_crossentropy, reduction=reduction, name=name, from_logits=from_logits,
                         label_smoothing=label_smoothing, axis=axis)
        self.from_logits = from_logits


class CategoricalCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, label_smoothing=0.0, axis=-1, reduction="auto", name="categorical_crossentropy"):
        super().__init__(categorical_crossentropy, reduction=reduction, name=name, from_logits=from_logits,
                         label_smoothing=label_smoothing, axis=axis)
        self.from_logits = from_logits


class SparseCategoricalCrossentropy(LossFunctionWrapper):
    def __init__(self, from_logits=False, ignore_class=None, reduction="auto", name="sparse_categorical_crossentropy"):
        super().__init__(sparse_categorical_crossentropy, reduction=reduction, name=name, from_logits=from_logits,
                         ignore_class=ignore_class)
        self.from_logits = from_logits


_LOSS_FUNCTIONS = {"mean_squared_error": mean_squared_error, "mse": mean_squared_error, "MSE": mean_squared_error,
                   "mean_absolute_error": mean_absolute_error, "mae": mean_absolute_error, "MAE": mean_absolute_error,
                   "binary_crossentropy": binary_crossentropy, "categorical_crossentropy": categorical_crossentropy,
                   "sparse_categorical_crossentropy": sparse_categorical_crossentropy}


def _loss_for_compile(identifier):
    # Model.compile wraps a name or a function in a loss that reduces to the batch mean.
    if identifier is None or isinstance(identifier, Loss):
        return identifier
    if isinstance(identifier, str):
        if identifier in ("mse", "mean_squared_error"):
            return MeanSquaredError()
        if identifier in ("mae", "mean_absolute_error"):
            return MeanAbsoluteError()
        if identifier not in _LOSS_FUNCTIONS:
            raise ValueError("Unknown loss function: '" + identifier + "'. Please ensure you are using a `keras.utils.custom_object_scope` and that this object is included in the scope. See https://www.tensorflow.org/guide/keras/save_and_serialize#registering_the_custom_object for details.")
        fn = _LOSS_FUNCTIONS[identifier]
        return LossFunctionWrapper(fn, name=fn.__name__)
    return LossFunctionWrapper(identifier, name=getattr(identifier, "__name__", None))


class _Losses:
    Loss = Loss
    LossFunctionWrapper = LossFunctionWrapper
    MeanSquaredError = MeanSquaredError
    MeanAbsoluteError = MeanAbsoluteError
    BinaryCrossentropy = BinaryCrossentropy
    CategoricalCrossentropy = CategoricalCrossentropy
    SparseCategoricalCrossentropy = SparseCategoricalCrossentropy
    mean_squared_error = staticmethod(mean_squared_error)
    mse = staticmethod(mean_squared_error)
    MSE = staticmethod(mean_squared_error)
    mean_absolute_error = staticmethod(mean_absolute_error)
    mae = staticmethod(mean_absolute_error)
    binary_crossentropy = staticmethod(binary_crossentropy)
    categorical_crossentropy = staticmethod(categorical_crossentropy)
    sparse_categorical_crossentropy = staticmethod(sparse_categorical_crossentropy)

    @staticmethod
    def get(identifier):
        if identifier is None or callable(identifier) and not isinstance(identifier, str):
            return identifier
        if identifier in ("mse", "mean_squared_error"):
            return MeanSquaredError()
        if identifier in ("mae", "mean_absolute_error"):
            return MeanAbsoluteError()
        if identifier not in _LOSS_FUNCTIONS:
            raise ValueError("Could not interpret loss function identifier: " + str(identifier))
        return _LOSS_FUNCTIONS[identifier]


losses = _Losses()


# ---------------------------------------------------------------- optimizers

class Optimizer:
    def __init__(self, learning_rate=0.001, name="Optimizer", **kwargs):
        self.name = name
        with tf.init_scope():
            self._learning_rate = tf.Variable(learning_rate, name="learning_rate", dtype=tf.float32, trainable=False)
            self._iterations = tf.Variable(0, name="iteration", dtype=tf.int64, trainable=False)
        self._built = False
        self._var_ids = []

    @property
    def iterations(self):
        return self._iterations

    @property
    def learning_rate(self):
        return self._learning_rate

    @learning_rate.setter
    def learning_rate(self, value):
        self._learning_rate.assign(value)

    @property
    def lr(self):
        return self._learning_rate

    def _index(self, variable):
        for i, v in enumerate(self._var_ids):
            if v is variable:
                return i
        raise KeyError("The optimizer cannot recognize variable " + variable.name + ". This usually means you are trying to call the optimizer to update different parts of the model separately. Please call `optimizer.build(variables)` with the full list of trainable variables before the training loop or use legacy optimizer `tf.keras.optimizers.legacy." + type(self).__name__ + "`.")

    def build(self, var_list):
        self._var_ids = list(var_list)
        self._built = True
        self._slots = []

    def add_variable_from_reference(self, model_variable, variable_name, initial_value=None):
        # The slot's name: <optimizer>/<slot>/<variable's own name>, as tf-keras names it.
        base = model_variable.name.split(":")[0]
        if initial_value is None:
            initial_value = tf.zeros(model_variable.shape, dtype=model_variable.dtype)
        slot = tf.Variable(initial_value, name=self.name + "/" + variable_name + "/" + base, trainable=False,
                           dtype=model_variable.dtype)
        self.__dict__.setdefault("_slots", []).append(slot)
        return slot

    def variables(self):
        return [self._iterations] + list(self.__dict__.get("_slots", []))

    def apply_gradients(self, grads_and_vars, name=None, **kwargs):
        items = list(grads_and_vars)
        pairs = [(g, v) for g, v in items]
        if not pairs:
            return self._iterations
        # tf-keras builds for every variable, with a gradient or not, then leaves out the Nones.
        if not self._built:
            with tf.init_scope():
                self.build([v for _, v in pairs])
        filtered = [(g, v) for g, v in pairs if g is not None]
        if not filtered:
            raise ValueError("No gradients provided for any variable: " + str(([v.name for _, v in pairs],))
                             + ". Provided `grads_and_vars` is " + str(tuple(items)) + ".")
        for g, v in filtered:
            # tf-keras skips what is not a variable (a tensor passed in the variable's place)...
            if isinstance(v, tf.Variable):
                self.update_step(g, v)
        iterations = self.iterations.assign_add(1)
        # ...and fails afterwards, checking each variable's constraint.
        for g, v in filtered:
            if not isinstance(v, tf.Variable):
                v.constraint
        return iterations

    def minimize(self, loss, var_list, tape=None):
        if tape is None:
            raise ValueError("`tape` is required when a `Tensor` loss is passed.")
        grads = tape.gradient(loss, var_list)
        return self.apply_gradients(zip(grads, var_list))


# Eagerly, a plain SGD step is done natively, with the same kernels in the same order; anything
# else runs the Python method above, to which the native one hands the pairs untouched.
Optimizer._apply_gradients_python = Optimizer.apply_gradients
Optimizer.apply_gradients = tf._keras_apply_gradients_method


class SGD(Optimizer):
    def __init__(self, learning_rate=0.01, momentum=0.0, nesterov=False, name="SGD", **kwargs):
        super().__init__(learning_rate=learning_rate, name=name, **kwargs)
        if momentum < 0 or momentum > 1:
            raise ValueError("`momentum` must be between [0, 1].")
        self.momentum = momentum
        self.nesterov = nesterov

    def build(self, var_list):
        super().build(var_list)
        # tf-keras makes the momentum slots even with momentum 0 (and updates through them).
        self.momentums = []
        for v in var_list:
            self.momentums.append(self.add_variable_from_reference(v, "m"))

    def update_step(self, gradient, variable):
        m = self.momentums[self._index(variable)]
        # Eagerly, the plain float32 case is one native step with the same kernels.
        if m is not None and tf._keras_sgd_update(gradient, variable, m, self.learning_rate, self.momentum, self.nesterov):
            return
        lr = tf.cast(self.learning_rate, variable.dtype)
        momentum = tf.cast(self.momentum, variable.dtype)
        if m is not None:
            m.assign(-gradient * lr + m * momentum)
            if self.nesterov:
                variable.assign_add(-gradient * lr + m * momentum)
            else:
                variable.assign_add(m)
        else:
            variable.assign_add(-gradient * lr)


class Adam(Optimizer):
    def __init__(self, learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False, name="Adam", **kwargs):
        super().__init__(learning_rate=learning_rate, name=name, **kwargs)
        self.beta_1 = beta_1
        self.beta_2 = beta_2
        self.epsilon = epsilon
        self.amsgrad = amsgrad

    def build(self, var_list):
        super().build(var_list)
        self._momentums = []
        self._velocities = []
        for v in var_list:
            self._momentums.append(self.add_variable_from_reference(v, "m"))
            self._velocities.append(self.add_variable_from_reference(v, "v"))

    def update_step(self, gradient, variable):
        lr = tf.cast(self.learning_rate, variable.dtype)
        local_step = tf.cast(self.iterations + 1, variable.dtype)
        beta_1_power = tf.pow(tf.cast(self.beta_1, variable.dtype), local_step)
        beta_2_power = tf.pow(tf.cast(self.beta_2, variable.dtype), local_step)
        i = self._index(variable)
        m = self._momentums[i]
        v = self._velocities[i]
        alpha = lr * tf.sqrt(1 - beta_2_power) / (1 - beta_1_power)
        m.assign_add((gradient - m) * (1 - self.beta_1))
        v.assign_add((tf.square(gradient) - v) * (1 - self.beta_2))
        variable.assign_sub((m * alpha) / (tf.sqrt(v) + self.epsilon))


class RMSprop(Optimizer):
    def __init__(self, learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07, centered=False, name="RMSprop", **kwargs):
        super().__init__(learning_rate=learning_rate, name=name, **kwargs)
        self.rho = rho
        self.momentum = momentum
        self.epsilon = epsilon
        self.centered = centered

    def build(self, var_list):
        super().build(var_list)
        self._velocities = [self.add_variable_from_reference(v, "velocity") for v in var_list]
        self._momentums = [self.add_variable_from_reference(v, "momentum") for v in var_list] if self.momentum > 0 else []
        self._average_gradients = ([self.add_variable_from_reference(v, "average_gradient") for v in var_list]
                                   if self.centered else [])

    def update_step(self, gradient, variable):
        lr = tf.cast(self.learning_rate, variable.dtype)
        i = self._index(variable)
        velocity = self._velocities[i]
        rho = self.rho
        velocity.assign(rho * velocity + (1 - rho) * tf.square(gradient))
        if self.centered:
            average_grad = self._average_gradients[i]
            average_grad.assign(rho * average_grad + (1 - rho) * gradient)
            denominator = velocity - tf.square(average_grad) + self.epsilon
        else:
            denominator = velocity + self.epsilon
        increment = lr * gradient * tf.math.rsqrt(denominator)
        if self.momentum > 0:
            momentum = self._momentums[i]
            momentum.assign(self.momentum * momentum + increment)
            variable.assign_add(-momentum)
        else:
            variable.assign_add(-increment)


class Adagrad(Optimizer):
    def __init__(self, learning_rate=0.001, initial_accumulator_value=0.1, epsilon=1e-07, name="Adagrad", **kwargs):
        super().__init__(learning_rate=learning_rate, name=name, **kwargs)
        self.initial_accumulator_value = initial_accumulator_value
        self.epsilon = epsilon

    def build(self, var_list):
        super().build(var_list)
        self._accumulators = [self.add_variable_from_reference(
            v, "accumulator", initial_value=tf.fill(v.shape, tf.cast(self.initial_accumulator_value, v.dtype))) for v in var_list]

    def update_step(self, gradient, variable):
        lr = tf.cast(self.learning_rate, variable.dtype)
        accumulator = self._accumulators[self._index(variable)]
        accumulator.assign_add(gradient * gradient)
        variable.assign_sub(lr * gradient / tf.sqrt(accumulator + self.epsilon))


class _Optimizers:
    Optimizer = Optimizer
    SGD = SGD
    Adam = Adam
    RMSprop = RMSprop
    Adagrad = Adagrad

    @staticmethod
    def get(identifier):
        if identifier is None or isinstance(identifier, Optimizer):
            return identifier
        table = {"sgd": SGD, "adam": Adam, "rmsprop": RMSprop, "adagrad": Adagrad}
        key = str(identifier).lower()
        if key not in table:
            raise ValueError("Could not interpret optimizer identifier: " + str(identifier))
        return table[key]()


optimizers = _Optimizers()


# ---------------------------------------------------------------- namespaces

class _Namespace:
    def __init__(self, **entries):
        for key, value in entries.items():
            setattr(self, key, value)


layers = _Namespace(Layer=Layer, Dense=Dense, InputLayer=InputLayer, Input=Input, Dropout=Dropout, Flatten=Flatten)
initializers = _Namespace(Initializer=Initializer, Zeros=Zeros, Ones=Ones, Constant=Constant,
                          RandomUniform=RandomUniform, RandomNormal=RandomNormal, GlorotUniform=GlorotUniform,
                          VarianceScaling=VarianceScaling, HeUniform=HeUniform, LecunUniform=LecunUniform,
                          TruncatedNormal=TruncatedNormal, GlorotNormal=GlorotNormal, HeNormal=HeNormal,
                          LecunNormal=LecunNormal, truncated_normal=TruncatedNormal, glorot_normal=GlorotNormal,
                          he_normal=HeNormal, lecun_normal=LecunNormal,
                          zeros=Zeros, ones=Ones, constant=Constant, glorot_uniform=GlorotUniform,
                          he_uniform=HeUniform, lecun_uniform=LecunUniform,
                          get=_get_initializer)
activations = _Namespace(relu=relu, sigmoid=sigmoid, tanh=tanh, linear=linear, softmax=softmax, softplus=softplus,
                         elu=elu, selu=selu, softsign=softsign, swish=swish, gelu=gelu, exponential=exponential,
                         hard_sigmoid=hard_sigmoid, mish=mish, get=_get_activation)


def _set_random_seed(seed):
    try:
        import random
        random.seed(seed)
    except ImportError:
        pass
    try:
        import numpy
        numpy.random.seed(seed)
    except ImportError:
        pass
    tf.random.set_seed(seed)
    import random
    _SEED_GENERATOR.generator = random.Random(seed)


utils = _Namespace(set_random_seed=_set_random_seed)


def _clear_session():
    _uid.clear()


backend = _Namespace(clear_session=_clear_session)
"""#
