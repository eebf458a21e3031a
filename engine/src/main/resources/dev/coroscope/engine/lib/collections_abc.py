"""collections.abc for Coroscope: the abstract container classes with their mixin methods, and the
built-in types registered with them.

The one-method protocols (Hashable, Iterable, Awaitable, ...) are built from a table by _protocol;
the containers (Set, Mapping, Sequence and their mutable forms) are ordinary classes."""

import operator as _op
from abc import ABCMeta, abstractmethod

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable",
           "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView",
           "ValuesView", "Sequence", "MutableSequence", "ByteString"]


# --- structural checks ---------------------------------------------------------------------------

def _defines_all(C, names):
    """True when C's MRO defines every name (and no class on the way sets it to None), else
    NotImplemented so that the ordinary subclass rules decide."""
    for name in names:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


_required = {}   # protocol class -> the method names its __subclasshook__ looks for


def _structural_hook(cls, C):
    names = _required.get(cls)
    return NotImplemented if names is None else _defines_all(C, names)


_structural_hook = classmethod(_structural_hook)


def _alias(cls, item):
    import types
    return types.GenericAlias(cls, item)


# --- method bodies shared by the protocols ---------------------------------------------------------

def _constant(value):
    def method(self, *args, **kwds):
        return value
    return method


def _nothing_to_yield():
    def method(self):
        yield from ()
    return method


def _raising(exc_type):
    def method(self, *args):
        raise exc_type
    return method


def _async_raising(exc_type):
    async def method(self, *args):
        raise exc_type
    return method


def _abstract_raising(qualname, exc_type):
    """An abstract method (named by its qualname) whose body raises exc_type."""
    method = _raising(exc_type)
    method.__qualname__ = qualname
    method.__name__ = qualname.rpartition('.')[2]
    return abstractmethod(method)


def _await_default():
    def method(self):
        yield
    return method


def _itself():
    def method(self):
        return self
    return method


def _thrown(typ, val, tb):
    """The exception that throw(typ, val, tb) stands for, in the generator protocol's spelling."""
    if val is None:
        if tb is None:
            return typ
        val = typ()
    return val if tb is None else val.with_traceback(tb)


def _throw():
    def throw(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)
    return throw


def _athrow():
    async def athrow(self, typ, val=None, tb=None):
        raise _thrown(typ, val, tb)
    return athrow


def _close(kind):
    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError(f"{kind} ignored GeneratorExit")
    return close


def _next_by_send():
    def __next__(self):
        return self.send(None)
    return __next__


def _anext_by_asend():
    async def __anext__(self):
        return await self.asend(None)
    return __anext__


def _aclose():
    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")
    return aclose


def _protocol(name, bases, abstract, mixins, checks, generic=False):
    """Builds one protocol ABC: `abstract` and `mixins` map method names to their bodies; `checks`
    lists the methods whose presence makes any class a virtual subclass."""
    namespace = {'__module__': __name__, '__qualname__': name, '__slots__': ()}
    for table, mark in ((abstract, True), (mixins, False)):
        for method_name, body in table.items():
            body.__name__ = method_name
            body.__qualname__ = f'{name}.{method_name}'
            namespace[method_name] = abstractmethod(body) if mark else body
    namespace['__subclasshook__'] = _structural_hook
    if generic:
        namespace['__class_getitem__'] = classmethod(_alias)
    cls = ABCMeta(name, bases or (), namespace)
    _required[cls] = checks
    return cls


Hashable = _protocol('Hashable', (), {'__hash__': _constant(0)}, {}, ('__hash__',))

Awaitable = _protocol('Awaitable', (), {'__await__': _await_default()}, {}, ('__await__',), generic=True)

Coroutine = _protocol('Coroutine', (Awaitable,),
                      {'send': _raising(StopIteration), 'throw': _throw()},
                      {'close': _close('coroutine')},
                      ('__await__', 'send', 'throw', 'close'))

AsyncIterable = _protocol('AsyncIterable', (), {'__aiter__': lambda self: AsyncIterator()}, {},
                          ('__aiter__',), generic=True)

AsyncIterator = _protocol('AsyncIterator', (AsyncIterable,),
                          {'__anext__': _async_raising(StopAsyncIteration)},
                          {'__aiter__': _itself()},
                          ('__anext__', '__aiter__'))

AsyncGenerator = _protocol('AsyncGenerator', (AsyncIterator,),
                           {'asend': _async_raising(StopAsyncIteration), 'athrow': _athrow()},
                           {'__anext__': _anext_by_asend(), 'aclose': _aclose()},
                           ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'))

Iterable = _protocol('Iterable', (), {'__iter__': _nothing_to_yield()}, {}, ('__iter__',), generic=True)

Iterator = _protocol('Iterator', (Iterable,), {'__next__': _raising(StopIteration)},
                     {'__iter__': _itself()}, ('__iter__', '__next__'))

Reversible = _protocol('Reversible', (Iterable,), {'__reversed__': _nothing_to_yield()}, {},
                       ('__reversed__', '__iter__'))

Generator = _protocol('Generator', (Iterator,),
                      {'send': _raising(StopIteration), 'throw': _throw()},
                      {'__next__': _next_by_send(), 'close': _close('generator')},
                      ('__iter__', '__next__', 'send', 'throw', 'close'))

Sized = _protocol('Sized', (), {'__len__': _constant(0)}, {}, ('__len__',))

Container = _protocol('Container', (), {'__contains__': _constant(False)}, {}, ('__contains__',),
                      generic=True)

Collection = _protocol('Collection', (Sized, Iterable, Container), {}, {},
                       ('__len__', '__iter__', '__contains__'))

Callable = _protocol('Callable', (), {'__call__': _constant(False)}, {}, ('__call__',), generic=True)


# --- sets ----------------------------------------------------------------------------------------

def _each_in(items, container):
    return all(item in container for item in items)


def _set_comparison(sizes_agree, members_agree):
    def compare(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return sizes_agree(len(self), len(other)) and members_agree(self, other)
    return compare


def _new_set(cls, it):
    return set(it)


def _as_set_operand(self, other):
    """other ready for a set operator of self: a Set as is, another iterable made into one of
    self's kind; None when other cannot take part (the operator then returns NotImplemented)."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return self._from_iterable(other)
    return None


class Set(Collection):
    """Finite iterable container; comparisons and the operators & | - ^ come from
    __contains__, __iter__ and __len__."""
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # Each comparison checks the sizes first, then the members (the strict ones via <= or >=).
    __le__ = _set_comparison(_op.le, lambda a, b: _each_in(a, b))
    __ge__ = _set_comparison(_op.ge, lambda a, b: _each_in(b, a))
    __lt__ = _set_comparison(_op.lt, lambda a, b: a.__le__(b))
    __gt__ = _set_comparison(_op.gt, lambda a, b: a.__ge__(b))
    __eq__ = _set_comparison(_op.eq, lambda a, b: a.__le__(b))

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for part in (self, other) for item in part)

    def __sub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set_operand(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        combined = 0
        for item in self:
            combined ^= hash(item)
        return combined


class MutableSet(Set):
    """Set with add and discard; the other mutators are built on them."""
    __slots__ = ()

    add = _abstract_raising('MutableSet.add', NotImplementedError)
    discard = _abstract_raising('MutableSet.discard', NotImplementedError)

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError from None

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


# --- mappings ------------------------------------------------------------------------------------

class Mapping(Collection):
    """Read-only mapping: get, in, keys, items, values and == from __getitem__, __iter__, __len__."""
    __slots__ = ()

    __getitem__ = _abstract_raising('Mapping.__getitem__', KeyError)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    __class_getitem__ = classmethod(_alias)


class KeysView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_new_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_new_set)

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_absent = object()


def _pairs_of(source):
    """The (key, value) pairs update() takes from a mapping, an object with keys(), or pairs."""
    if isinstance(source, Mapping):
        keys = source
    elif hasattr(source, 'keys'):
        keys = source.keys()
    else:
        return source
    return ((key, source[key]) for key in keys)


class MutableMapping(Mapping):
    """Mapping with __setitem__ and __delitem__; pop, popitem, clear, update, setdefault built on them."""
    __slots__ = ()

    __setitem__ = _abstract_raising('MutableMapping.__setitem__', KeyError)
    __delitem__ = _abstract_raising('MutableMapping.__delitem__', KeyError)

    def pop(self, key, default=_absent):
        try:
            value = self[key]
        except KeyError:
            if default is _absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError from None

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        for pairs in (_pairs_of(other), kwds.items()):
            for key, value in pairs:
                self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


# --- sequences -----------------------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """Read-only sequence: iteration, in, reversed, index and count from __getitem__ and __len__."""
    __slots__ = ()

    __getitem__ = _abstract_raising('Sequence.__getitem__', IndexError)

    def __iter__(self):
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(v is value or v == value for v in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if item is value or item == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """Sequence with __setitem__, __delitem__ and insert; the list methods are built on them."""
    __slots__ = ()

    __setitem__ = _abstract_raising('MutableSequence.__setitem__', IndexError)
    __delitem__ = _abstract_raising('MutableSequence.__delitem__', IndexError)
    insert = _abstract_raising('MutableSequence.insert', IndexError)

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        low, high = 0, len(self) - 1
        while low < high:
            self[low], self[high] = self[high], self[low]
            low += 1
            high -= 1

    def extend(self, values):
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# --- the built-in types --------------------------------------------------------------------------

def _make_generator():
    yield


async def _make_coroutine():
    pass


async def _make_async_generator():
    yield


def _register_builtins():
    coroutine = _make_coroutine()
    Coroutine.register(type(coroutine))
    coroutine.close()
    AsyncGenerator.register(type(_make_async_generator()))
    Generator.register(type(_make_generator()))
    samples = (b'', {}.keys(), {}.values(), {}.items(), [], reversed([]), range(0), set(), '', (),
               zip(), map(None, ()), filter(None, ()), enumerate(()))
    for sample in samples:
        Iterator.register(type(iter(sample)))
    for abc_class, concrete in ((Set, frozenset), (MutableSet, set), (Mapping, type(type.__dict__)),
                                (MutableMapping, dict), (KeysView, type({}.keys())),
                                (ValuesView, type({}.values())), (ItemsView, type({}.items())),
                                (Sequence, tuple), (Sequence, str), (Sequence, range), (ByteString, bytes),
                                (MutableSequence, list)):
        abc_class.register(concrete)
    # The engine's built-in callables do not list __call__ in their type's __dict__, so the
    # structural check cannot see them: register their types explicitly.
    for sample in (len, [].append, (1).__add__, object.__init__, str.join, int, staticmethod(len)):
        Callable.register(type(sample))
    import functools
    Callable.register(functools.partial)


_register_builtins()
del _register_builtins
