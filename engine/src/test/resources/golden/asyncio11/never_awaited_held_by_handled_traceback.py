import asyncio
async def c(): pass
def f(x):
    raise ValueError("v")
try:
    f(c())
except ValueError as e:
    print("caught")
print("end")
