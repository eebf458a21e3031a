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
from collections.abc import Mapping, MutableMapping, MutableSet

__all__ = ["ref", "ReferenceType", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


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

    def __len__(self):
        return sum(1 for _ in self._live())

    def __contains__(self, key):
        holder = self.data.get(key)
        return holder is not None and holder() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        for key, _ in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live():
            yield value

    def items(self):
        yield from self._live()

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

    def copy(self):
        twin = WeakValueDictionary()
        for key, value in self._live():
            twin[key] = value
        return twin

    __copy__ = copy

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


# --- WeakKeyDictionary ----------------------------------------------------------------------------

def _drop_key(mapping, dead):
    mapping.data.pop(dead, None)


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

    def __len__(self):
        return sum(1 for _ in self._live())

    def __contains__(self, key):
        try:
            holder = ref(key)
        except TypeError:
            return False
        return holder in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        for key, _ in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live():
            yield value

    def items(self):
        yield from self._live()

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

    def copy(self):
        twin = WeakKeyDictionary()
        for key, value in self._live():
            twin[key] = value
        return twin

    __copy__ = copy

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
