# Tensors as dictionary keys: unhashable eagerly (TF 2's == is element-wise), hashed by identity
# in a graph, where feed_dict literals use them.
import tensorflow as tf

t = tf.constant(1.0)
for attempt in [lambda: hash(t), lambda: {t: 1}, lambda: t.__hash__()]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
print({t.ref(): "ok"}[t.ref()])

g = tf.Graph()
with g.as_default():
    a = tf.compat.v1.placeholder(tf.float32, name="a")
    b = tf.compat.v1.placeholder(tf.float32, name="b")
    print(hash(a) == a.__hash__(), hash(a) == hash(b), a == a, a == b)
    feeds = {a: 1.0, b: 2.0}
    feeds[a] = 3.0
    print(len(feeds), feeds[a], feeds[b], a in feeds, {a, b, a} == {b, a})
    with tf.compat.v1.Session() as sess:
        print(sess.run(a + b, feeds))

r = t.ref()
print(r == t.ref(), r == tf.constant(1.0).ref(), r.deref() is t, len({r, t.ref()}))
print(r)
