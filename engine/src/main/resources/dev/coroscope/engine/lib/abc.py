"""abc for Coroscope: abstract base classes (PEP 3119).

Each class made by ABCMeta carries an _AbcState in _abc_impl: the classes registered as its
virtual subclasses, and two caches of answers (yes / no) to issubclass questions. The "no" cache
is dropped whenever any ABC anywhere registers a class, which is what the global counter
returned by get_cache_token() tracks."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class still having one cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated decorators below mark the wrapped function itself in __new__: the engine's
# classmethod, staticmethod and property build instances of the built-in type even for a
# subclass, so the class attribute alone would not make the result abstract.

class abstractclassmethod(classmethod):
    """Deprecated spelling of classmethod applied over abstractmethod."""
    __isabstractmethod__ = True

    def __new__(cls, callable):
        return super().__new__(cls, abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated spelling of staticmethod applied over abstractmethod."""
    __isabstractmethod__ = True

    def __new__(cls, callable):
        return super().__new__(cls, abstractmethod(callable))


class abstractproperty(property):
    """Deprecated spelling of property applied over abstractmethod."""
    __isabstractmethod__ = True

    def __new__(cls, fget=None, *args, **kwargs):
        if fget is not None:
            abstractmethod(fget)
        return super().__new__(cls, fget, *args, **kwargs)


_generation = [0]   # bumped by every register(): negative answers older than it are stale


def get_cache_token():
    """A value that changes whenever some ABC registers a virtual subclass."""
    return _generation[0]


class _AbcState:
    """Registry and answer caches of one ABC; classes are keyed by id (and kept alive by it)."""

    __slots__ = ('registry', 'yes', 'no', 'no_generation')

    def __init__(self):
        self.registry = {}
        self.yes = {}
        self.no = {}
        self.no_generation = _generation[0]

    def remember(self, subclass, answer):
        (self.yes if answer else self.no)[id(subclass)] = subclass
        return answer


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _abstract_names(cls):
    """Names abstract in cls: its own abstract attributes, plus the abstract names of its bases
    that cls still resolves to an abstract object."""
    names = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if name not in names and _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _abc_class_answer(cls, subclass):
    """Whether subclass is a (real or virtual) subclass of the ABC cls, without the caches."""
    verdict = cls.__subclasshook__(subclass)
    if verdict is not NotImplemented:
        return bool(verdict)
    if cls in getattr(subclass, '__mro__', ()):
        return True
    state = cls._abc_impl
    for registered in list(state.registry.values()):
        if issubclass(subclass, registered):
            return True
    for child in type.__subclasses__(cls):
        if issubclass(subclass, child):
            return True
    return False


class ABCMeta(type):
    """Metaclass of abstract base classes: abstract methods, register(), and __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it, so this works as a decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry[id(subclass)] = subclass
        _generation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        claimed = instance.__class__
        state = cls._abc_impl
        if id(claimed) in state.yes:
            return True
        actual = type(instance)
        if actual is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if state.no_generation == _generation[0] and id(claimed) in state.no:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        key = id(subclass)
        if key in state.yes:
            return True
        if state.no_generation != _generation[0]:
            state.no = {}
            state.no_generation = _generation[0]
        elif key in state.no:
            return False
        return state.remember(subclass, _abc_class_answer(cls, subclass))

    def _dump_registry(cls, file=None):
        """Debugging aid: prints the registry and caches of cls."""
        state = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for label, table in (("_abc_registry", state.registry), ("_abc_cache", state.yes),
                             ("_abc_negative_cache", state.no)):
            print(f"{label}: {set(table.values()) or 'set()'}", file=file)
        print(f"_abc_negative_cache_version: {state.no_generation}", file=file)

    def _abc_registry_clear(cls):
        """Forgets every virtual subclass registered with cls."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached issubclass answers of cls."""
        state = cls._abc_impl
        state.yes.clear()
        state.no.clear()


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after methods were added or removed; returns cls."""
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Subclass this to make an abstract base class without naming the metaclass."""
    __slots__ = ()
