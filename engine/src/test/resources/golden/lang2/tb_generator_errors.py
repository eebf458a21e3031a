def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "done"
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e))
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
g3 = countdown(3)
try:
    g3.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g3), g3.send(10), g3.throw(ValueError) if False else "skip")
g4 = (x * 2 for x in [1, 2])
print(list(g4), list(g4), next(iter([]), "default"))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g5 = gen_finally()
print(next(g5))
g5.close()
print("closed", g5.gi_frame)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g6 = ignore_exit()
next(g6)
try:
    g6.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("caught in gen", repr(e))
        yield 99
t = thrower()
next(t)
print(t.throw(KeyError("k")))
try:
    t.throw(ValueError("v"))
except ValueError as e:
    print("propagated:", e)
def delegator():
    result = yield from countdown(2)
    print("sub returned", result)
    yield from bad()
print(list(delegator()))
