# bytes: construction, comparison and hashing by value, indexing, slicing, iteration,
# concatenation, membership, and decode/encode (the values of TF string tensors are bytes).
b = b"ab\xc3\xa9"
print(b == b"ab\xc3\xa9", b != b"x", b < b"b", b"a" <= b"a", b > b"", len(b))
print(b[0], b[-1], b[1:3], b[::-1], b[:0], list(b))
print(hash(b) == hash(b"ab" + b"\xc3\xa9"), {b: 1}[b"ab\xc3\xa9"], b in {b"ab\xc3\xa9"})
print(b"x" + b"y", b"xy" * 3, 0 * b"z", b"b" in b, 97 in b, b"" in b, b"zz" in b)
print(bytes([65, 66, 67]), bytes(3), bytes(), bytes("é", "utf-8"), bytes(b"copy"))
print(b.decode("utf-8"), b.decode(), "é".encode("utf-8"), "plain".encode(), b.hex())
print(b.startswith(b"ab"), b.endswith(b"\xa9"), b.endswith(b"x"), str(b), repr(b"it's"))
print(b"\xff".decode("utf-8", errors="replace"), b"\xffa".decode("latin-1"), b"ab".decode("ascii"))
print(b"a\xffb".decode("utf-8", "ignore"), "ÿ".encode("latin-1"), b"q\"'".decode())
for bad in (b"\xff", b"a\xc3", b"\xc3("):
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", isinstance(e, ValueError))
try:
    b[10]
except IndexError as e:
    print("IndexError", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
