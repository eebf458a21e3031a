# SystemExit raised in a task: other tasks, finally blocks, exit code from asyncio.run
import asyncio, sys

async def bystander():
    try:
        await asyncio.sleep(1)
    finally:
        print("bystander finally")

async def exiter():
    await asyncio.sleep(0.01)
    print("exiting with 3")
    sys.exit(3)

async def main():
    b = asyncio.create_task(bystander())
    try:
        await asyncio.gather(exiter(), return_exceptions=True)
    finally:
        print("main finally; bystander done:", b.done())

try:
    asyncio.run(main())
except SystemExit as e:
    print("caught SystemExit", e.code, type(e.code).__name__)
print("after run")
sys.exit("final message")
