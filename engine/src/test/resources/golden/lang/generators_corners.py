def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("gen finally")
    return "done"

g = gen()
print(next(g), g.send(5))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(g.gi_frame, g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "")

def delegating():
    r = yield from gen()
    print("delegate got", r)
    return r

d = delegating()
print(next(d), d.send("a"), end=" ")
try:
    d.send("b")
except StopIteration as e:
    print("| final", e.value)

def counter(n):
    for i in range(n):
        yield i
c = counter(3)
print(list(c), list(c), next(c, "exhausted"))
gexp = (i * i for i in range(4))
print(type(gexp).__name__, gexp.__name__, sum(gexp), sum(gexp))
def early():
    yield 1
    return
    yield 2
print(list(early()))
def raiser():
    yield 1
    raise StopIteration("oops")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
g2 = gen()
next(g2)
g2.close()
print("closed:", g2.gi_frame)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    yield g3.send(None)
g3 = running()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
import itertools
print(list(itertools.islice(itertools.count(10, 5), 3)), list(zip(counter(5), "ab")), list(enumerate("xy", 1)))
print(list(itertools.chain([1], (2, 3))), list(itertools.takewhile(lambda v: v < 3, range(10))), [list(gr) for k, gr in itertools.groupby("aabbc")])
g4 = gen()
try:
    g4.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(iter([]), "default"), iter(range(3)).__next__())
