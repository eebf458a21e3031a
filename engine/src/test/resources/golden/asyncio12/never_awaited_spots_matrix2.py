# More spots where a forgotten coroutine dies: clear(), exception arguments, formatting.
import asyncio

async def job(n=0):
    return n

print("a"); st = {job()}; st.clear()
print("b"); ls = [job()]; ls.clear()
print("c"); dq = {"k": job()}; dq.clear(); dq = None
print("d")
try:
    raise ValueError(job())
except ValueError as e:
    print("caught", type(e.args[0]).__name__)
print("f"); msg2 = "{}".format(job())
print("g"); msg3 = f"{job()!r:>5}"
print("h"); errs = [KeyError(job())]; errs = []
print("i"); keep = [job()]; keep2 = keep; keep.clear(); print(len(keep2))
print("j"); shared = job(); box = [shared]; box.clear(); print("still held by 'shared'")
shared = None
print("k"); nested = {"a": [job()]}; nested.clear()
print("end")
