# A callback that fails keeps its handle (and what its frames hold) in a reference cycle:
# coroutines held there are reported only when the cycle collector runs.
import asyncio

async def job(tag):
    return tag

def failing(tag):
    pending = job(tag)
    raise ValueError(f"callback {tag} failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda lp, ctx: print("handler:", ctx["message"].split(" at ")[0]))
    loop.call_soon(failing, "a")
    loop.call_soon(job("held-by-handle"))
    await asyncio.sleep(0)
    print("after first round")
    loop.call_soon(failing, "c")
    await asyncio.sleep(0)
    print("end of main")

asyncio.run(main())
print("after run")
