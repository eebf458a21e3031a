# weakref containers and helpers: WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize.
import weakref
import gc


def attempt(label, f, detail=True):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e if detail else type(e.args[0]).__name__)


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n

    def meth(self):
        return self.n


a, b, c = Obj(1), Obj(2), Obj(3)
wv = weakref.WeakValueDictionary({'a': a}, b=b)
wv['c'] = c
print(len(wv), sorted(wv), wv['a'], 'a' in wv, 'z' in wv, wv.get('z', 'd'), wv.get('b'))
print(sorted(wv.keys()), sorted(v.n for v in wv.values()), sorted((k, v.n) for k, v in wv.items()))
print(len(wv.valuerefs()), sorted(r().n for r in wv.itervaluerefs()))
attempt('missing', lambda: wv['z'])
print(wv.setdefault('a', Obj(9)), wv.pop('c'), wv.pop('c', 'gone'))
attempt('pop missing', lambda: wv.pop('c'))
del c
cp = wv.copy()
print(type(cp).__name__, sorted(cp), isinstance(wv, weakref.WeakValueDictionary))
del b
gc.collect()
print(sorted(wv), len(wv))
k, v = wv.popitem()
print(k, v, len(wv))
wv.update([('q', a)])
wv.clear()
print(len(wv), repr(wv).startswith('<WeakValueDictionary at 0x'))

k1, k2 = Obj(10), Obj(20)
wk = weakref.WeakKeyDictionary({k1: 'one'})
wk[k2] = 'two'
print(len(wk), wk[k1], k2 in wk, 3 in wk, wk.get(Obj(5), 'no'), sorted(wk.values()))
print(sorted(o.n for o in wk.keys()), sorted((o.n, v) for o, v in wk.items()), len(wk.keyrefs()))
print(wk.setdefault(k1, 'x'), wk.pop(k1), wk.pop(k1, 'gone'))
attempt('missing', lambda: wk[k1], False)
del k2
gc.collect()
print(len(wk), list(wk))
wk.update({k1: 'back'}, )
print(list(wk.items()), wk.copy()[k1], repr(wk).startswith('<WeakKeyDictionary at 0x'))
print(wk.popitem(), len(wk))

s1, s2, s3 = Obj(1), Obj(2), Obj(3)
ws = weakref.WeakSet([s1, s2])
ws.add(s3)
print(len(ws), s1 in ws, 5 in ws, sorted(o.n for o in ws), repr(weakref.WeakSet()).startswith('<_weakrefset.WeakSet object at 0x'))
ws.discard(s3)
attempt('remove', lambda: ws.remove(Obj(9)), False)
print(len(ws), weakref.WeakSet.__module__, type(ws).__name__)
other = weakref.WeakSet([s2, s3])
print(sorted(o.n for o in ws | other), sorted(o.n for o in ws & other), sorted(o.n for o in ws - other), sorted(o.n for o in ws ^ other))
print(ws <= ws, ws < other, ws == weakref.WeakSet([s1, s2]), ws.issubset([s1, s2, s3]), ws.issuperset([s1]), ws.isdisjoint(other))
del s2
gc.collect()
print(len(ws), sorted(o.n for o in ws), ws.pop().n)
attempt('pop empty', lambda: ws.pop())
attempt('hash', lambda: hash(ws))

o = Obj(5)
wm = weakref.WeakMethod(o.meth, lambda r: print('wm died'))
print(wm()(), wm() == o.meth, wm == weakref.WeakMethod(o.meth), wm != weakref.WeakMethod(o.meth))
attempt('bad', lambda: weakref.WeakMethod(len))
del o
gc.collect()
print(wm())

f1 = Obj(6)
fin = weakref.finalize(f1, print, 'finalized', 6)
print(fin.alive, fin.atexit, fin.peek()[1:], type(fin.peek()[0]).__name__)
del f1
gc.collect()
print(fin.alive, fin.peek(), fin())
f2 = Obj(7)
fin2 = weakref.finalize(f2, lambda *a, **k: ('called', a, k), 1, x=2)
print(fin2(), fin2(), fin2.alive)
f3 = Obj(8)
fin3 = weakref.finalize(f3, print, 'never')
print(fin3.detach()[1:], fin3.detach(), fin3.alive)
f4 = Obj(9)
fin4 = weakref.finalize(f4, print, 'at exit', 9)
fin5 = weakref.finalize(f4, print, 'at exit first')
fin6 = weakref.finalize(f4, print, 'skipped')
fin6.atexit = False
print(fin6.atexit, fin4.atexit)
print(weakref.getweakrefcount(f4) >= 1, weakref.ref(f4)() is f4, weakref.ReferenceType is weakref.ref)
print('end')
