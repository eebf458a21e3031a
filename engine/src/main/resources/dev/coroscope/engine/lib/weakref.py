"""weakref for Coroscope: references that do not keep their object alive, and the containers and
finalizers built on them.

The engine has no reference counts: an object dies where the run's lifetime tracker finds it
unreachable (a name rebound or deleted, a value discarded, a frame returning, gc.collect()),
which for simple programs is where CPython's refcount drops it. The containers below hold
weak references in a plain dict or set (self.data) and drop an entry from the reference's
callback when its object dies."""

import _weakref
from _weakref import ref, ReferenceType, getweakrefcount, getweakrefs
import itertools as _itertools
from abc import update_abstractmethods as _update_abstractmethods
from collections.abc import Mapping, MutableMapping, MutableSet

__all__ = ["ref", "ReferenceType", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "proxy", "ProxyType",
           "CallableProxyType", "ProxyTypes"]


def _callback_for(container, forget):
    """A weakref callback calling forget(container, dead_ref). It holds the container strongly:
    the engine finds dead objects by reachability, so this cycle does not keep anything alive
    (and a weak reference to an object taken inside its own __init__ does not survive here)."""
    def on_death(dead):
        forget(container, dead)
    return on_death


# --- WeakMethod -----------------------------------------------------------------------------------

class WeakMethod:
    """Weak reference to a bound method: calling it gives the method again, or None once its
    object or its function has died."""

    def __init__(self, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None
        self._callback = callback
        self._meth_type = type(meth)
        notify = _callback_for(self, WeakMethod._part_died)
        self._obj_ref = ref(target, notify)
        self._func_ref = ref(function, notify)

    def _part_died(self, dead):
        callback, self._callback = self._callback, None
        if callback is not None:
            callback(self)

    def __call__(self):
        target, function = self._obj_ref(), self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def _alive(self):
        return self._obj_ref() is not None and self._func_ref() is not None

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive() and other._alive()):
            return self is other
        return (self._obj_ref, self._func_ref) == (other._obj_ref, other._func_ref)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


# --- WeakValueDictionary --------------------------------------------------------------------------

def _live_view(cls):
    """Gives a weak dictionary class the methods that only walk its live entries (self._live()),
    shared by both kinds; each class gets its own functions, named as its own methods."""

    def __len__(self):
        return sum(1 for _ in self._live())

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        for key, _ in self._live():
            yield key

    def values(self):
        for _, value in self._live():
            yield value

    def items(self):
        yield from self._live()

    def copy(self):
        # A plain dictionary of this kind, whatever subclass self is (as CPython's copy).
        twin = cls()
        for key, value in self._live():
            twin[key] = value
        return twin

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self

    for method in (__len__, __repr__, keys, values, items, copy, __or__, __ror__, __ior__):
        method.__qualname__ = cls.__name__ + "." + method.__name__
        method.__module__ = cls.__module__
        setattr(cls, method.__name__, method)
    cls.__iter__ = keys
    cls.__copy__ = copy
    return _update_abstractmethods(cls)


@_live_view
class WeakValueDictionary(MutableMapping):
    """Mapping whose entries go away when their value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        data = self.data

        def drop(dead, key):
            # Only if the entry still holds this reference (the key may have been reassigned).
            if data.get(key) is dead:
                del data[key]
        self._remove = drop
        self.update(other, **kw)

    def _live(self):
        """(key, value) of each entry whose value is alive, over a snapshot of the entries."""
        for key, holder in list(self.data.items()):
            value = holder()
            if value is not None:
                yield key, value

    def _hold(self, key, value):
        drop = self._remove
        self.data[key] = ref(value, lambda dead: drop(dead, key))

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._hold(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        holder = self.data.get(key)
        return holder is not None and holder() is not None

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        holder = self.data.get(key)
        value = None if holder is None else holder()
        return default if value is None else value

    def pop(self, key, *args):
        holder = self.data.pop(key, None)
        value = None if holder is None else holder()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, holder = self.data.popitem()
            value = holder()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        holder = self.data.get(key)
        value = None if holder is None else holder()
        if value is None:
            self._hold(key, default)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            pairs = other.items() if hasattr(other, "items") else dict(other).items()
            for key, value in pairs:
                self._hold(key, value)
        for key, value in kwargs.items():
            self._hold(key, value)

    def clear(self):
        self.data.clear()



# --- WeakKeyDictionary ----------------------------------------------------------------------------

def _drop_key(mapping, dead):
    mapping.data.pop(dead, None)


@_live_view
class WeakKeyDictionary(MutableMapping):
    """Mapping whose entries go away when their key dies; keys are looked up by weak reference,
    so they must be hashable and weakly referenceable."""

    def __init__(self, dict=None):
        self.data = {}
        self._remove = _callback_for(self, _drop_key)
        if dict is not None:
            self.update(dict)

    def _live(self):
        for holder, value in list(self.data.items()):
            key = holder()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            holder = ref(key)
        except TypeError:
            return False
        return holder in self.data

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            holder, value = self.data.popitem()
            key = holder()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        for source in (dict, kwargs):
            if source is None:
                continue
            pairs = source.items() if hasattr(source, "items") else type({})(source).items()
            for key, value in pairs:
                self[key] = value

    def clear(self):
        self.data.clear()



# --- WeakSet --------------------------------------------------------------------------------------

def _drop_member(members, dead):
    members.data.discard(dead)


def _refs_to(items, callback=None):
    return {ref(item, callback) for item in items}


def _compare_refs(set_method):
    """A WeakSet method applying set_method to self.data and weak references to other's items."""
    def method(self, other):
        return set_method(self.data, _refs_to(other))
    return method


class WeakSet(MutableSet):
    """Set whose members go away when they die."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _callback_for(self, _drop_member)
        if data is not None:
            self.update(data)

    def __iter__(self):
        for holder in list(self.data):
            member = holder()
            if member is not None:
                yield member

    def __len__(self):
        return sum(1 for _ in self)

    def __contains__(self, item):
        try:
            holder = ref(item)
        except TypeError:
            return False
        return holder in self.data

    def __reduce__(self):
        return type(self), (list(self),), getattr(self, "__dict__", None)

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        while self.data:
            member = self.data.pop()()
            if member is not None:
                return member
        raise KeyError("pop from empty WeakSet")

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    # In-place operations working on the reference set.

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data -= _refs_to(other)
        return self

    def __iand__(self, other):
        self.data &= _refs_to(other)
        return self

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data ^= _refs_to(other, self._remove)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def intersection_update(self, other):
        self.__iand__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    # Operations giving a new WeakSet.

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    def intersection(self, other):
        return type(self)(item for item in other if item in self)

    def union(self, other):
        return type(self)(item for part in (self, other) for item in part)

    __sub__ = difference
    __xor__ = symmetric_difference
    __and__ = intersection
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    issubset = __le__ = _compare_refs(set.issubset)
    issuperset = __ge__ = _compare_refs(set.issuperset)
    __lt__ = _compare_refs(set.__lt__)
    __gt__ = _compare_refs(set.__gt__)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == _refs_to(other)


WeakSet.__module__ = "_weakrefset"


# --- finalize -------------------------------------------------------------------------------------

class finalize:
    """Calls func(*args, **kwargs) once: when obj dies, when the finalizer is called, or (if its
    atexit flag is still set) when the program ends, the newest finalizers first."""

    __slots__ = ()
    _registry = {}          # live finalizer -> its _Info
    _registered_with_atexit = False
    _index_iter = _itertools.count()    # numbers the finalizers in creation order

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._registered_with_atexit:
            import atexit
            atexit.register(cls._exitfunc)
            cls._registered_with_atexit = True
        info = cls._Info()
        info.weakref = ref(obj, self)
        info.func, info.args, info.kwargs = func, args, kwargs or None
        info.atexit = True
        info.index = next(cls._index_iter)
        cls._registry[self] = info

    def _live_info(self):
        """(info, obj) while the finalizer is pending and obj alive, else (info or None, None)."""
        info = finalize._registry.get(self)
        return info, (info.weakref() if info else None)

    def __call__(self, _=None):
        info = finalize._registry.pop(self, None)
        if info:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info, obj = self._live_info()
        if obj is not None and finalize._registry.pop(self, None):
            return obj, info.func, info.args, info.kwargs or {}

    def peek(self):
        info, obj = self._live_info()
        if obj is not None:
            return obj, info.func, info.args, info.kwargs or {}

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        _, obj = self._live_info()
        here = "<%s object at %#x" % (type(self).__name__, id(self))
        if obj is None:
            return here + "; dead>"
        return here + "; for %r at %#x>" % (type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        import sys
        while True:
            pending = [(info.index, f) for f, info in cls._registry.items() if info.atexit]
            if not pending:
                return
            _, newest = max(pending, key=lambda entry: entry[0])
            try:
                newest()
            except Exception:
                sys.excepthook(*sys.exc_info())


# --- proxy ----------------------------------------------------------------------------------------
# A proxy forwards everything (attributes, operators, calls) to its object while the object lives,
# and raises ReferenceError once it is gone. Its reference is kept in a slot the forwarding
# __getattribute__ does not see.

def _alive(proxy_obj):
    target = object.__getattribute__(proxy_obj, '_proxy_ref')()
    if target is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return target


def _plain(value):
    """The object behind a proxy (comparisons unwrap both sides), else the value itself."""
    if isinstance(type(value), type) and issubclass(type(value), ProxyType):
        return _alive(value)
    return value


def _forward(name):
    def method(self, *args):
        return getattr(_alive(self), name)(*args)
    method.__name__ = name
    return method


def _forward_binary(op):
    def method(self, other):
        return op(_alive(self), _plain(other))
    return method


def _forward_reflected(op):
    def method(self, other):
        return op(_plain(other), _alive(self))
    return method


class ProxyType:
    __slots__ = ('_proxy_ref', '__weakref__')

    def __getattribute__(self, name):
        return getattr(_alive(self), name)

    def __setattr__(self, name, value):
        setattr(_alive(self), name, value)

    def __delattr__(self, name):
        delattr(_alive(self), name)

    def __repr__(self):
        target = object.__getattribute__(self, '_proxy_ref')()
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(target).__name__ if target is not None
                                                      else 'NoneType', id(target))

    def __str__(self):
        return str(_alive(self))

    def __bool__(self):
        return bool(_alive(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __len__(self):
        return len(_alive(self))

    def __iter__(self):
        return iter(_alive(self))

    def __next__(self):
        return next(_alive(self))

    def __reversed__(self):
        return reversed(_alive(self))

    def __contains__(self, item):
        return item in _alive(self)

    def __index__(self):
        return _operator.index(_alive(self))

    def __int__(self):
        return int(_alive(self))

    def __float__(self):
        return float(_alive(self))

    def __bytes__(self):
        return bytes(_alive(self))

    def __neg__(self):
        return -_alive(self)

    def __pos__(self):
        return +_alive(self)

    def __abs__(self):
        return abs(_alive(self))

    def __invert__(self):
        return ~_alive(self)


import operator as _operator

for _name in ('__getitem__', '__setitem__', '__delitem__', '__enter__', '__exit__'):
    setattr(ProxyType, _name, _forward(_name))
for _name, _op in (('eq', _operator.eq), ('ne', _operator.ne), ('lt', _operator.lt), ('le', _operator.le),
                   ('gt', _operator.gt), ('ge', _operator.ge)):
    setattr(ProxyType, '__%s__' % _name, _forward_binary(_op))
for _name, _op in (('add', _operator.add), ('sub', _operator.sub), ('mul', _operator.mul),
                   ('truediv', _operator.truediv), ('floordiv', _operator.floordiv), ('mod', _operator.mod),
                   ('pow', _operator.pow), ('matmul', _operator.matmul), ('lshift', _operator.lshift),
                   ('rshift', _operator.rshift), ('and', _operator.and_), ('or', _operator.or_),
                   ('xor', _operator.xor)):
    setattr(ProxyType, '__%s__' % _name, _forward_binary(_op))
    setattr(ProxyType, '__r%s__' % _name, _forward_reflected(_op))
del _name, _op


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _alive(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    kind = CallableProxyType if callable(object) else ProxyType
    made = _object_new(kind)
    if callback is None:
        target_ref = ref(object)
    else:
        target_ref = ref(object, lambda dead: callback(made))
    _object_setattr(made, '_proxy_ref', target_ref)
    return made


_object_new = object.__new__
_object_setattr = object.__setattr__
