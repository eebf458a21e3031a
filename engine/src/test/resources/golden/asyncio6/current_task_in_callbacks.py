import asyncio

def show(where):
    t = asyncio.current_task()
    print(f"{where:<22} current = {t.get_name() if t else None}")

async def child():
    show("child coroutine")
    await asyncio.sleep(0)
    show("child after sleep")

async def main():
    loop = asyncio.get_running_loop()
    show("main")
    loop.call_soon(show, "call_soon callback")
    t = asyncio.create_task(child(), name="kid")
    t.add_done_callback(lambda f: show("done callback"))
    await t
    show("main after await")
    await asyncio.sleep(0)
    print("all_tasks:", sorted(x.get_name() for x in asyncio.all_tasks()))
    print("kid in all_tasks:", t in asyncio.all_tasks())
    try:
        asyncio.current_task(loop=None)
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main(), debug=False)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("outside:", e)
