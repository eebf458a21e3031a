# Deep recursion through awaits: where RecursionError hits, and the message.
import asyncio
import sys

deepest = 0

async def down(n):
    global deepest
    deepest = n
    return 1 + await down(n + 1)

def sync_down(n):
    global deepest
    deepest = n
    return 1 + sync_down(n + 1)

async def fact(n):
    return 1 if n <= 1 else n * await fact(n - 1)

async def main():
    global deepest
    print(sys.getrecursionlimit())
    try:
        await down(0)
    except RecursionError as e:
        print("async:", e, deepest)
    deepest = 0
    try:
        sync_down(0)
    except RecursionError as e:
        print("sync:", e, deepest)
    print(len(str(await fact(500))))
    deepest = 0
    t = asyncio.create_task(down(0))
    try:
        await t
    except RecursionError as e:
        print("in task:", deepest)

asyncio.run(main())
deepest = 0
try:
    asyncio.run(down(0))
except RecursionError as e:
    print("top:", deepest)
