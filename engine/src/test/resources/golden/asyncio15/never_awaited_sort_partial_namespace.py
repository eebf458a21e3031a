# Where a never-awaited coroutine dies, as CPython reports it: not inside list.sort() (its key
# function runs while the list looks empty, the sort still holds the items), but when the last
# holder goes: a list item replaced, a functools.partial or a SimpleNamespace deleted.
import asyncio
import functools
import types


async def job(n):
    return n

print("start")
lst = [job(1), job(2)]
lst.sort(key=lambda c: 0)
print("sorted")
lst[0] = None
print("first replaced")
del lst
print("list deleted")
p = functools.partial(print, job(3))
print("partial made")
del p
print("partial deleted")
ns = types.SimpleNamespace(a=job(4), b=1)
print("namespace made")
del ns
print("namespace deleted")
r = sorted([job(5), job(6)], key=lambda c: c.cr_code.co_name)
print("sorted copy")
r.clear()
print("end")
