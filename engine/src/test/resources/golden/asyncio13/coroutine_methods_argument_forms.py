# send/throw/close argument forms on coroutines, wrappers and async generators: throw(type),
# throw(type, value), throw(instance), throw(type, value, tb), bad arguments and their messages.
import asyncio
import sys
import types


@types.coroutine
def pause():
    got = yield "paused"
    return got


async def catcher():
    while True:
        try:
            v = await pause()
            print("  catcher got", v)
        except Exception as e:
            print("  catcher caught", type(e).__name__, e.args, e.__traceback__ is not None)


def run(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "-> raises", type(e).__name__, str(e))


c = catcher()
run("send(None) start", lambda: c.send(None))
run("throw(ValueError)", lambda: c.throw(ValueError))
run("throw(ValueError, 'v')", lambda: c.throw(ValueError, "v"))
run("throw(ValueError, ('a', 'b'))", lambda: c.throw(ValueError, ("a", "b")))
run("throw(instance)", lambda: c.throw(KeyError("k")))
try:
    raise OSError("with tb")
except OSError as e:
    saved = e
    tb = e.__traceback__
run("throw(type, value, tb)", lambda: c.throw(OSError, saved, tb))
run("throw(instance, value)", lambda: c.throw(KeyError("k"), "v"))
run("throw(int)", lambda: c.throw(int))
run("throw(type, value, bad tb)", lambda: c.throw(ValueError, None, 5))
run("throw()", lambda: c.throw())
run("send()", lambda: c.send())
run("send(1, 2)", lambda: c.send(1, 2))
run("close()", lambda: c.close())
run("close() again", lambda: c.close())
run("send after close", lambda: c.send(None))
w = catcher().__await__()
run("wrapper send", lambda: w.send(None))
run("wrapper throw", lambda: w.throw(ValueError("w")))
run("wrapper next", lambda: next(w))
run("wrapper close", lambda: w.close())


async def agen():
    try:
        while True:
            try:
                yield 1
            except ValueError as e:
                print("  agen caught", e)
    finally:
        print("  agen finally")


async def main():
    g = agen()
    print(await g.asend(None))
    print(await g.athrow(ValueError, "one"))
    print(await g.athrow(ValueError("two")))
    try:
        await g.athrow(KeyError)
    except KeyError as e:
        print("athrow KeyError escapes", repr(e))
    try:
        await g.athrow(5)
    except TypeError as e:
        print("athrow(5):", e)
    print(g.ag_frame, g.ag_running)
    g2 = agen()
    try:
        await g2.athrow(ValueError)
    except ValueError:
        print("athrow on unstarted agen raises it")
    await g2.aclose()


asyncio.run(main())
