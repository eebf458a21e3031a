import asyncio

async def child(tag):
    print(f"child {tag} runs")
    return tag

def on_done(fut):
    print("on_done sees", fut.result())
    asyncio.get_running_loop().call_soon(print, "call_soon from on_done")
    asyncio.ensure_future(child("from-callback"))

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(child("first"))
    t.add_done_callback(on_done)
    loop.call_soon(print, "plain callback")
    await t
    print("main after await")
    await asyncio.sleep(0)
    print("main after sleep(0)")
    await asyncio.sleep(0)
    print("main after 2nd sleep(0)")

asyncio.run(main())
