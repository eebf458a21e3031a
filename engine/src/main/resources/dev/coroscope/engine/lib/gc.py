"""gc for Coroscope: the engine has no reference counts and no cycle collector of its own; collect()
asks the run's lifetime tracker to find what has become unreachable now (never-awaited coroutines,
abandoned generators, weak references' referents), so their warnings and callbacks happen where
CPython's collector would make them happen. Written for the engine."""

import _coroscope

garbage = []
callbacks = []

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    for cb in list(callbacks):
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    # The number of the dead the engine tracks (objects with __del__, weakly referenced ones...):
    # fewer than CPython's count of every unreachable container, but not 0 when something died.
    found = _coroscope.collect()
    for cb in list(callbacks):
        cb("stop", {"generation": generation, "collected": found, "uncollectable": 0})
    return found


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags


_ATOMIC = (int, float, complex, str, bytes, bool, type(None))


def is_tracked(obj):
    if isinstance(obj, _ATOMIC):
        return False
    if type(obj) is dict:
        # CPython tracks a dict only once it holds a key or value that may be tracked (a container).
        for key, value in obj.items():
            if not isinstance(key, _ATOMIC) or not isinstance(value, _ATOMIC):
                return True
        return False
    return True


def get_objects(generation=None):
    """The container objects the program's modules reach (the engine has no collector's list)."""
    if generation is not None:
        if not isinstance(generation, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
        if generation >= 3:
            raise ValueError("generation parameter must be less than the number of available generations (3)")
        if generation < 0:
            raise ValueError("generation parameter cannot be negative")
    import sys
    seen = set()
    out = []
    stack = [vars(m) for m in list(sys.modules.values())]
    while stack:
        obj = stack.pop()
        if id(obj) in seen or not is_tracked(obj):
            continue
        seen.add(id(obj))
        out.append(obj)
        if type(obj) in (list, tuple, set, frozenset):
            stack.extend(obj)
        elif type(obj) is dict:
            stack.extend(obj.values())
    return out


def get_referrers(*objs):
    return [o for o in get_objects() if any(_refers(o, x) for x in objs)]


def _refers(container, x):
    if type(container) is dict:
        return any(v is x or k is x for k, v in container.items())
    if type(container) in (list, tuple, set, frozenset):
        return any(v is x for v in container)
    return False


def get_referents(*objs):
    out = []
    for o in objs:
        if type(o) is dict:
            out.extend(o.keys())
            out.extend(o.values())
        elif type(o) in (list, tuple, set, frozenset):
            out.extend(o)
        elif hasattr(o, '__dict__') and not isinstance(o, type):
            out.append(o.__dict__)
            out.append(type(o))
    return out


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]
