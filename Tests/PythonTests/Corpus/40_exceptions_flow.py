# try/except/else/finally execution order, return in finally, nested try, re-raise, propagation
def attempt(x):
    print(f"attempt({x!r}):", end=" ")
    try:
        print("try", end=" ")
        result = 10 / x
    except ZeroDivisionError:
        print("except-zero", end=" ")
        result = None
    except TypeError as e:
        print("except-type", end=" ")
        result = str(e)
    else:
        print("else", end=" ")
    finally:
        print("finally")
    return result

print(attempt(2), attempt(0), attempt("s"), sep=" | ")

def finally_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")

print(finally_return())

def finally_overrides():
    try:
        return "try value"
    finally:
        return "finally value"

print(finally_overrides())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"

print(finally_swallows())

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(loop_with_finally())

def nested(kind):
    try:
        try:
            if kind == "value":
                raise ValueError("inner value")
            if kind == "key":
                raise KeyError("inner key")
            print("  inner ok")
        except ValueError as e:
            print("  inner handler:", e)
            raise RuntimeError("converted") from e
        finally:
            print("  inner finally")
    except RuntimeError as e:
        print("  outer runtime:", e, "| cause:", repr(e.__cause__))
    except KeyError as e:
        print("  outer key:", e)
    else:
        print("  outer else")
    finally:
        print("  outer finally")

for kind in ["none", "value", "key"]:
    print("nested", kind)
    nested(kind)

def reraise():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

def level3(v):
    if v < 0:
        raise ValueError(f"negative: {v}")
    return v * 2

def level2(v):
    return level3(v) + 1

def level1(v):
    try:
        return level2(v)
    finally:
        print("level1 cleanup for", v)

for v in [5, -1]:
    try:
        print("result", level1(v))
    except ValueError as e:
        print("propagated to top:", e)

try:
    raise TypeError("original")
except TypeError as e:
    try:
        raise ValueError("during handling") from e
    except ValueError as e2:
        print(repr(e2), "caused by", repr(e2.__cause__), e2.__cause__ is e)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

try:
    raise ValueError("suppressed cause") from None
except ValueError as e:
    print("from None:", e.__cause__, e.__suppress_context__)

def gen_errors():
    for exc in [ValueError("v"), TypeError("t"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), AttributeError("a")]:
        try:
            raise exc
        except (ValueError, TypeError) as e:
            yield f"value-or-type: {type(e).__name__}"
        except LookupError as e:
            yield f"lookup: {type(e).__name__} {e}"
        except Exception as e:
            yield f"other: {type(e).__name__} {e!r}"

for line in gen_errors():
    print(line)

e_saved = None
try:
    [].pop()
except IndexError as e:
    e_saved = e
print("saved:", e_saved, type(e_saved).__name__)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        print("succeeded on attempt", count)
        break
    except ValueError as err:
        print("retry after", err)
    finally:
        print("attempt", count, "done")

def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x

print(check(3))
for bad in [-2, 2.5]:
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
