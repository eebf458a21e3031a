"""abc for Coroscope: abstract base classes (PEP 3119), written for the engine."""


def abstractmethod(funcobj):
    """Marks a method abstract: classes that do not override it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


class _AbcData:
    """Per-class bookkeeping of ABCMeta: registered virtual subclasses and the check caches."""

    __slots__ = ('registry', 'cache', 'negative', 'version')

    def __init__(self, version):
        self.registry = []
        self.cache = []
        self.negative = []
        self.version = version


def _contains(items, cls):
    for c in items:
        if c is cls:
            return True
    return False


class ABCMeta(type):
    """Metaclass of abstract base classes: abstract methods, register(), and subclass hooks."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.append(subclass)
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        data = cls._abc_impl
        if _contains(data.cache, subclass):
            return True
        subtype = type(instance)
        if subtype is subclass:
            if data.version == ABCMeta._abc_invalidation_counter and _contains(data.negative, subclass):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        data = cls._abc_impl
        if _contains(data.cache, subclass):
            return True
        if data.version < ABCMeta._abc_invalidation_counter:
            data.negative = []
            data.version = ABCMeta._abc_invalidation_counter
        elif _contains(data.negative, subclass):
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                data.cache.append(subclass)
            else:
                data.negative.append(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            data.cache.append(subclass)
            return True
        for rcls in data.registry:
            if issubclass(subclass, rcls):
                data.cache.append(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                data.cache.append(subclass)
                return True
        data.negative.append(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative.clear()


def _abc_init(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    cls._abc_impl = _AbcData(ABCMeta._abc_invalidation_counter)


def update_abstractmethods(cls):
    """Recomputes the abstract methods of a class after methods were added or removed."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def get_cache_token():
    return ABCMeta._abc_invalidation_counter


class ABC(metaclass=ABCMeta):
    """Helper class: subclassing ABC makes a class abstract-capable."""
    __slots__ = ()
