import collections
d = collections.deque([1])
print(repr(iter(d))[:32], repr(reversed(d))[:40], type(iter(d)))
try:
    next(5)
except TypeError as e: print(e)
it = iter(d); next(it)
try: next(it)
except StopIteration: print("stop")
print(type(iter(b"x")), repr(iter(bytearray()))[:28])
