# Module-level code runs once: before any for loop its built-in calls are not specialized (one
# more level while sorted() or sum() runs); after a loop of 10 passes they are.
n = 0


def f(x):
    global n
    n += 1
    return f(x)


try:
    sorted([1], key=f)
except RecursionError as e:
    print("sorted before a loop", n, e)
n = 0
try:
    sum(f(v) for v in [1])
except RecursionError as e:
    print("sum before a loop", n, e)
for i in range(10):
    pass
n = 0
try:
    sorted([1], key=f)
except RecursionError as e:
    print("sorted after a loop", n, e)
n = 0
try:
    next(map(f, [1]))
except RecursionError as e:
    print("next after a loop", n, e)
