"""Writes the identity of CPython 3.11.7's statically allocated objects, as far as it is stable.

Output: ../../../main/resources/dev/coroscope/engine/runtime/static-ids.txt (read by
dev.coroscope.engine.runtime.StaticIds). None, Ellipsis, NotImplemented, True, False and the
built-in types that CPython allocates statically live at fixed offsets inside libpython, so the low
bits of their id() (and so of their hash, id rotated right by 4) are the same in every run even
though address-space randomisation moves the library. Those low bits decide where such an object
lands in a set's hash table, so they decide the order in which a set of types, or a set holding
None, is printed and iterated. This script starts CPython several times, keeps each object's id
modulo 2**20 when every run agrees on it, and writes one line per object:

  KEY HEX      KEY is 'None', 'Ellipsis', 'NotImplemented', 'True', 'False', or a type's
               module.qualname; HEX is the id modulo 2**20

Run from this folder with CPython 3.11.7: python3 gen_static_ids.py
"""
import json
import subprocess
import sys

OUT = '../../../main/resources/dev/coroscope/engine/runtime/static-ids.txt'
RUNS = 5
BITS = 20
MODULES = ['builtins', 'types', 'collections', 'itertools', 'functools', 'operator', 'asyncio',
           'contextvars', 'weakref', 'inspect', 'sys', 'time', 'random', 'math', 'dataclasses',
           'enum', 'abc', 'heapq', 'json', 'string', 're', 'typing', 'copy', 'traceback']

PROBE = r'''
import importlib, json, sys
HEAP = 1 << 9
out = {}
for key, obj in (('None', None), ('Ellipsis', ...), ('NotImplemented', NotImplemented),
                 ('True', True), ('False', False)):
    out[key] = id(obj)
seen = set()
def visit(t):
    if id(t) in seen or t.__flags__ & HEAP:
        return
    seen.add(id(t))
    out[t.__module__ + '.' + t.__qualname__] = id(t)
    for s in type.__subclasses__(t):
        visit(s)
for name in sys.argv[1:]:
    mod = importlib.import_module(name)
    for value in list(vars(mod).values()):
        if isinstance(value, type):
            visit(value)
        elif not isinstance(value, (int, str, bytes, float, tuple, list, dict)):
            visit(type(value))
print(json.dumps(out))
'''


def main():
    if sys.version_info[:3] != (3, 11, 7):
        sys.exit('run this with CPython 3.11.7')
    runs = []
    for _ in range(RUNS):
        text = subprocess.run([sys.executable, '-c', PROBE, *MODULES], check=True,
                              capture_output=True, text=True).stdout
        runs.append(json.loads(text))
    mask = (1 << BITS) - 1
    lines = []
    for key in sorted(runs[0]):
        lows = {r[key] & mask if key in r else -1 for r in runs}
        if len(lows) == 1 and -1 not in lows:
            lines.append(f'{key} {lows.pop():x}')
    with open(OUT, 'w') as f:
        f.write(f'# id() modulo 2**{BITS} of CPython 3.11.7 static objects; written by gen_static_ids.py\n')
        f.write('\n'.join(lines) + '\n')
    print(f'{len(lines)} of {len(runs[0])} objects stable', file=sys.stderr)


main()
