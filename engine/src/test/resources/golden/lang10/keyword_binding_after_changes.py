# Keyword arguments and keyword-only defaults stay right when the function's defaults or code change
# between calls from the same call sites (the VM remembers how a site's keywords bind).


def scaled(x, factor=3, *, offset=0, extra):
    return x * factor + offset + extra


def run_scaled():
    out = []
    for attempt in range(3):
        try:
            if attempt == 0:
                out.append(scaled(1, extra=2))
            elif attempt == 1:
                out.append(scaled(1, 2, offset=1, extra=3))
            else:
                out.append(scaled(1))
        except TypeError as e:
            out.append(str(e))
    return out


print(run_scaled())
scaled.__kwdefaults__["offset"] = 100
print(run_scaled())
scaled.__kwdefaults__["extra"] = 7
print(run_scaled())
scaled.__kwdefaults__ = {"offset": 5}
print(run_scaled())
del scaled.__kwdefaults__["offset"]
print(run_scaled())
scaled.__kwdefaults__ = None
print(run_scaled())


def total(*values, **weights):
    return sum(values) + sum(weights.values()), list(weights)


keys = []
for i in range(3):
    print(total(i, 1, 2, a=3, bb=4))


def grab(**kw):
    return list(kw)


# One call site gives the same key objects each time, as CPython's constant keyword-name tuple does.
made = [grab(alpha=i, beta=i) for i in range(2)]
print(made[0] == made[1], [a is b for a, b in zip(made[0], made[1])])


def g(a, b=2, *, c):
    return a, b, c


def h(a, /, b, **kw):
    return a, b, kw


def call_g():
    out = []
    for args in ((1,), (1, 2)):
        try:
            out.append(g(*args, c=3))
        except TypeError as e:
            out.append(str(e))
    try:
        out.append(g(1, b=5, c=2))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(g(1, d=2))
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(g(1, a=2, c=1))
    except TypeError as e:
        out.append(str(e))
    return out


print(call_g())
g.__code__ = h.__code__
print(call_g())
