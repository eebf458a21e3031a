# How deep can nested built-in containers be before comparing them raises RecursionError?
# Every comparison of two items that are not the same object costs CPython one level of the
# recursion limit while it runs, on top of the frames already running.

def levels(kind, leaf, top=1100):
    """levels[d] is the leaf wrapped d times."""
    out = [leaf]
    x = leaf
    for d in range(top):
        if kind == "list":
            x = [x]
        elif kind == "tuple":
            x = (x,)
        elif kind == "dict":
            x = {"k": x}
        else:
            x = [(x,)] if d % 2 else ({"k": x},)
        out.append(x)
    return out


def compare(op, a, b):
    try:
        if op == "eq":
            a == b
        elif op == "ne":
            a != b
        elif op == "lt":
            a < b
        elif op == "in":
            a in [b]
        elif op == "index":
            [b].index(a)
        elif op == "sort":
            sorted([a, b])
    except RecursionError as e:
        return str(e)
    except ValueError:
        pass
    return None


def first_failure(kind, op, leaf_a, leaf_b):
    xs = levels(kind, leaf_a)
    ys = levels(kind, leaf_b)
    lo, hi = 1, len(xs) - 1
    if not compare(op, xs[hi], ys[hi]):
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if compare(op, xs[mid], ys[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo, compare(op, xs[lo], ys[lo])


for kind, op in [("list", "eq"), ("list", "ne"), ("list", "lt"), ("list", "in"), ("list", "index"),
                 ("list", "sort"), ("tuple", "eq"), ("tuple", "lt"), ("dict", "eq"), ("mixed", "eq")]:
    for leaves in ((0, 0), (1, 2), ("a", "a")):
        print(kind, op, leaves, first_failure(kind, op, *leaves))


def recurse(n):
    if n == 0:
        return first_failure("list", "eq", 1, 2), first_failure("tuple", "eq", 0, 0)
    return recurse(n - 1)


print("300 frames deeper:", recurse(300))

# Equal but distinct leaves at the last level CPython allows.
xs = levels("list", [1.5])
ys = levels("list", [1.5])
print(first_failure("list", "eq", [1.5], [1.5]), first_failure("list", "eq", (), ()))
