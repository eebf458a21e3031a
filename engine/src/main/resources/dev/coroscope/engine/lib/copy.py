"""copy for Coroscope: copy() and deepcopy() with the hooks CPython honours (__copy__, __deepcopy__,
__reduce_ex__/__reduce__, __getnewargs__, __getstate__/__setstate__, __slots__) and its results for the
built-in types. Written for the engine."""

import types as _types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

# Values of these types are never duplicated: a copy is the value itself.
_ATOMS = frozenset([type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
                    type(NotImplemented), property, _types.FunctionType, _types.BuiltinFunctionType,
                    _types.CodeType, slice])
_CONTAINERS = (list, dict, set, bytearray)
# Running code has no state a copy could be made from.
_NOT_PICKLABLE = frozenset([_types.GeneratorType, _types.CoroutineType, _types.AsyncGeneratorType,
                            _types.FrameType])


def _user_method(cls, name):
    """cls's own (or inherited, not object's) method called name, or None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in vars(klass):
            return vars(klass)[name]
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = vars(klass).get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            if name not in names:
                names.append(name)
    return names


def _state_of(x, cls):
    """What CPython's default __getstate__ gives: the instance dict, or (dict or None, slot values)."""
    getstate = _user_method(cls, '__getstate__')
    if getstate is not None:
        return getstate(x)
    own = getattr(x, '__dict__', None) if not isinstance(x, type) else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (own or None, slots)
    return own or None


def _reduction(x, cls):
    """(make, args, state, list items, dict items) for x: its own __reduce_ex__/__reduce__ if it has one."""
    for name in ('__reduce_ex__', '__reduce__'):
        hook = _user_method(cls, name)
        if hook is not None:
            rv = hook(x, 4) if name == '__reduce_ex__' else hook(x)
            if isinstance(rv, str):
                return rv
            if not isinstance(rv, tuple) or not 2 <= len(rv) <= 6:
                raise Error('un(shallow)copyable object of type %s' % cls)
            return tuple(rv) + (None,) * (5 - len(rv[:5]))
    if cls in _NOT_PICKLABLE:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if cls.__module__ == '_thread' and cls.__name__ in ('lock', 'RLock'):
        # threading's locks (written in Python here, in C in CPython) hold no copyable state.
        raise TypeError("cannot pickle '_thread.%s' object" % cls.__name__)
    kind = _builtin_kind(x)
    if kind is not None:
        return kind
    if isinstance(x, BaseException):
        return (cls, x.args, getattr(x, '__dict__', None) or None, None, None)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _state_of(x, cls), None, None)
    getnewargs = _user_method(cls, '__getnewargs__')
    if getnewargs is None:
        for base, convert in ((int, int), (float, float), (str, str), (bytes, bytes), (tuple, tuple),
                              (complex, complex)):
            if isinstance(x, base):
                getnewargs = lambda obj, convert=convert: (convert(obj),)
                break
    args = tuple(getnewargs(x)) if getnewargs is not None else ()
    return (_rebuild_new, (cls,) + args, _state_of(x, cls),
            iter(x) if isinstance(x, list) else None,
            iter(x.items()) if isinstance(x, dict) else None)


def _builtin_kind(x):
    """The reduction of the built-in containers whose contents are not in their __dict__."""
    import collections
    cls = type(x)
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), _state_of(x, cls), None, None)
    if isinstance(x, collections.deque):
        return (cls, (list(x), x.maxlen), _state_of(x, cls), None, None)
    if isinstance(x, collections.defaultdict):
        return (cls, (x.default_factory,), _state_of(x, cls), None, iter(x.items()))
    return None


def _rebuild_new(cls, *args):
    return cls.__new__(cls, *args)


def _rebuild(x, parts, deep, memo):
    make, args, state, items, pairs = parts[:5]
    if deep:
        args = deepcopy(args, memo)
    y = make(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and _user_method(type(y), '__setstate__') is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if items is not None:
        for item in items:
            y.append(deepcopy(item, memo) if deep else item)
    if pairs is not None:
        for key, value in pairs:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    cls = type(x)
    if cls in _ATOMS or cls is tuple or cls is frozenset or isinstance(x, type):
        return x
    if cls in _CONTAINERS:
        return x.copy()
    hook = getattr(cls, '__copy__', None)
    if hook is not None:
        return hook(x)
    parts = _reduction(x, cls)
    if isinstance(parts, str):
        return x
    return _rebuild(x, parts, False, None)


def _keep_alive(x, memo):
    # The memo holds every original copied, so that no id() in it is reused while the copy runs.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMS or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        parts = [deepcopy(item, memo) for item in x]
        if key in memo:  # the tuple was reached again through its own items
            return memo[key]
        y = x if all(a is b for a, b in zip(parts, x)) else tuple(parts)
    elif cls is _types.MethodType:
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        hook = getattr(x, '__deepcopy__', None)
        if hook is not None and not isinstance(x, type):
            y = hook(memo)
        else:
            parts = _reduction(x, cls)
            y = x if isinstance(parts, str) else _rebuild(x, parts, True, memo)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y
