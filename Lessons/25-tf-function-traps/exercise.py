import tensorflow as tf

# A tf.function builds its graph by tracing: it runs the Python code once, with symbolic
# tensors, and then runs the graph on every call with the same kind of arguments.
traces = 0
w = tf.Variable(2.0, name="w")        # one variable, made once, outside the function

@tf.function
def f(x, n=1):
    global traces
    traces += 1                       # Python: runs only while tracing
    print("tracing f for n =", n)     # so does print
    tf.print("running f")             # a graph op: runs on every call (to stderr)
    return w * x ** n + 1.0

results = [float(f(___)) for v in [1.0, 2.0, 3.0]]
print(results)

# A Python number is part of the signature: each new value traces again.
powers = [float(f(tf.constant(2.0), n)) for n in [2, 3]]
print(powers)
traces_after_powers = f.experimental_get_tracing_count()
print("traces:", traces, traces_after_powers)

# So does a Python number passed where you meant a tensor: 1.0, 2.0, 3.0 are three traces.
more = [float(f(v)) for v in [1.0, 2.0, 3.0]]
print("traces after plain floats:", f.experimental_get_tracing_count())

# Creating a tf.Variable on every call is an error: a function may make variables only once.
@tf.function
def g(x):
    v = tf.Variable(1.0)
    return v * x

try:
    g(tf.constant(1.0))
except ValueError as e:
    print(str(e).splitlines()[-1].strip()[:78])
