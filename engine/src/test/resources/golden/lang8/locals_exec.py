# locals() in a function is one dict, refreshed at each call; exec() without a namespace writes into it.
def f():
    a = 1
    d = locals()
    b = 2
    print(sorted(d), d is locals(), sorted(d))
    exec("c = 3")
    print(sorted(locals()), locals()["c"])
    del a
    print(sorted(locals()))
    d2 = {}
    exec("e = 4", globals(), d2)
    print(d2)

f()

def g(x):
    exec("y = x * 2")
    return locals().get("y")

print(g(21))

def closure():
    v = "captured"
    def inner():
        return sorted(locals())
    w = 1
    return inner(), sorted(locals())

print(closure())
print(sorted(vars()) == sorted(globals()))
