# How deep a recursion through a built-in that calls back into Python goes before RecursionError,
# on a function's first (unspecialized) run and on later runs; f(*args) of a built-in always
# counts a level.
n = 0


def f(x):
    global n
    n += 1
    return f(x)


class P:
    @property
    def x(self):
        return f(1)

    def __round__(self, nd=None):
        return f(1)

    def __format__(self, spec):
        return f(1)

    def __str__(self):
        return f(1)


cases = {
    "next": lambda: next(map(f, [1])),
    "getattr": lambda: getattr(P(), "x"),
    "hasattr": lambda: hasattr(P(), "x"),
    "round": lambda: round(P()),
    "format": lambda: format(P(), ""),
    "sum": lambda: sum(map(f, [1])),
    "sorted": lambda: sorted([1], key=f),
    "iter": lambda: next(iter(lambda: f(1), 0)),
    "min": lambda: min(map(f, [1])),
    "any": lambda: any(map(f, [1])),
    "str.format": lambda: "{}".format(P()),
    "list.sort": lambda: [1].sort(key=f),
    "tuple": lambda: tuple(map(f, [1])),
    "star sorted": lambda: sorted(*([1],), key=f),
    "star sum": lambda: sum(*(map(f, [1]),)),
}


def run(fn):
    global n
    n = 0
    try:
        fn()
    except RecursionError as e:
        return n, str(e)


for name, fn in cases.items():
    first = run(fn)
    later = [run(fn) for i in range(9)]
    print(name, first, later[0], later[-1])


def walk(x, d):
    global n
    n += 1
    if d == 0:
        return 0
    return sorted([x], key=lambda v: walk(v, d - 1))


def deep(warm):
    global n
    for i in range(warm):
        walk(0, 2)
    n = 0
    try:
        walk(0, 10**6)
    except RecursionError as e:
        return n, str(e)


print([deep(0), deep(1), deep(2)])


# A for loop's passes count towards specializing the code (a while loop's do not); module-level
# code before any loop is not specialized.
def after_while(k):
    i = 0
    while i < k:
        i += 1
    return sorted([1], key=f)


def after_for(k):
    for i in range(k):
        pass
    return sorted([1], key=f)


print("while", run(lambda: after_while(10)), "for", run(lambda: after_for(10)))
