from collections import OrderedDict
import io
od = OrderedDict(a=1)
for expr in ["od.nope", "od['x']", "od + 1", "len(od, 1)", "od.move_to_end('zz')", "hash(od)"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
s = io.StringIO("abc")
for expr in ["s.nope", "s + 1", "s.write(1)", "s.read('x')", "io.StringIO(5)", "s.seek(-1)", "s[0]"]:
    try:
        eval(expr)
    except Exception as e:
        print(type(e).__name__, e)
print(type(od), type(s), repr(type(s).__name__), type(s).__qualname__, type(s).__module__)
b = io.BytesIO(b"x")
try:
    b.nope
except AttributeError as e:
    print(e)
print(type(b))
class MyOD(OrderedDict):
    pass
try:
    MyOD().zz
except AttributeError as e:
    print(e)
print(MyOD.__name__, OrderedDict.__name__, OrderedDict.__qualname__)
