import asyncio
import sys

async def job():
    await asyncio.sleep(0)

def start_job():
    return job()

def report(coro):
    if coro.cr_origin is None:
        print("cr_origin is None")
    for _file, line, function in coro.cr_origin or ():
        print(f"created in {function}() at line {line}")

async def main():
    plain = job()
    report(plain)
    sys.set_coroutine_origin_tracking_depth(2)
    traced = start_job()
    report(traced)
    await plain
    await traced

asyncio.run(main())
