# ends with an uncaught AssertionError carrying a message
def check_shape(shape, expected_rank):
    assert len(shape) == expected_rank, f"expected rank {expected_rank}, got shape {shape}"
    return shape

for shape in [(2, 3), (4, 4), (1, 10)]:
    print("ok:", check_shape(shape, 2))
try:
    check_shape((2,), 2)
except AssertionError as e:
    print("caught:", e)
try:
    assert 1 == 2
except AssertionError as e:
    print("caught bare assert:", repr(e), e.args)
assert True, "never shown"
assert [1], "non-empty list is truthy"
print("all preliminary asserts passed")
check_shape((3, 3, 3), 2)
print("unreachable")
