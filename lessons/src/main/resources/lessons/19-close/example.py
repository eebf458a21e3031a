import types

@types.coroutine
def tick():
    yield

async def download(name):
    try:
        while True:
            await tick()
            print("got a chunk")
    except GeneratorExit:
        print("GeneratorExit raised at the await")
        raise
    finally:
        print("cleanup", name)

coro = download("report.pdf")
coro.send(None)
coro.send(None)
coro.close()
print("after close: cr_frame =", coro.cr_frame)
unstarted = download("never.txt")
unstarted.close()
print("closing an unstarted coroutine runs none of it")
