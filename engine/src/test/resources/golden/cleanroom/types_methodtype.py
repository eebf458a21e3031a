import types
def f(self, x=1): return (type(self).__name__, x)
class O: pass
o = O()
o.g = types.MethodType(f, o)
print(o.g(), o.g(x=5), types.MethodType(f, 5)(2), o.g.__self__ is o, o.g.__func__ is f, repr(o.g).startswith("<bound method f of <__main__.O object at"))
def h(s): pass
for a, k in [((1, 2), {}), ((h, None), {}), ((h,), {}), ((h, 1, 2), {}), ((h,), {'x': 1})]:
    try:
        types.MethodType(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
