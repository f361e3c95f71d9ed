# a tiny command interpreter reading commands from stdin until "quit"
stack = []
vars_ = {}
history = []


def show():
    print("  stack:", stack)


n = int(input("number of commands: "))
print()
print("reading", n, "commands")
for step in range(n):
    line = input(f"cmd{step}> ")
    print()
    parts = line.split()
    if not parts:
        print("  (blank)")
        continue
    op, args = parts[0], parts[1:]
    history.append(op)
    if op == "push":
        for a in args:
            stack.append(int(a))
        show()
    elif op == "pop":
        if stack:
            print("  popped", stack.pop())
        else:
            print("  error: empty stack")
    elif op in ("add", "sub", "mul", "div", "mod"):
        if len(stack) < 2:
            print("  error: need two values")
            continue
        b = stack.pop()
        a = stack.pop()
        try:
            if op == "add":
                r = a + b
            elif op == "sub":
                r = a - b
            elif op == "mul":
                r = a * b
            elif op == "div":
                r = a // b
            else:
                r = a % b
        except ZeroDivisionError as e:
            print("  error:", e)
            stack.append(a)
            stack.append(b)
            continue
        stack.append(r)
        show()
    elif op == "set":
        vars_[args[0]] = stack[-1] if stack else None
        print("  vars:", vars_)
    elif op == "get":
        print("  ", args[0], "=", vars_.get(args[0], "undefined"))
    elif op == "dup":
        stack.append(stack[-1])
        show()
    elif op == "sum":
        print("  sum:", sum(stack))
    elif op == "quit":
        print("  bye")
        break
    else:
        print(f"  unknown command {op!r}")
else:
    print("no quit command seen")

print("history:", history)
print("final stack:", stack)
print("vars:", sorted(vars_.items()))
rest = input("remaining> ")
print("remaining line:", repr(rest))
