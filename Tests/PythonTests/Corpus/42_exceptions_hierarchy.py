# built-in exception hierarchy and messages raised by the runtime itself
def run(label, fn):
    try:
        value = fn()
        print(f"{label:<28} -> ok {value!r}")
    except LookupError as e:
        print(f"{label:<28} -> LookupError branch: {type(e).__name__}: {e}")
    except ArithmeticError as e:
        print(f"{label:<28} -> ArithmeticError branch: {type(e).__name__}: {e}")
    except (TypeError, ValueError) as e:
        print(f"{label:<28} -> Type/Value branch: {type(e).__name__}: {e}")
    except Exception as e:
        print(f"{label:<28} -> Exception branch: {type(e).__name__}: {e}")

d = {"a": 1}
nothing = None
lst = [1, 2, 3]
run("dict missing key", lambda: d["b"])
run("dict int key", lambda: {1: 2}[0])
run("list index", lambda: lst[3])
run("negative list index", lambda: lst[-4])
run("tuple index", lambda: (1,)[1])
run("string index", lambda: "abc"[10])
run("range index", lambda: range(3)[5])
run("int div zero", lambda: 1 // 0)
run("float div zero", lambda: 1.5 / 0)
run("mod zero", lambda: 5 % 0)
run("int too big for float", lambda: float(10 ** 400))
run("int('abc')", lambda: int("abc"))
run("float('x')", lambda: float("x"))
run("list.index missing", lambda: lst.index(9))
run("str.index missing", lambda: "abc".index("z"))
run("unpack too many", lambda: [a for a, b in [(1, 2, 3)]])
run("str + int", lambda: "a" + 1)
run("int + str", lambda: 1 + "a")
run("len(None)", lambda: len(None))
run("nothing[0]", lambda: nothing[0])
run("lst[0][0]", lambda: lst[0][0])
run("hashable list key", lambda: {[1]: 2})
run("attribute on int", lambda: (1).real + (1).missing)
run("name error", lambda: undefined_thing)
run("next on empty iter", lambda: next(iter([])))
run("chr(-1)", lambda: chr(-1))
run("[].pop()", lambda: [].pop())
run("dict.pop missing", lambda: {}.pop("k"))
run("set.remove missing", lambda: {1}.remove(2))
run("max of empty", lambda: max([]))
run("ok case", lambda: lst[-1] + d["a"])

print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(OverflowError, ArithmeticError), issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(StopIteration, Exception), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(AssertionError, Exception), issubclass(TypeError, ValueError))
print(issubclass(LookupError, Exception), issubclass(ArithmeticError, LookupError), issubclass(bool, Exception))

try:
    {}["x"]
except LookupError as e:
    print("caught KeyError as LookupError:", repr(e))
try:
    [][0]
except LookupError as e:
    print("caught IndexError as LookupError:", repr(e))
try:
    10 % 0
except ArithmeticError as e:
    print("caught ZeroDivisionError as ArithmeticError:", repr(e))
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught NotImplementedError as RuntimeError:", repr(e), str(e) == "")
try:
    raise IndexError
except Exception as e:
    print("bare class raise:", repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print("empty message:", repr(str(e)), repr(e))
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
except KeyError as e:
    print("outer handler got", e)

errors = []
for item in ["12", "x", None, "3.5", [1], "7"]:
    try:
        errors.append(int(item))
    except ValueError as e:
        errors.append(f"VE({item})")
    except TypeError as e:
        errors.append(f"TE({type(item).__name__})")
print(errors)

def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError (not KeyError)"
    except ArithmeticError:
        return "ArithmeticError"
    except BaseException:
        return "BaseException"

for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(type(exc).__name__, "->", classify(exc))
