"""copy for Coroscope: shallow and deep copies following CPython 3.11's protocol: per-type copiers
for the built-in containers, __copy__/__deepcopy__, then the object's reduction (__reduce_ex__,
__reduce__, or object's default: a new instance of the class plus its __dict__ and slot values,
list or dict items, __getnewargs__/__getstate__/__setstate__), with a memo dict keyed by id() so
shared and recursive structures stay shared. Written for the engine."""

import types as _types
from _copy import deep_builtin as _deep_builtin

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = vars(c).get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not object.__getstate__:
        return x.__getstate__()
    try:
        d = x.__dict__
    except AttributeError:
        d = None
    state = d if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _solid_builtin_base(cls):
    """The first class in the MRO implemented by the engine itself (no __module__ in its dict)."""
    for c in cls.__mro__:
        if c is object:
            return object
        if '__module__' not in vars(c):
            return c
    return object


def _object_reduce(x):
    """What object.__reduce_ex__(4) gives in CPython for an object whose class does not define
    its own reduction."""
    cls = type(x)
    base = _solid_builtin_base(cls)
    import collections
    if base is object:
        return (_newobj, (cls,), _default_state(x, cls))
    if issubclass(cls, collections.defaultdict):
        return (cls, (x.default_factory,), _default_state(x, cls), None, iter(x.items()))
    if issubclass(cls, collections.deque):
        args = ((), x.maxlen) if x.maxlen is not None else ()
        return (cls, args, _default_state(x, cls), iter(x))
    if base is list:
        return (_newobj, (cls,), _default_state(x, cls), iter(x))
    if base is dict:
        return (_newobj, (cls,), _default_state(x, cls), None, iter(x.items()))
    if base in (set, frozenset):
        return (cls, (list(x),), _default_state(x, cls))
    if base is bytearray:
        return (cls, (bytes(x),), _default_state(x, cls))
    if base in (tuple, int, float, str, bytes, complex):
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None and '__module__' in vars(_defining_class(cls, '__getnewargs__')):
            args = x.__getnewargs__()
        else:
            args = (base(x),)
        return (_newobj, (cls,) + tuple(args), _default_state(x, cls))
    return x.__reduce_ex__(4)


def _defining_class(cls, name):
    for c in cls.__mro__:
        if name in vars(c):
            return c
    return object


def _reduce(x, cls):
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not object.__reduce__:
        return x.__reduce__()
    return _object_reduce(x)


def copy(x):
    """A shallow copy of x: a new container holding the same items, or, for other objects, a new
    object built from x's reduction (x itself for immutable values)."""
    kind = type(x)
    if kind in _SHALLOW_SAME or issubclass(kind, type):
        return x
    if kind in _SHALLOW_COPY:
        return x.copy()
    own = getattr(kind, "__copy__", None)
    if own is not None:
        return own(x)
    reduced = _reduce(x, kind)
    return x if isinstance(reduced, str) else _rebuild(x, reduced, None)


_SHALLOW_SAME = {type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice, property,
                 _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), _types.FunctionType}
_SHALLOW_COPY = {list, dict, set, bytearray}

# plain data (exact lists, dicts, tuples and their None/bool/int/float/str leaves) is copied by
# _copy.deep_builtin, which calls back into deepcopy for anything else
_FAST = {list, dict, tuple, type(None), bool, int, float, str}
_DEEP_SAME = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str, _types.CodeType,
              type, range, _types.BuiltinFunctionType, _types.FunctionType, property}


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and objects are copied recursively; memo maps id() of what
    was already copied to its copy, so shared parts stay shared and cycles end."""
    if memo is None:
        memo = {}
    kind = type(x)
    if kind in _FAST:
        return _deep_builtin(x, memo, deepcopy)
    key = id(x)
    earlier = memo.get(key, _nil)
    if earlier is not _nil:
        return earlier
    if kind in _DEEP_SAME or issubclass(kind, type):
        return x
    if kind is set or kind is frozenset or kind is bytearray:
        result = _rebuild(x, _object_reduce(x), memo)
    elif kind is _types.MethodType:
        result = kind(x.__func__, deepcopy(x.__self__, memo))
    else:
        own = getattr(x, "__deepcopy__", None)
        if own is not None:
            result = own(memo)
        else:
            reduced = _reduce(x, kind)
            result = x if isinstance(reduced, str) else _rebuild(x, reduced, memo)
    if result is not x:
        memo[key] = result
        alive = memo.get(id(memo))
        if alive is None:
            memo[id(memo)] = [x]
        else:
            alive.append(x)
    return result


def _rebuild(x, reduced, memo):
    """The object a reduction (callable, args[, state[, list items[, dict items]]]) describes; with
    a memo, the arguments, state and items are deep-copied."""
    func, args = reduced[0], reduced[1]
    rest = tuple(reduced[2:]) + (None, None, None)
    state, items, pairs = rest[0], rest[1], rest[2]
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    made = func(*args)
    if deep:
        memo[id(x)] = made
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(made, '__setstate__'):
            made.__setstate__(state)
        else:
            slot_values = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slot_values = state
            if state is not None:
                made.__dict__.update(state)
            for name, value in (slot_values or {}).items():
                setattr(made, name, value)
    if items is not None:
        for item in items:
            made.append(deepcopy(item, memo) if deep else item)
    if pairs is not None:
        for k, v in pairs:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            made[k] = v
    return made
