import tensorflow.compat.v1 as tf
tf.disable_eager_execution()

# None in a placeholder's shape: any number of rows, each of 3 values.
A = tf.placeholder(tf.float32, shape=(None, 3), name="A")
B = A + 5
print(A.shape, B.shape)

with tf.Session() as sess:
    B_val_1 = B.eval(feed_dict={A: [[1, 2, 3]]})
    B_val_2 = B.eval(feed_dict={A: [[4, 5, 6], [7, 8, 9]]})
    # A row of the wrong length is refused before anything runs.
    refused = False
    try:
        B.eval(feed_dict={A: [[1, 2]]})
    except ValueError as e:
        refused = True
        print(e)
print(B_val_1)
print(B_val_2)

# One graph served both batch sizes.
adds = [op.name for op in tf.get_default_graph().get_operations() if op.type == "AddV2"]
print("add ops in the graph:", adds)
