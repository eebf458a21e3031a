# sys functions a learner's debugging helper reaches for: call_tracing, the filesystem encoding,
# float_repr_style, abiflags; and hash('') is 0 as in CPython.
import sys

print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print("TypeError:", e)
try:
    sys.call_tracing(len)
except TypeError as e:
    print("TypeError:", e)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.float_repr_style, repr(sys.abiflags))
print(hash(""), hash("") == hash(str()), {"": 1}[""], "" in {"", "a"})
