# throw() with a class, an instance, a class plus value, and a traceback
import sys, traceback

class Boom(Exception):
    def __init__(self, *args):
        print("  Boom.__init__", args)
        super().__init__(*args)

async def target():
    try:
        await Waiter()
    except Boom as e:
        print("  caught", repr(e), e.args, e.__traceback__ is not None)
        return "handled"

class Waiter:
    def __await__(self):
        yield "waiting"

def run(*throw_args):
    c = target()
    c.send(None)
    try:
        c.throw(*throw_args)
    except StopIteration as e:
        print(" ->", e.value)

print("class"); run(Boom)
print("instance"); run(Boom("x", 1))
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
print("class+value"); run(Boom, "v")
print("class+tuple"); run(Boom, ("a", "b"))
print("class+None"); run(Boom, None)
try:
    raise ValueError("origin")
except ValueError:
    tb = sys.exc_info()[2]
print("with tb"); run(Boom, Boom("t"), tb)
for bad in [(42,), (Boom("i"), "extra"), (Boom, 1, 2), (int,)]:
    c = target(); c.send(None)
    try:
        c.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)
    c.close()
