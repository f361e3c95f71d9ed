# ends with an uncaught UnboundLocalError
x = 10

def reads_global():
    return x + 1

def shadows_global():
    x = 5
    return x + 1

def conditional_assign(flag):
    if flag:
        y = "assigned"
    return y

print(reads_global(), shadows_global(), x)
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("caught:", e)
try:
    conditional_assign(False)
except NameError as e:
    print("caught as NameError:", type(e).__name__)

def counter():
    global x
    x += 1
    return x

print(counter(), counter(), x)

def broken_increment():
    print("inside broken_increment, x would be global but is assigned below")
    x += 1
    return x

print("calling broken_increment()")
broken_increment()
print("unreachable")
