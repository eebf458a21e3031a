import asyncio

async def climber(name, steps, pause):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(pause)
    print(f"{name} top")
    return name

async def main():
    order = []
    tasks = [asyncio.create_task(climber(n, s, p)) for n, s, p in
             [("a", 3, 0.01), ("b", 2, 0.017), ("c", 1, 0.04)]]
    for t in tasks:
        t.add_done_callback(lambda t: order.append(t.result()))
    print("created")
    await asyncio.sleep(0)
    print("after first turn")
    await asyncio.wait(tasks)
    print("finish order", order)

asyncio.run(main())
