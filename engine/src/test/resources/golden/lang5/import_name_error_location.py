for stmt in ["from itertools import chainn", "from sys import argvv", "from time import sleeep"]:
    try:
        exec(stmt)
    except ImportError as e:
        print(e.name, "|", e)
try:
    from json import laods
except ImportError as e:
    print(str(e).split(" (")[0], "|", "json/__init__.py)" in str(e))
from collections import OrderDict
