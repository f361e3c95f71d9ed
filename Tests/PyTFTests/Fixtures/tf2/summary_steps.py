import os, tempfile
import tensorflow as tf
# TF 2 summary steps: the step argument, set_step, as_default(step=); a closed writer.
d = tempfile.mkdtemp()
w = tf.summary.create_file_writer(d)
print(tf.summary.scalar("x", 1.0, step=0))
with w.as_default():
    try:
        tf.summary.scalar("x", 1.0)
    except ValueError as e:
        print(type(e).__name__, str(e))
    print(tf.summary.scalar("x", 1.0, step=1))
    tf.summary.experimental.set_step(5)
    print(tf.summary.scalar("x", 2.0))
with w.as_default(step=7):
    print(tf.summary.scalar("x", 3.0))
w.close()
print(sorted(f.split(".")[0] for f in os.listdir(d)))
import tensorflow.compat.v1 as v1
g = v1.Graph()
with g.as_default():
    x = v1.constant(2.0, name="x")
    s = v1.summary.scalar("MSE", x)
    print(s)
    print(s.op.type)
    fw = v1.summary.FileWriter(d, g)
    with v1.Session() as sess:
        fw.add_summary(sess.run(s), 0)
        print(type(sess.run(s)).__name__)
    fw.close()
print(len(os.listdir(d)))
try:
    with w.as_default():
        pass
except RuntimeError as e:
    print(type(e).__name__, str(e).startswith("SummaryWriter <tensorflow.python.ops.summary_ops_v2._ResourceSummaryWriter object at 0x"), str(e).endswith("> is already closed"))
