import sys
def __getattr__(name):
    if name == "lazy_value":
        return "computed on demand"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
me = sys.modules[__name__]
print(me.lazy_value, getattr(me, "lazy_value"), hasattr(me, "nothing"))
try:
    me.missing
except AttributeError as e:
    print("AttributeError:", e)
import inspect
print(callable(inspect.signature), "signature" in dir(inspect) or True)
from inspect import Parameter, signature
print(Parameter.KEYWORD_ONLY, signature(lambda *, k=1: k))
try:
    inspect.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from inspect import no_such_thing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import math
try:
    math.nope
except AttributeError as e:
    print("AttributeError:", e)
