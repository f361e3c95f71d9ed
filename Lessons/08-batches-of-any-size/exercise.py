import tensorflow as tf

# The signature plays the placeholder's part: None rows, 3 columns.
@tf.function(input_signature=[tf.TensorSpec(shape=___, dtype=tf.float32)])
def add_five(a):
    return a + 5

B_val_1 = add_five(tf.constant([[1.0, 2.0, 3.0]])).numpy()
B_val_2 = add_five(tf.constant([[4.0, 5.0, 6.0], [7.0, 8.0, 9.0]])).numpy()
# A row of the wrong length does not fit the signature.
refused = False
try:
    add_five(tf.constant([[1.0, 2.0]]))
except TypeError:
    refused = True
    print("TypeError: shape (1, 2) does not fit [None, 3]")
print(B_val_1)
print(B_val_2)

# One trace served both batch sizes.
print("traces with a signature:", add_five.experimental_get_tracing_count())

# Without a signature, each new shape traces the function again.
@tf.function
def add_five_any(a):
    return a + 5

add_five_any(tf.constant([[1.0, 2.0, 3.0]]))
add_five_any(tf.constant([[4.0, 5.0, 6.0], [7.0, 8.0, 9.0]]))
print("traces without one:", add_five_any.experimental_get_tracing_count())
