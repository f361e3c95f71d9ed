# an indentation error: nothing is printed, the file never runs
print("never printed")
x = 1
    y = 2
print(x + y)
