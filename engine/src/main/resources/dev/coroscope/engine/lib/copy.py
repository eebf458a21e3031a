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
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice, property,
          _types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), _types.FunctionType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    cls = type(x)
    if cls in _FAST:
        return _deep_builtin(x, memo, deepcopy)
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = x
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}
# plain data (exact lists, dicts, tuples and their None/bool/int/float/str leaves) is copied by
# _copy.deep_builtin, which calls back here for anything else
_FAST = {list, dict, tuple, type(None), bool, int, float, str}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, bytes, str, _types.CodeType,
          type, range, _types.BuiltinFunctionType, _types.FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_types.MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
