import asyncio

async def work(n):
    try:
        print("work", n, "starts")
        await asyncio.sleep(0)
        print("never resumes", n)
    finally:
        print("finally", n)

async def waiter():
    try:
        await asyncio.sleep(10)
    finally:
        print("waiter finally")

loop = asyncio.new_event_loop()
kept = loop.create_task(work(0))
loop.create_task(work(1))
loop.create_task(waiter())
loop.call_soon(loop.stop)
loop.run_forever()
loop.create_task(work(2))
print("closing")
loop.close()
print("closed", kept.done())
del kept
print("end")
