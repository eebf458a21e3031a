"""Records the iteration order of sets and dicts after random sequences of operations: sets.txt.

Each line: scenario number, target name, operation, argument 1, argument 2, outcome, where the
outcome is repr(list(target)) after the step (for 'pop', the popped value first, then ' -> ' and
the list). Arguments are set names or Python list literals of keys. Keys are ints (with colliding
hashes: -1 and -2, 0 and 2**61-1, multiples of table sizes), floats equal to ints (1.0 == 1) and
tuples, whose hashes CPython computes deterministically.

Set operations (and how the engine must map them, see SetTable's class comment):
  lit        target = {k1, k2, ...} written with constants (folded to a frozenset when > 2 items)
  dyn        target = {v1, v2, ...} written with variables (BUILD_SET)
  fromlist   target = set(list)           comp  target = {x for x in list}
  fromdict   target = set(dict.fromkeys(list))
  copyset    target = set(A)              copy  target = A.copy()
  add / discard / pop / clear
  update_set target.update(A)             update_list  target.update(list)
  ior iand isub ixor                      target OP= A
  or and sub xor                          target = A OP B
  inter_list target = A.intersection(list)    diff_list  target = A.difference(list)
  diffupd    target.difference_update(list)   symupd     target.symmetric_difference_update(list)
Dict operations (kind 'dict'): dset k v, ddel k, dpop k, dpopitem, dclear, dsetdefault k v, dcopy.

Run from this folder: python3 gen_sets.py
"""
import sys
import random

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer

rnd = random.Random(8)
w = Writer('sets.txt', 'gen_sets.py')

KEY_POOLS = [
    list(range(0, 20)),
    list(range(0, 100, 8)) + list(range(3, 200, 16)),
    [-1, -2, 0, 2 ** 61 - 1, 2 ** 61, 1, 2, 2 ** 64, -(2 ** 61 - 1), 5, 13, 21, 29, 37],
    [1, 1.0, 2.5, 0.5, -0.0, 0, 3, 3.0, 1e16, 1.5, 2 ** 53, float(2 ** 53)],
    [(1, 2), (2, 1), (0,), (), (1, (2, 3)), 7, 8, 9, (1, 2.0), (True, 0)],
    list(range(0, 1000, 32)) + list(range(1, 300, 64)),
]


def keys(pool, n):
    return [rnd.choice(pool) for _ in range(n)]


def lst(items):
    return '[' + ', '.join(repr(k) for k in items) + ']'


scenario = 0
for _ in range(500):
    scenario += 1
    pool = rnd.choice(KEY_POOLS)
    sets = {}
    for step in range(rnd.randint(3, 14)):
        names = list(sets)
        if not names or rnd.random() < 0.2:
            target = rnd.choice('ABC')
            op = rnd.choice(['lit', 'dyn', 'fromlist', 'comp', 'fromdict'])
            items = keys(pool, rnd.choice([0, 1, 2, 3, 4, 5, 6, 8, 12, 20, 40]))
            if op == 'lit':
                if not items:
                    continue
                value = eval('{' + ', '.join(repr(k) for k in items) + '}')
            elif op == 'dyn':
                if not items:
                    continue
                ns = {'v%d' % i: k for i, k in enumerate(items)}
                value = eval('{' + ', '.join('v%d' % i for i in range(len(items))) + '}', ns)
            elif op == 'fromlist':
                value = set(items)
            elif op == 'comp':
                value = {x for x in items}
            else:
                value = set(dict.fromkeys(items))
            sets[target] = value
            w.row(scenario, target, op, lst(items), '', repr(list(value)))
            continue
        target = rnd.choice(names)
        s = sets[target]
        other = rnd.choice(names)
        op = rnd.choice(['add', 'add', 'add', 'discard', 'discard', 'pop', 'update_set', 'update_list', 'ior',
                         'iand', 'isub', 'ixor', 'or', 'and', 'sub', 'xor', 'copy', 'copyset', 'inter_list',
                         'diff_list', 'diffupd', 'symupd', 'clear'])
        a1, a2, prefix = '', '', ''
        if op in ('add', 'discard'):
            k = rnd.choice(pool)
            a1 = lst([k])
            getattr(s, op)(k)
        elif op == 'pop':
            if not s:
                continue
            prefix = repr(s.pop()) + ' -> '
        elif op == 'clear':
            s.clear()
        elif op == 'update_set':
            a1 = other
            s.update(sets[other])
        elif op in ('update_list', 'diffupd', 'symupd'):
            items = keys(pool, rnd.randint(0, 12))
            a1 = lst(items)
            {'update_list': s.update, 'diffupd': s.difference_update,
             'symupd': s.symmetric_difference_update}[op](items)
        elif op in ('ior', 'iand', 'isub', 'ixor'):
            a1 = other
            o = sets[other]
            if op == 'ior':
                s |= o
            elif op == 'iand':
                s &= o
            elif op == 'isub':
                s -= o
            else:
                s ^= o
        elif op in ('or', 'and', 'sub', 'xor', 'copy', 'copyset', 'inter_list', 'diff_list'):
            a = rnd.choice(names)
            b = rnd.choice(names)
            target = rnd.choice('ABCD')
            a1 = a
            if op == 'or':
                a2 = b
                value = sets[a] | sets[b]
            elif op == 'and':
                a2 = b
                value = sets[a] & sets[b]
            elif op == 'sub':
                a2 = b
                value = sets[a] - sets[b]
            elif op == 'xor':
                a2 = b
                value = sets[a] ^ sets[b]
            elif op == 'copy':
                value = sets[a].copy()
            elif op == 'copyset':
                value = set(sets[a])
            else:
                items = keys(pool, rnd.randint(0, 12))
                a2 = lst(items)
                value = sets[a].intersection(items) if op == 'inter_list' else sets[a].difference(items)
            sets[target] = value
            s = value
        w.row(scenario, target, op, a1, a2, prefix + repr(list(s)))

# Growth: one set built by adding 0..N one at a time and removing every third, printed at the end.
for n in [5, 6, 10, 20, 50, 100, 1000]:
    scenario += 1
    items = list(range(n, 0, -1))
    s = set()
    for k in items:
        s.add(k * 7)
    w.row(scenario, 'A', 'fromlist', lst([k * 7 for k in items]), '', repr(list(s)))
    for k in items[::3]:
        s.discard(k * 7)
    w.row(scenario, 'A', 'diffupd', lst([k * 7 for k in items[::3]]), '', repr(list(s)))

for _ in range(200):
    scenario += 1
    d = {}
    pool = rnd.choice([list(range(10)), ['a', 'b', 'c', 'd', 'e', 'x', 'y'], [1, 1.0, 2, (1,), 'k', -1, -2]])
    for step in range(rnd.randint(3, 25)):
        op = rnd.choice(['dset', 'dset', 'dset', 'ddel', 'dpop', 'dpopitem', 'dsetdefault', 'dcopy', 'dclear'])
        k = rnd.choice(pool)
        v = rnd.randint(0, 99)
        a1, a2, prefix = '', '', ''
        if op == 'dset':
            d[k] = v
            a1, a2 = lst([k]), str(v)
        elif op == 'ddel':
            if k not in d:
                continue
            del d[k]
            a1 = lst([k])
        elif op == 'dpop':
            a1 = lst([k])
            prefix = repr(d.pop(k, None)) + ' -> '
        elif op == 'dpopitem':
            if not d:
                continue
            prefix = repr(d.popitem()) + ' -> '
        elif op == 'dsetdefault':
            a1, a2 = lst([k]), str(v)
            prefix = repr(d.setdefault(k, v)) + ' -> '
        elif op == 'dcopy':
            d = d.copy()
        else:
            if rnd.random() < 0.7:
                continue
            d.clear()
        w.row(scenario, 'D', op, a1, a2, prefix + repr(list(d.items())))
w.close()
