# assign, assign_add and assign_sub return TF's _UnreadVariable eagerly and in a tf.function:
# named UnreadVariable, sharing the variable's storage; in a traced graph it stands for the
# assign op. While tracing, a variable's repr shows no value.
import tensorflow as tf

v = tf.Variable(1.0, name="v")
x = v.assign_add(1.0)
print(x)
print(x.name, x is v, x.dtype, x.shape)
y = x.assign(10.0)
print(y.numpy(), v.numpy(), (x * 2).numpy())
print(v.assign_sub(4.0).numpy(), v.numpy())

@tf.function
def f():
    print(v)
    r = v.assign_add(1.0)
    print(r)
    print(r.name, r.op.name, r.op.type)
    with tf.control_dependencies([r]):
        t = tf.constant(2.0, name="t")
    print([op.name for op in t.op.control_inputs])
    return r, r * 3

print(f())
print(f())
print(v)
