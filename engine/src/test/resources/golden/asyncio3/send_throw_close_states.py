async def plain():
    return 1

async def guarded():
    try:
        await asyncio_sleep()
    finally:
        print("  finally ran")

import types
@types.coroutine
def asyncio_sleep():
    yield "tick"

def show(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__, repr(str(e)))

c = plain()
show("send 1 unstarted", lambda: c.send(1))
show("send None", lambda: c.send(None))
show("send after done", lambda: c.send(None))
show("throw after done", lambda: c.throw(ValueError("x")))
show("close after done", lambda: c.close())

g = guarded()
show("throw unstarted", lambda: g.throw(KeyError("k")))
show("send after throw", lambda: g.send(None))

g = guarded()
show("start", lambda: g.send(None))
show("throw suspended", lambda: g.throw(ValueError, "v"))
show("close after error", lambda: g.close())

g = guarded()
show("start", lambda: g.send(None))
show("close suspended", lambda: g.close())
show("close twice", lambda: g.close())
show("send closed", lambda: g.send(None))

g = guarded()
show("start", lambda: g.send(None))
show("throw instance+value", lambda: g.throw(ValueError("a"), "b"))
g.close()
show("throw non-exception", lambda: guarded().throw(42))
show("throw class not exc", lambda: guarded().throw(int))
