# Coroscope's functools, the part written in Python: partialmethod, singledispatch,
# singledispatchmethod and cached_property. It runs in the namespace of the Java core, which
# provides partial, reduce, wraps, update_wrapper, lru_cache, cache, cmp_to_key and
# total_ordering. Compiled as library code.

WRAPPER_UPDATES = ('__dict__',)


def _check_callable_or_descriptor(func):
    if not callable(func) and not hasattr(func, "__get__"):
        raise TypeError(f"{func!r} is not callable or a descriptor")


def _func_is_abstract(self):
    return getattr(self.func, "__isabstractmethod__", False)


# --- partialmethod --------------------------------------------------------------------------------

class partialmethod:
    """Like partial, but as a class attribute: the instance (or class) it is reached through
    comes before the stored arguments."""

    def __init__(self, func, /, *args, **keywords):
        _check_callable_or_descriptor(func)
        if isinstance(func, partialmethod):
            # Nesting collapses: the inner arguments come first, outer keywords win.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        # CPython always writes three comma-separated parts (function, positional arguments,
        # keywords), empty ones included: partialmethod(f, 1) shows as "...(<function f>, 1, )".
        positional = ", ".join(map(repr, self.args))
        named = ", ".join(f"{name}={value!r}" for name, value in self.keywords.items())
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({self.func!r}, {positional}, {named})"

    def _as_function(self):
        stored = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = {**stored.keywords, **keywords}
            return stored.func(cls_or_self, *stored.args, *args, **merged)
        _method._partialmethod = self
        _method.__isabstractmethod__ = self.__isabstractmethod__
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # A descriptor (method, classmethod, staticmethod...) did the binding.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, "__self__", None)
                if owner is not None:
                    try:
                        result.__self__ = owner
                    except AttributeError:
                        pass
                return result
        return self._as_function().__get__(obj, cls)

    __isabstractmethod__ = property(_func_is_abstract)


# --- singledispatch -------------------------------------------------------------------------------

def _dispatchable(cls):
    """A class, or a union of classes, is something register() accepts."""
    if isinstance(cls, type):
        return True
    import types
    return isinstance(cls, types.UnionType) and all(isinstance(member, type) for member in cls.__args__)


def _most_specific(candidates):
    """The candidate class that is a subclass of all the others (the first one if none is)."""
    for candidate in candidates:
        if all(issubclass(candidate, other) for other in candidates):
            return candidate
    return candidates[0]


def _pick_implementation(cls, registry):
    """The function registered for cls's nearest base: its own MRO first, then registered
    abstract classes that cls is a virtual subclass of, then object's."""
    for base in cls.__mro__:
        if base is not object and base in registry:
            return registry[base]
    virtual = [k for k in registry if k is not object and k not in cls.__mro__ and issubclass(cls, k)]
    if virtual:
        return registry[_most_specific(virtual)]
    return registry[object]


def singledispatch(func):
    """Turns func into a generic function choosing its implementation by its first argument's type."""
    import types
    from abc import get_cache_token

    registry = {object: func}
    chosen = {}
    token = [get_cache_token()]

    def dispatch(cls):
        if token[0] != get_cache_token():
            chosen.clear()
            token[0] = get_cache_token()
        impl = chosen.get(cls)
        if impl is None:
            impl = chosen[cls] = _pick_implementation(cls, registry)
        return impl

    def register(cls, func=None):
        if _dispatchable(cls):
            if func is None:
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
        else:
            func = cls
            if not getattr(func, '__annotations__', {}):
                raise TypeError(
                    f"Invalid first argument to `register()`: {func!r}. "
                    f"Use either `@register(some_class)` or plain `@register` on an annotated function.")
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _dispatchable(cls):
                if isinstance(cls, types.UnionType):
                    raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} not all arguments are classes.")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        for target in (cls.__args__ if isinstance(cls, types.UnionType) else (cls,)):
            registry[target] = func
        chosen.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = chosen.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self/cls."""

    def __init__(self, func):
        _check_callable_or_descriptor(func)
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)
        update_wrapper(_method, self.func)
        _method.register = self.register
        _method.__isabstractmethod__ = self.__isabstractmethod__
        return _method

    __isabstractmethod__ = property(_func_is_abstract)


# --- cached_property ------------------------------------------------------------------------------

_UNSET = object()


class cached_property:
    """A property computed on first access and then stored in the instance's __dict__."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif self.attrname != name:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f"instance to cache {name!r} property.") from None
        value = store.get(name, _UNSET)
        if value is _UNSET:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance does not "
                                f"support item assignment for caching {name!r} property.") from None
        return value
