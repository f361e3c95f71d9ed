# a syntax error (missing colon): nothing is printed, the file never runs
print("this line is never executed because compilation fails first")

def ok():
    return 1

for i in range(3)
    print(i)
