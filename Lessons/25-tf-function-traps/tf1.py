import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# In TF1 you build the graph yourself, once, and then run it as often as you like.
# Python code runs while you build: this print runs once, however often the graph runs.
graphs_built = 0

def build(n):
    global graphs_built
    graphs_built += 1
    print("building a graph for n =", n)
    x = tf.placeholder(tf.float32, shape=(), name="x")
    y = w * x ** n + 1.0
    return x, y

w = tf.Variable(2.0, name="w")        # one variable, made once, outside any loop
x, y = build(1)

results = []
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for value in [1.0, 2.0, 3.0]:
        results.append(float(sess.run(y, feed_dict={x: value})))
    print(results)

    # A different Python number means a different graph, and you build it on purpose.
    powers = []
    for n in [2, 3]:
        xn, yn = build(n)
        powers.append(float(sess.run(yn, feed_dict={xn: 2.0})))
    print(powers)
print("graphs built:", graphs_built)
