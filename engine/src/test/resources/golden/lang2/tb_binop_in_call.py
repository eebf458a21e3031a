def show(*args):
    print(*args)

x = 5
name = "total"
show(x * 2, name + ": " + x)
