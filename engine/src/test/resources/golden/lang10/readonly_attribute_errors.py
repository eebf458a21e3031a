import types, functools, sys
def chk(o, names):
    for n in names:
        try:
            setattr(o, n, 1)
            print(type(o).__name__, n, "set ok")
        except (AttributeError, TypeError, ValueError) as e:
            print(type(o).__name__, n, type(getattr(type(o), n, None)).__name__, '|', type(e).__name__, e)
chk(property(), ['fget','fset','fdel','__isabstractmethod__'])
def f(): pass
chk(f, ['__globals__','__closure__','__builtins__','__code__'])
class C:
  def m(self): pass
chk(C().m, ['__func__','__self__'])
chk(staticmethod(f), ['__func__','__wrapped__'])
chk(classmethod(f), ['__func__'])
chk(slice(1), ['start','stop','step'])
chk(range(3), ['start','stop','step'])
chk(1j, ['real','imag'])
chk(5, ['real','imag','numerator'])
chk(1.5, ['real'])
chk(StopIteration(), ['value'])
chk((x for x in []), ['gi_frame','gi_running','gi_code'])
chk(functools.partial(f), ['func','args','keywords'])
chk(f.__code__, ['co_name', 'co_flags'])
chk(sys._getframe(), ['f_back','f_locals','f_code', 'f_globals'])
chk(int, ['__mro__', '__base__'])
for o, n in [(property(), 'fget'), (slice(1), 'start'), (1j, 'real'), (f, '__globals__')]:
    try:
        delattr(o, n)
    except (AttributeError, TypeError) as e:
        print("del", n, type(e).__name__, e)
for o, n in [(slice(1), 'start'), (1, 'real'), (property(), 'fget')]:
    try:
        setattr(o, n, 5)
    except AttributeError as e:
        print(n, repr(e.name), repr(e.obj), e)
    try:
        delattr(o, n)
    except AttributeError as e:
        print(n, repr(e.name), repr(e.obj), e)
import types
print(slice.start, type(slice.start) is types.MemberDescriptorType, slice.__dict__['start'].__get__(slice(1, 2)), slice.start.__name__, slice.start.__objclass__)
