"""reprlib for Coroscope: Repr (size-limited reprs of containers, strings, ints and other objects,
with CPython 3.11's limits, fill value and nesting level), the module-level repr() and the
recursive_repr decorator. Written for the engine."""

import builtins

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: while the repr of an object is being built, a nested
    request for the same object's repr gives fillvalue instead of recursing forever."""

    def decorate(method):
        active = set()

        def wrapper(self):
            marker = id(self)
            if marker in active:
                return fillvalue
            active.add(marker)
            try:
                return method(self)
            finally:
                active.discard(marker)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _in_order(x):
    # sets and dict keys are shown sorted when their items compare, else as they iterate
    try:
        return sorted(x)
    except Exception:
        return list(x)


_LIMITS = (('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6), ('maxarray', 5), ('maxdict', 4), ('maxset', 6),
           ('maxfrozenset', 6), ('maxdeque', 6), ('maxstring', 30), ('maxlong', 40), ('maxother', 30))


class Repr:
    """Limits for each kind of object; repr(x) applies them, nesting at most maxlevel deep. A
    subclass adds repr_<typename>(obj, level) methods for more types."""

    def __init__(self):
        self.fillvalue = '...'
        for name, value in _LIMITS:
            setattr(self, name, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + kind, None)
        return self.repr_instance(x, level) if handler is None else handler(x, level)

    def _middle_cut(self, text, limit):
        """text shortened to about limit characters: its start, the fill value, its end."""
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            return left + self.fillvalue + right
        shown = []
        for item in x:
            if len(shown) == maxiter:
                break
            shown.append(self.repr1(item, level - 1))
        if count > maxiter:
            shown.append(self.fillvalue)
        if count == 1 and trail:
            right = trail + right
        return left + ', '.join(shown) + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        opening = "array('%s'" % x.typecode
        if not x:
            return opening + ')'
        return self._repr_iterable(x, level, opening + ', [', '])', self.maxarray)

    def repr_set(self, x, level):
        return self._repr_iterable(_in_order(x), level, '{', '}', self.maxset) if x else 'set()'

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        entries = []
        for key in _in_order(x):
            if len(entries) == self.maxdict:
                break
            entries.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        # quote the kept ends together, then cut the quoted text the same way
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        text = builtins.repr(x)
        return self._middle_cut(text, self.maxlong) if len(text) > self.maxlong else text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._middle_cut(text, self.maxother) if len(text) > self.maxother else text


aRepr = Repr()
repr = aRepr.repr
