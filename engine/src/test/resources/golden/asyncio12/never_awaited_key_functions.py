# An async function passed as key=: the coroutines it makes are dropped inside the call.
import asyncio


async def weight(x):
    return x

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("sorted one", lambda: sorted([5], key=weight))
attempt("sorted three", lambda: sorted([3, 1, 2], key=weight))
attempt("list.sort", lambda: [2, 1].sort(key=weight))
attempt("max", lambda: max([1, 2], key=weight))
attempt("min one", lambda: min([7], key=weight))
print("end")
