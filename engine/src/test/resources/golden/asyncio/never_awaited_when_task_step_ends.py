import asyncio

async def helper(n):
    return n

async def main():
    helper(1)
    x = helper(2)
    print('created')
    await asyncio.sleep(0)
    lst = [helper(3)]
    print('end of main')
    return lst

r = asyncio.run(main())
print('after run', len(r))
del r
print('deleted')
y = helper(4)
print('end')
