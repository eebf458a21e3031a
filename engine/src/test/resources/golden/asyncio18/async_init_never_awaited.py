import asyncio
class A:
    async def __init__(self, n):
        self.n = n
class B(A):
    pass
class C:
    def __init__(self):
        return 5
for cls, args in ((A, (1,)), (B, (2,)), (C, ())):
    try:
        cls(*args)
    except TypeError as e:
        print(cls.__name__, e)
def make():
    return [B(3) for _ in range(2)]
try:
    make()
except TypeError as e:
    print("make", e)
print("end")
A(4)
