# sys.set_asyncgen_hooks: custom firstiter/finalizer driving async generators by hand, and errors.
import sys
import gc


log = []


async def numbers(tag):
    try:
        for i in range(3):
            yield i
    finally:
        log.append(f"{tag} finally")


def first(agen):
    log.append(f"firstiter {agen.__qualname__}")


def fin(agen):
    log.append(f"finalizer {agen.__qualname__}")
    try:
        agen.aclose().send(None)
    except StopIteration:
        log.append("aclose done")


def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


old = sys.get_asyncgen_hooks()
print(type(old).__name__, old.firstiter, old.finalizer, len(old))
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin, h[0] is first)
g = numbers("g")
print(log)
print(drive(g.__anext__()))
print(log)
del g
gc.collect()
print(log)
log.clear()
g2 = numbers("g2")
print(drive(g2.asend(None)))
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
del g2
gc.collect()
print(log)
for bad in ({"firstiter": 1}, {"finalizer": "x"}):
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
try:
    sys.set_asyncgen_hooks(1, 2, 3)
except TypeError as e:
    print(e)
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks() == old)
