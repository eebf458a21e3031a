"""collections, the part written in Python (deque, defaultdict, namedtuple and _count_elements come
from the engine's Java core): OrderedDict, Counter, ChainMap and the User* wrappers."""

import collections.abc as _abc
import operator as _op
import sys as _sys
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

abc = _abc
_abc.MutableSequence.register(deque)

_repr_busy = set()


def _repr_once(render):
    """Wraps a __repr__ so that a container reached again while being shown prints as '...'."""
    def __repr__(self):
        token = id(self)
        if token in _repr_busy:
            return '...'
        _repr_busy.add(token)
        try:
            return render(self)
        finally:
            _repr_busy.discard(token)
    __repr__.__qualname__ = render.__qualname__
    return __repr__


# ---------------------------------------------------------------------------------------------
# OrderedDict: the engine's dict already keeps insertion order, so only reordering is added.

class OrderedDict(dict):
    """dict that can reorder its keys and compares order-sensitively with another OrderedDict."""

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        dict.__init__(self, *args, **kwds)

    def move_to_end(self, key, last=True):
        moved = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, moved)
        else:
            tail = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, moved)
            dict.update(self, tail)

    def popitem(self, last=True):
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        order = reversed(self.keys()) if last else iter(self.keys())
        key = next(order)
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(self.keys())

    def __eq__(self, other):
        same = dict.__eq__(self, other)
        if same is True and isinstance(other, OrderedDict):
            return list(self) == list(other)
        return same

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    @_repr_once
    def __repr__(self):
        name = type(self).__name__
        return f'{name}({list(self.items())!r})' if self else f'{name}()'

    def copy(self):
        return type(self)(self)

    def __or__(self, other):
        if isinstance(other, dict):
            merged = type(self)(self)
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = type(self)(other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


import _coroscope
_coroscope.c_type_name(OrderedDict, "collections.OrderedDict")
del _coroscope


# ---------------------------------------------------------------------------------------------
# Counter

def _keys_of_both(a, b):
    """The keys of a, then those of b that a lacks."""
    yield from a
    for key in b:
        if key not in a:
            yield key


def _larger(x, y):
    return y if x < y else x


def _smaller(x, y):
    return x if x < y else y


def _counter_binary(combine):
    """A Counter operator: combine the two counts of every key, keep only positive results."""
    def operator(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for key in _keys_of_both(self, other):
            n = combine(self[key], other[key])
            if n > 0:
                out[key] = n
        return out
    return operator


def _counter_compare(test):
    def compare(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(test(self[key], other[key]) for key in _keys_of_both(self, other))
    return compare


class Counter(dict):
    """dict subclass counting hashable things; a missing key counts zero."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting needs the iterable itself; a common value for every key makes no sense here.
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=_op.itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if not isinstance(iterable, _abc.Mapping):
                _count_elements(self, iterable)
            elif not self:
                dict.update(self, iterable)
            else:
                for key, n in iterable.items():
                    self[key] = n + self.get(key, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                pairs = iterable.items()
            else:
                pairs = zip(iterable, _repeat(1))
            for key, n in pairs:
                self[key] = self.get(key, 0) - n
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f'{name}()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{name}({shown!r})'

    __eq__ = _counter_compare(_op.eq)
    __le__ = _counter_compare(_op.le)
    __ge__ = _counter_compare(_op.ge)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    __add__ = _counter_binary(_op.add)
    __sub__ = _counter_binary(_op.sub)
    __or__ = _counter_binary(_larger)
    __and__ = _counter_binary(_smaller)

    def __pos__(self):
        return Counter({key: n for key, n in self.items() if n > 0})

    def __neg__(self):
        return Counter({key: 0 - n for key, n in self.items() if n < 0})

    def _keep_positive(self):
        for key in [key for key, n in self.items() if not n > 0]:
            del self[key]
        return self

    def __iadd__(self, other):
        for key, n in other.items():
            self[key] += n
        return self._keep_positive()

    def __isub__(self, other):
        for key, n in other.items():
            self[key] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for key, n in other.items():
            if n > self[key]:
                self[key] = n
        return self._keep_positive()

    def __iand__(self, other):
        for key, n in self.items():
            theirs = other[key]
            if theirs < n:
                self[key] = theirs
        return self._keep_positive()


# ---------------------------------------------------------------------------------------------
# ChainMap

class ChainMap(_abc.MutableMapping):
    """Several mappings seen as one: reads search self.maps in order, writes change maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        keys = {}
        for layer in self.maps[::-1]:
            for key in layer:
                keys[key] = None
        return keys

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        return any(self.maps)

    @_repr_once
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join([repr(m) for m in self.maps]))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = {}
        if kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    # Every change goes to maps[0]; a KeyError there is re-raised with a message naming it.

    def _change_first(self, change, problem):
        try:
            return change(self.maps[0])
        except KeyError:
            raise KeyError(problem)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        self._change_first(lambda first: first.__delitem__(key),
                           f'Key not found in the first mapping: {key!r}')

    def pop(self, key, *args):
        return self._change_first(lambda first: first.pop(key, *args),
                                  f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        return self._change_first(lambda first: first.popitem(), 'No keys found in the first mapping.')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return type(self)(flat)


# ---------------------------------------------------------------------------------------------
# UserDict, UserList, UserString: wrappers around self.data meant to be subclassed.

def _forward(name):
    """A method that calls the same-named method of self.data."""
    def method(self, /, *args, **kwargs):
        return getattr(self.data, name)(*args, **kwargs)
    method.__name__ = name
    return method


def _on_data(convert):
    """A method returning convert(self.data)."""
    def method(self):
        return convert(self.data)
    return method


class UserDict(_abc.MutableMapping):
    """Mapping whose items live in the plain dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        self.update(() if dict is None else dict, **kwargs)

    __len__ = _forward('__len__')
    __iter__ = _forward('__iter__')
    __contains__ = _forward('__contains__')
    __setitem__ = _forward('__setitem__')
    __delitem__ = _forward('__delitem__')
    __repr__ = _forward('__repr__')

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'].copy()
        return twin

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        twin = copy.copy(self)
        twin.data = {}
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _list_of(other):
    """other as a list for UserList's operators: a UserList's data, a list itself, else list(other)."""
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, list):
        return other
    return list(other)


def _list_compare(test):
    def compare(self, other):
        return test(self.data, self._UserList__cast(other))
    return compare


class UserList(_abc.MutableSequence):
    """Mutable sequence whose items live in the plain list self.data."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    __repr__ = _forward('__repr__')
    __len__ = _forward('__len__')
    __contains__ = _forward('__contains__')
    __setitem__ = _forward('__setitem__')
    __delitem__ = _forward('__delitem__')
    append = _forward('append')
    insert = _forward('insert')
    pop = _forward('pop')
    remove = _forward('remove')
    clear = _forward('clear')
    count = _forward('count')
    index = _forward('index')
    reverse = _forward('reverse')
    sort = _forward('sort')

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __lt__ = _list_compare(_op.lt)
    __le__ = _list_compare(_op.le)
    __eq__ = _list_compare(_op.eq)
    __gt__ = _list_compare(_op.gt)
    __ge__ = _list_compare(_op.ge)
    __hash__ = None

    def __getitem__(self, i):
        got = self.data[i]
        return type(self)(got) if isinstance(i, slice) else got

    def __add__(self, other):
        return type(self)(self.data + _list_of(other))

    def __radd__(self, other):
        return type(self)(_list_of(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    def __iadd__(self, other):
        self.data += _list_of(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    __rmul__ = __mul__

    def __copy__(self):
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin.__dict__['data'] = self.__dict__['data'][:]
        return twin

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


def _text_of(value):
    return value.data if isinstance(value, UserString) else value


def _string_compare(test):
    def compare(self, other):
        return test(self.data, _text_of(other))
    return compare


class UserString(_abc.Sequence):
    """Sequence of characters whose text lives in the plain str self.data."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    __str__ = _on_data(str)
    __repr__ = _on_data(repr)
    __int__ = _on_data(int)
    __float__ = _on_data(float)
    __complex__ = _on_data(complex)
    __hash__ = _on_data(hash)
    __len__ = _on_data(len)

    def __getnewargs__(self):
        return (self.data[:],)

    __eq__ = _string_compare(_op.eq)
    __lt__ = _string_compare(_op.lt)
    __le__ = _string_compare(_op.le)
    __gt__ = _string_compare(_op.gt)
    __ge__ = _string_compare(_op.ge)

    def __contains__(self, char):
        return _text_of(char) in self.data

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if not isinstance(other, (str, UserString)):
            other = str(other)
        return type(self)(self.data + _text_of(other))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_text_of(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_text_of(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_text_of(sub), start, end)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(_text_of(old), _text_of(new), maxsplit))

    maketrans = str.maketrans


def _install_str_methods():
    """Gives UserString the remaining str methods: those in `wrapped` return type(self) around
    str's result (their str arguments may be UserStrings), the others return str's result as is."""
    wrapped = ('capitalize casefold center expandtabs ljust lower lstrip removeprefix removesuffix rjust '
               'rstrip strip swapcase title translate upper zfill').split()
    plain = ('format format_map join partition rpartition split rsplit splitlines isalpha isalnum isascii '
             'isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper').split()
    unwrap_args = {'removeprefix', 'removesuffix'}

    def make(name, rewrap):
        str_method = getattr(str, name)
        if name in unwrap_args:
            def method(self, arg, /):
                return type(self)(str_method(self.data, _text_of(arg)))
        elif rewrap:
            def method(self, /, *args, **kwargs):
                return type(self)(str_method(self.data, *args, **kwargs))
        else:
            def method(self, /, *args, **kwargs):
                return str_method(self.data, *args, **kwargs)
        method.__name__ = name
        method.__qualname__ = 'UserString.' + name
        return method

    for names, rewrap in ((wrapped, True), (plain, False)):
        for name in names:
            setattr(UserString, name, make(name, rewrap))


_install_str_methods()
del _install_str_methods
