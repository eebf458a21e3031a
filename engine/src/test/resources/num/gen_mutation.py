"""Records set/dict behaviour when a key's __eq__ mutates the container or raises: mutation.txt.

Each line: scenario name, outcome: the __eq__ calls made (stored key, probe key) and the final
contents, or the exception. The Java test (TableMutationTest) replays each scenario with the same
keys and callbacks on SetTable/DictTable. Run from this folder: python3 gen_mutation.py
"""
import sys
sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources
from golden import Writer

w = Writer('mutation.txt', 'gen_mutation.py')


class K:
    """A key with a chosen hash whose __eq__ logs the call and runs the scenario's action once."""

    def __init__(self, h, name, log, action=None):
        self.h, self.name, self.log, self.action = h, name, log, action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if not isinstance(other, K):
            return NotImplemented
        self.log.append('%s==%s' % (self.name, other.name))
        if self.action is not None:
            act, self.action = self.action, None
            act()
        return self.name == other.name

    def __repr__(self):
        return self.name


def show(container):
    return '[' + ', '.join(repr(x) for x in container) + ']'


def scenario(name, body):
    log = []
    try:
        result = body(log)
    except Exception as e:
        result = '!' + type(e).__name__ + ': ' + str(e)
    w.row(name, ' '.join(log) + ' -> ' + result)


def set_add_during_eq(log):
    s = set()
    a = K(1, 'a', log, lambda: s.add(100))
    s.add(a)
    s.add(K(1, 'b', log))
    return show(s)


def set_resize_during_eq(log):
    s = set()
    a = K(1, 'a', log, lambda: s.update(range(2, 30)))
    s.add(a)
    s.add(K(1, 'b', log))
    return show(s)


def set_discard_during_eq(log):
    s = set()
    a = K(1, 'a', log)
    a.action = lambda: s.discard(a)
    s.add(a)
    s.add(K(1, 'b', log))
    return show(s)


def set_contains_restart(log):
    s = set()
    a = K(9, 'a', log)
    c = K(9, 'c', log)
    a.action = lambda: s.discard(a)
    s.add(a)
    s.add(c)
    found = K(9, 'c', log) in s
    return str(found) + ' ' + show(s)


def set_eq_raises(log):
    s = set()

    def boom():
        raise RuntimeError('no compare')
    a = K(1, 'a', log, boom)
    s.add(a)
    try:
        s.add(K(1, 'b', log))
    finally:
        log.append(show(s))
    return show(s)


def set_equal_keys(log):
    s = set()
    s.add(K(5, 'a', log))
    s.add(K(5, 'a', log))
    s.add(K(13, 'a', log))
    return show(s)


def dict_add_during_eq(log):
    d = {}
    a = K(1, 'a', log, lambda: d.__setitem__(100, 'x'))
    d[a] = 1
    d[K(1, 'b', log)] = 2
    return show(d.items())


def dict_delete_during_eq(log):
    d = {}
    a = K(1, 'a', log)
    a.action = lambda: d.pop(a)
    d[a] = 1
    d[K(1, 'b', log)] = 2
    return show(d.items())


def dict_lookup_equal(log):
    d = {K(3, 'a', log): 1}
    return str(d.get(K(3, 'a', log))) + ' ' + str(d.get(K(3, 'z', log)))


for name, body in [('set_add_during_eq', set_add_during_eq), ('set_resize_during_eq', set_resize_during_eq),
                   ('set_discard_during_eq', set_discard_during_eq), ('set_contains_restart', set_contains_restart),
                   ('set_eq_raises', set_eq_raises), ('set_equal_keys', set_equal_keys),
                   ('dict_add_during_eq', dict_add_during_eq), ('dict_delete_during_eq', dict_delete_during_eq),
                   ('dict_lookup_equal', dict_lookup_equal)]:
    scenario(name, body)
w.close()
