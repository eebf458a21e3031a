import inspect
import types

@types.coroutine
def pause():
    yield "paused"

async def careful():
    try:
        await pause()
    except ValueError as err:
        print("careful caught:", err)
    await pause()
    return "never reached"

coro = careful()
coro.send(None)
print("throw returned:", coro.throw(ValueError("bad input")))
try:
    coro.throw(KeyError("boom"))
except KeyError as err:
    print("propagated out:", repr(err))
print(inspect.getcoroutinestate(coro))
