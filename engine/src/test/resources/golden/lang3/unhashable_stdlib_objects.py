import functools, types, contextvars
for o in [functools.cmp_to_key(lambda a,b:0)(1), types.SimpleNamespace(), contextvars.copy_context()]:
    try: hash(o)
    except TypeError as e: print(e)
class S(types.SimpleNamespace): pass
try: hash(S())
except TypeError as e: print(e)
print(types.SimpleNamespace.__hash__)
