# inspect.signature of built-in functions, methods (bound and unbound), slot wrappers and types
import inspect, asyncio

def show(o):
    name = getattr(o, "__qualname__", repr(o))
    try:
        sig = inspect.signature(o)
        kinds = [p.kind.name[0] for p in sig.parameters.values()]
        print(f"{name:22} {sig}  {''.join(kinds)}")
    except (ValueError, TypeError) as e:
        print(f"{name:22} {type(e).__name__}: {str(e).split(' at 0x')[0]}")

for o in (print, len, sorted, min, max, isinstance, divmod, sum, abs, round, pow, iter, next, getattr,
          repr, id, hash, input, format, enumerate, zip, map, int, str, list, tuple, dict, set, range,
          str.split, "a,b".split, str.join, str.format, str.maketrans, [].index, list.sort, [].append,
          dict.fromkeys, {}.get, {}.pop, dict.update, int.to_bytes, (5).to_bytes, int.from_bytes,
          bytes.hex, b"".decode, str.encode, set.union, object.__init__, int.__add__, (1).__add__,
          [].__iter__, list.__init__, anext, aiter, asyncio.sleep, asyncio.gather):
    show(o)
sig = inspect.signature(print)
print(list(sig.parameters), repr(sig.parameters["end"].default), sig.parameters["args"].kind)
b = inspect.signature(sorted).bind([3, 1], key=abs)
print(b.arguments, b.args, b.kwargs)
try:
    inspect.signature(len).bind()
except TypeError as e:
    print("TypeError:", e)
