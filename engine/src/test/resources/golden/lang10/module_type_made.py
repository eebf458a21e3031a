import types
for args in [(1,), (), ('a', 'b', 'c'), ('a', 5)]:
    try:
        m = types.ModuleType(*args)
        print(repr(m), m.__doc__)
    except TypeError as e:
        print('TypeError:', e)
m = types.ModuleType.__new__(types.ModuleType)
print(repr(m), vars(m))
m.__init__('late')
print(repr(m), vars(m))
m = types.ModuleType('x', doc='hello')
print(m.__doc__, m)
m.__file__ = 'f.py'
print(m)
class Loud(types.ModuleType):
    def __getattr__(self, name):
        return name.upper()
    @property
    def size(self):
        return len(vars(self))
    def __repr__(self):
        return f'Loud({self.__name__})'
n = Loud('quiet')
print(n, n.anything, n.size, type(n).__name__, isinstance(n, types.ModuleType))
n.x = 5
print(vars(n)['x'], n.x)
try:
    n.size = 3
except AttributeError as e:
    print('AttributeError:', e)
m2 = types.ModuleType('lazy')
def ga(name):
    if name == 'answer':
        return 42
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")
m2.__getattr__ = ga
print(m2.answer)
try:
    m2.nope
except AttributeError as e:
    print('AttributeError:', e)
try:
    types.ModuleType('plain').nope
except AttributeError as e:
    print('AttributeError:', e)
import sys
sys.modules['made'] = types.ModuleType('made')
sys.modules['made'].value = 7
import made
from made import value
print(made, value)
print(sorted(dir(types.ModuleType('d'))))
