# Exercises collections' Python-level classes: OrderedDict, Counter, ChainMap, UserDict, UserList, UserString.
from collections import OrderedDict, Counter, ChainMap, UserDict, UserList, UserString, deque
import collections


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od, repr(OrderedDict()))
od.move_to_end('a')
print(list(od))
od.move_to_end('a', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
attempt('popempty', lambda: OrderedDict().popitem())
attempt('move missing', lambda: od.move_to_end('zz'))
attempt('2args', lambda: OrderedDict({}, {}))
x, y = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(y) == x, x != y)
print(list(reversed(x)), x.copy(), type(x.copy()).__name__)
print(x | {'c': 3}, {'z': 0} | x)
x |= {'q': 9}
print(x)
attempt('hash', lambda: hash(x))
print(type(od).__name__, type(od).__module__, OrderedDict.__module__)

c = Counter('abracadabra')
print(c, c['z'], c.total())
print(c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()))
c.update('aaz')
c.update({'b': 5})
c.update(q=2)
print(c)
c.subtract('aa')
c.subtract({'z': 3})
c.subtract(q=1)
print(c)
del c['nope']
del c['q']
print(c)
attempt('fromkeys', lambda: Counter.fromkeys('ab'))
a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4, e=-1)
print(a + b, a - b, a | b, a & b, +a, -a)
print(a == b, a == Counter(a=3, b=1, c=-2), a == Counter(a=3, b=1, c=-2, x=0), a != b)
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1))
print(a.__eq__(5), a.__le__(5), a.__add__({}))
attempt('add dict', lambda: a + {'a': 1})
a2 = Counter(a)
a2 += Counter(c=5, z=1)
print(a2)
a2 -= Counter(a=10)
print(a2)
a2 |= Counter(b=7, y=3)
print(a2)
a2 &= Counter(b=2, y=9)
print(a2)
print(repr(Counter()), Counter(a=1).copy(), Counter(x=1, y=2).__reduce__())
print(Counter({'a': 1, 'b': None}) if False else 'skip')
class C2(Counter):
    pass
print(C2('aab'), C2('ab') + C2('b'), type(C2('ab') + C2('b')).__name__, type(C2('a').copy()).__name__)
attempt('hash', lambda: hash(Counter()))

m1, m2 = {'a': 1, 'b': 2}, {'b': 20, 'c': 30}
cm = ChainMap(m1, m2)
print(cm, len(cm), list(cm), cm['b'], cm['c'], cm.get('zz', 'dflt'), 'c' in cm, bool(cm), bool(ChainMap({})))
attempt('missing', lambda: cm['zz'])
cm['d'] = 4
del cm['a']
print(m1, m2)
attempt('del c', lambda: cm.__delitem__('c'))
attempt('pop c', lambda: cm.pop('c'))
print(cm.pop('c', 'dd'))
ch = cm.new_child()
ch['x'] = 1
print(ch, ch.parents, cm.new_child({'y': 1}), cm.new_child(z=2))
print(ChainMap.fromkeys('ab', 0), ChainMap(), cm.copy())
print(cm | {'k': 1}, {'k': 1} | cm)
cm |= {'m': 5}
print(cm, dict(cm), sorted(cm.items()))
print(ChainMap({}).__bool__())
attempt('popitem', lambda: ChainMap({}, {'a': 1}).popitem())
e = ChainMap({}, {1: 2})
e.clear()
print(e)

class UD(UserDict):
    def __missing__(self, key):
        return key * 2
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud['a'], 'a' in ud, ud.get('zz'), list(ud), ud.data)
attempt('missing', lambda: ud['zz'])
print(UD()['x'], UD().get('x'))
ud['c'] = 3
del ud['a']
print(ud, ud | {'z': 0}, {'z': 0} | ud, ud | UserDict(q=1), type(ud | {}).__name__)
ud |= {'w': 1}
print(ud, ud.copy(), UD(a=1).copy(), type(UD(a=1).copy()).__name__, UserDict.fromkeys('ab', 1))
print(ud == {'b': 2, 'c': 3, 'w': 1}, ud.pop('b'), ud.setdefault('n', 7), ud)
print(isinstance(ud, collections.abc.MutableMapping), ud.__or__(5))

ul = UserList([3, 1, 2])
print(ul, len(ul), ul[0], ul[1:], type(ul[1:]).__name__, 2 in ul)
print(ul + [9], ul.__radd__([9]), ul + (7,), ul * 2, 2 * ul, ul + UserList([5]))
ul += [4]
ul *= 1
ul.append(0)
ul.insert(0, 8)
ul.extend(UserList([6]))
ul.extend((5,))
print(ul, ul.pop(), ul.pop(0), ul.count(1), ul.index(2))
ul.remove(1)
ul.sort()
print(ul)
ul.sort(key=lambda v: -v)
ul.reverse()
print(ul, ul.copy(), type(ul.copy()).__name__)
print(ul < [9], ul <= ul, ul == [0, 2, 3, 4, 6], ul > UserList([0]), ul >= [])
ul[0] = 100
del ul[1]
print(ul, UserList(), UserList((1, 2)), UserList(UserList([1])))
ul.clear()
print(ul, UserList([1, 2, 3])[-1])

us = UserString('Hello')
print(us, repr(us), len(us), us[1], us[1:3], type(us[1]).__name__, 'ell' in us, UserString('l') in us)
print(us + '!', us.__radd__('>'), us + UserString('?'), us * 2, us % () if '%' in us.data else 'nomod', UserString('%d') % 5)
print(us.upper(), type(us.upper()).__name__, us.split('l'), us.find('l'), us.count('l'), us.index('l'))
print(us == 'Hello', us < 'J', us > UserString('A'), us <= 'Hello', us >= 'Hello', hash(us) == hash('Hello'))
print(int(UserString('42')), float(UserString('2.5')), str(us), us.startswith('He'), us.replace('l', 'L'))
print(us.zfill(8), us.center(9, '*'), us.join(['a', 'b']), us.strip('Ho'), us.casefold(), us.isalpha())
print(UserString(12), us.encode(), us.partition('l'), us.format(), us.endswith(UserString('lo')) if False else '-')
print(isinstance(us, collections.abc.Sequence), isinstance(ul, collections.abc.MutableSequence))
print(isinstance(deque(), collections.abc.MutableSequence), collections.abc is collections.abc)
