# sys.set_coroutine_origin_tracking_depth: cr_origin tuples and the warning's "Coroutine created at"
import sys
import asyncio

async def leaf():
    return 1

def make():
    return leaf()

def outer():
    return make()

print(sys.get_coroutine_origin_tracking_depth())
c = leaf()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
c = outer()
print([(f.rsplit("/", 1)[-1], line, name) for f, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(5)
c = outer()
print([name for _, _, name in c.cr_origin])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(3)
def dropper():
    outer()
    print("dropped")
dropper()
sys.set_coroutine_origin_tracking_depth(0)
async def main():
    print(asyncio.current_task().get_coro().cr_origin)
    print(sys.get_coroutine_origin_tracking_depth())
asyncio.run(main())
asyncio.run(main(), debug=True)
print(sys.get_coroutine_origin_tracking_depth())
