# Loop misuse: run_until_complete on the running loop, run_forever twice, current_task outside a loop.
import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    c = inner()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("current task name:", asyncio.current_task().get_name())


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("current_task outside:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("all_tasks outside:", e)
loop = asyncio.new_event_loop()
print("current_task with a loop given:", asyncio.current_task(loop))
print("all_tasks of an idle loop:", asyncio.all_tasks(loop))
t = loop.create_task(inner())
print("pending tasks:", len(asyncio.all_tasks(loop)))
print(loop.run_until_complete(t))
loop.close()
try:
    loop.run_until_complete(inner())
except RuntimeError as e:
    print("closed:", e)
