# What a script's module namespace holds before any of its own names, in CPython's order.
print(list(globals()))
print(sorted(dir()))
print(__annotations__, __name__, __package__, __doc__, __spec__)

# __annotations__ is there even before an annotation fills it.
count: int = 0
print(__annotations__)
del __annotations__
try:
    print(__annotations__)
except NameError as e:
    print("NameError:", e)

import collections
print([k for k in vars(collections)][:5])
