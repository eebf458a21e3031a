"""dataclasses for Coroscope: @dataclass with init/repr/eq/order/frozen, field, fields, asdict, astuple, replace."""


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},"
                f"compare={self.compare!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


def _is_classvar(typ):
    """ClassVar and ClassVar[...] annotations (also as text, under `from __future__ import annotations`)
    name class attributes, not fields."""
    if isinstance(typ, str):
        head = typ.strip().split("[", 1)[0].strip()
        return head in ("ClassVar", "typing.ClassVar")
    if type(typ).__module__ != "typing":
        return False
    import typing
    return typ is typing.ClassVar or getattr(typ, "__origin__", None) is typing.ClassVar


def _collect(cls):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            fields[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, typ in annotations.items():
        if _is_classvar(typ):
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(f"mutable default {type(default)} for field {name} is not allowed: use default_factory")
            f = Field(default, MISSING, True, True, True)
        f.name = name
        f.type = typ
        fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    return fields


def _process(cls, init, repr, eq, order, frozen, match_args=True):
    fields = _collect(cls)
    cls.__dataclass_fields__ = fields
    init_fields = [f for f in fields.values() if f.init]
    seen_default = False
    for f in init_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")

    if init and "__init__" not in cls.__dict__:
        cls.__init__ = _init_fn(cls, fields, init_fields, frozen)

    if repr and "__repr__" not in cls.__dict__:
        def __repr__(self):
            parts = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields.values() if f.repr)
            return f"{type(self).__qualname__}({parts})"
        __repr__.__qualname__ = f"{cls.__qualname__}.__repr__"
        cls.__repr__ = __repr__

    def _key(obj):
        return tuple(getattr(obj, f.name) for f in fields.values() if f.compare)

    if eq and "__eq__" not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented
        cls.__eq__ = __eq__
        if "__hash__" not in cls.__dict__:
            cls.__hash__ = None if not frozen else (lambda self: hash(_key(self)))
    if order:
        def make(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented
            return method
        cls.__lt__ = make(lambda a, b: a < b)
        cls.__le__ = make(lambda a, b: a <= b)
        cls.__gt__ = make(lambda a, b: a > b)
        cls.__ge__ = make(lambda a, b: a >= b)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")
        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if match_args and "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in init_fields)
    return cls


class _HasDefaultFactory:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


def _init_fn(cls, fields, init_fields, frozen):
    """Builds __init__ from source text laid out as CPython's dataclasses does (a __create_fn__
    wrapper whose parameters are the defaults and types, then one line per field), so its
    signature, argument errors and traceback lines ('File "<string>", line N, in __init__') match."""
    self_name = "__dataclass_self__" if "self" in fields else "self"
    locals_ = {f"_type_{f.name}": f.type for f in fields.values()}
    locals_.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                    "__dataclass_builtins_object__": object})
    body = []
    for f in fields.values():
        default_name = f"_dflt_{f.name}"
        if f.default_factory is not MISSING:
            locals_[default_name] = f.default_factory
            if f.init:
                value = f"{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
            else:
                value = f"{default_name}()"
        elif f.init:
            if f.default is not MISSING:
                locals_[default_name] = f.default
            value = f.name
        else:
            continue
        if frozen:
            body.append(f"__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})")
        else:
            body.append(f"{self_name}.{f.name}={value}")
    if hasattr(cls, "__post_init__"):
        body.append(f"{self_name}.__post_init__()")
    if not body:
        body = ["pass"]
    params = [self_name]
    for f in init_fields:
        if f.default is MISSING and f.default_factory is MISSING:
            params.append(f"{f.name}:_type_{f.name}")
        elif f.default is not MISSING:
            params.append(f"{f.name}:_type_{f.name}=_dflt_{f.name}")
        else:
            params.append(f"{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY")
    locals_["_return_type"] = None
    text = " def __init__(" + ",".join(params) + ")->_return_type:\n" + "\n".join("  " + b for b in body)
    text = "def __create_fn__(" + ", ".join(locals_.keys()) + "):\n" + text + "\n return __init__"
    import sys
    module = sys.modules.get(cls.__module__)
    globals_ = module.__dict__ if module is not None else {}
    ns = {}
    exec(text, globals_, ns)
    fn = ns["__create_fn__"](**locals_)
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    return fn


def repr_(name):
    return "'" + name + "'"


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, match_args)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(obj):
    fs = getattr(obj, "__dataclass_fields__", None)
    if fs is None:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(fs.values())


def is_dataclass(obj):
    return hasattr(obj, "__dataclass_fields__")


def asdict(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return type(obj)(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(astuple(v) for v in obj)
    return obj


def replace(obj, **changes):
    values = {f.name: getattr(obj, f.name) for f in fields(obj) if f.init}
    values.update(changes)
    return obj.__class__(**values)
