# repr() of nested built-in containers counts against the recursion limit, as CPython's
# PyObject_Repr does: a list nested deeper than the limit stops with RecursionError
# instead of building ever longer strings.
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def deepest(make, render):
    ok = 0
    for n in range(950, 1010):
        try:
            render(make(n))
            ok = n
        except RecursionError as e:
            return ok, str(e)
    return ok, None


print("repr", deepest(nest, repr))
print("tuple", deepest(nest, lambda x: repr((x,))))
print("dict", deepest(nest, lambda x: repr({1: x})))


def at_depth(k):
    if k == 0:
        return deepest(nest, repr)
    return at_depth(k - 1)


print("100 frames deeper", at_depth(100)[0] < deepest(nest, repr)[0])
big = nest(100_000)  # str() of a list is its repr
try:
    print(len(str(big)))
except RecursionError as e:
    print("100,000 deep:", e)
print(len(repr(nest(500))))
