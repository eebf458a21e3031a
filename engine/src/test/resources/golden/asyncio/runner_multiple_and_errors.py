import asyncio

async def get_loop_id():
    return asyncio.get_running_loop()

with asyncio.Runner() as r:
    l1 = r.run(get_loop_id())
    l2 = r.run(get_loop_id())
    print(l1 is l2, r.get_loop() is l1)
    try:
        r.run(asyncio.sleep)
    except ValueError as e:
        print(str(e).split(' at ')[0])
print(l1.is_closed())
try:
    r.run(get_loop_id())
except RuntimeError as e:
    print(e)
r.close()
