import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# tf.compat.v1.train.RMSPropOptimizer and AdagradOptimizer: slots, update ops and values.
for make in [lambda: tf.train.RMSPropOptimizer(0.1), lambda: tf.train.RMSPropOptimizer(0.1, decay=0.8, momentum=0.5, centered=True),
             lambda: tf.train.AdagradOptimizer(0.5), lambda: tf.train.AdagradOptimizer(0.5, initial_accumulator_value=1.0)]:
    g = tf.Graph()
    with g.as_default():
        w = tf.Variable([1.0, -2.0], name="w")
        b = tf.Variable(0.5, name="b")
        loss = tf.reduce_sum(w * w * tf.constant([1.0, 3.0])) + b * b
        opt = make()
        train = opt.minimize(loss)
        print(opt.get_name(), opt.get_slot_names(), train.name, train.type)
        print([v.name for v in tf.global_variables()])
        print([op.name for op in g.get_operations() if op.type.startswith("ResourceApply")])
        print([(s, opt.get_slot(w, s).name) for s in opt.get_slot_names()])
        with tf.Session() as sess:
            sess.run(tf.global_variables_initializer())
            for _ in range(3):
                sess.run(train)
            print(sess.run([w, b] + [opt.get_slot(w, s) for s in opt.get_slot_names()]))
