"""dataclasses for Coroscope: @dataclass (init, repr, eq, order, unsafe_hash, frozen, match_args,
kw_only, slots, weakref_slot), field, Field, InitVar, KW_ONLY, fields, asdict, astuple, replace,
is_dataclass and make_dataclass, behaving as CPython 3.11's; written for the engine.

The generated __init__ is compiled from text (file '<string>'), so that its signature, its argument
errors and its traceback lines look as in CPython."""

import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


# class attributes holding a dataclass's fields and its decorator options
_FIELDS, _PARAMS = '__dataclass_fields__', '__dataclass_params__'


class FrozenInstanceError(AttributeError):
    pass


# ---------------------------------------------------------------- sentinels

class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    """What an annotated name of a dataclass body is: a field, a ClassVar or an InitVar."""

    __slots__ = ('name',)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = map(_FIELD_BASE, ('_FIELD', '_FIELD_CLASSVAR', '_FIELD_INITVAR'))
_NO_METADATA = types.MappingProxyType({})


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return 'dataclasses.InitVar[%s]' % (shown,)

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = types.MappingProxyType(metadata) if metadata is not None else _NO_METADATA
        self.kw_only = kw_only

    def __repr__(self):
        shown = ['%s=%r' % (attr, getattr(self, attr)) for attr in _FIELD_REPR_ORDER]
        shown.append('_field_type=%s' % (self._field_type,))
        return 'Field(%s)' % (','.join(shown),)

    def __set_name__(self, owner, name):
        # A default that is itself a descriptor learns its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    @property
    def _has_default(self):
        return self.default is not MISSING or self.default_factory is not MISSING


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                     'metadata', 'kw_only')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for slot, value in zip(_DataclassParams.__slots__, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, slot, value)

    def __repr__(self):
        shown = ','.join('%s=%r' % (slot, getattr(self, slot)) for slot in _DataclassParams.__slots__)
        return '_DataclassParams(%s)' % (shown,)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass (its default, factory and which methods use it)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---------------------------------------------------------------- reading the class body

def _text_head(text):
    return text.split('[', 1)[0].strip()


def _kind_of(annotation):
    """_FIELD, _FIELD_CLASSVAR or _FIELD_INITVAR (string annotations are judged by their head)."""
    if isinstance(annotation, str):
        head = _text_head(annotation)
        if head in ('ClassVar', 'typing.ClassVar'):
            return _FIELD_CLASSVAR
        if head in ('InitVar', 'dataclasses.InitVar'):
            return _FIELD_INITVAR
        return _FIELD
    if annotation is InitVar or type(annotation) is InitVar:
        return _FIELD_INITVAR
    if type(annotation).__module__ == 'typing':
        import typing
        if annotation is typing.ClassVar or getattr(annotation, '__origin__', None) is typing.ClassVar:
            return _FIELD_CLASSVAR
    return _FIELD


def _marks_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation.strip() in ('KW_ONLY', 'dataclasses.KW_ONLY')
    return annotation is KW_ONLY


def _field_from_body(cls, name, annotation, kw_only_default):
    found = getattr(cls, name, MISSING)
    if isinstance(found, Field):
        f = found
    else:
        if isinstance(found, types.MemberDescriptorType):
            found = MISSING     # a __slots__ entry is no default
        f = field(default=found)
    f.name, f.type = name, annotation
    f._field_type = kind = _kind_of(annotation)
    if kind is _FIELD:
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
        if type(f.default).__hash__ is None:
            raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        return f
    if f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % (name,))
    if kind is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only_default
    elif f.kw_only is not MISSING:
        raise TypeError('field %s is a ClassVar but specifies kw_only' % (name,))
    return f


def _body_fields(cls, kw_only):
    annotations = cls.__dict__.get('__annotations__', {})
    found = []
    marker_seen = False
    for name, annotation in annotations.items():
        if _marks_kw_only(annotation):
            if marker_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % (name,))
            marker_seen = kw_only = True
            continue
        found.append(_field_from_body(cls, name, annotation, kw_only))
    return annotations, found


# ---------------------------------------------------------------- generated methods

def _install(cls, name, method):
    """Puts a generated method on cls unless the class body defined that name; True when it did."""
    if name in cls.__dict__:
        return True
    if callable(method) and hasattr(method, '__qualname__'):
        try:
            method.__qualname__ = '%s.%s' % (cls.__qualname__, method.__name__)
        except (AttributeError, TypeError):
            pass
    setattr(cls, name, method)
    return False


class _InitWriter:
    """Writes the source of __init__ and the namespace it is compiled in."""

    def __init__(self, frozen, self_name, slots):
        self.frozen = frozen
        self.me = self_name
        self.slots = slots
        self.names = {'_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY, '__dataclass_builtins_object__': object,
                      'MISSING': MISSING, '_return_type': None}
        self.lines = []

    def parameter(self, f):
        self.names['_type_' + f.name] = f.type
        text = '%s:_type_%s' % (f.name, f.name)
        if f.default_factory is not MISSING:
            return text + '=_HAS_DEFAULT_FACTORY'
        if f.default is not MISSING:
            return text + '=_dflt_' + f.name
        return text

    def store(self, f):
        # The statement setting field f on the new instance (or nothing).
        dflt = '_dflt_' + f.name
        if f.default_factory is not MISSING:
            self.names[dflt] = f.default_factory
            if f.init:
                value = '%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (dflt, f.name, f.name)
            else:
                value = dflt + '()'
        elif f.init:
            if f.default is not MISSING:
                self.names[dflt] = f.default
            value = f.name
        elif self.slots and f.default is not MISSING:
            self.names[dflt] = f.default
            value = dflt
        else:
            return
        if f._field_type is _FIELD_INITVAR:
            return
        if self.frozen:
            self.lines.append('__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (self.me, f.name, value))
        else:
            self.lines.append('%s.%s=%s' % (self.me, f.name, value))

    def build(self, params, module_globals):
        # Line 1 is the wrapper, line 2 the def, so the body starts on line 3 as in CPython.
        body = ''.join('  %s\n' % line for line in (self.lines or ['pass']))
        wrapper_params = ', '.join(self.names)
        source = ('def __dataclass_make__(%s):\n def __init__(%s)->_return_type:\n%s return __init__\n'
                  % (wrapper_params, ','.join([self.me] + params), body))
        scope = {}
        exec(source, module_globals, scope)
        return scope['__dataclass_make__'](**self.names)


def _make_init(all_fields, positional, keyword_only, frozen, post_init, self_name, module_globals, slots):
    defaulted = None
    for f in positional:
        if f._has_default:
            defaulted = f
        elif defaulted is not None:
            raise TypeError('non-default argument %r follows default argument' % (f.name,))
    writer = _InitWriter(frozen, self_name, slots)
    for f in all_fields:
        writer.store(f)
    if post_init:
        extra = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        writer.lines.append('%s.__post_init__(%s)' % (self_name, ','.join(extra)))
    params = [writer.parameter(f) for f in positional]
    if keyword_only:
        params.append('*')
        params.extend(writer.parameter(f) for f in keyword_only)
    return writer.build(params, module_globals)


def _guard_recursion(method):
    """repr() of an object that contains itself shows '...' at the inner occurrence."""
    active = set()

    def guarded(self):
        key = id(self)
        if key in active:
            return '...'
        active.add(key)
        try:
            return method(self)
        finally:
            active.discard(key)
    for attr in ('__name__', '__qualname__', '__doc__'):
        setattr(guarded, attr, getattr(method, attr))
    guarded.__wrapped__ = method
    return guarded


def _make_repr(names):
    def __repr__(self):
        shown = ', '.join('%s=%r' % (n, getattr(self, n)) for n in names)
        return '%s(%s)' % (type(self).__qualname__, shown)
    return _guard_recursion(__repr__)


_COMPARISONS = {
    '__eq__': lambda a, b: a == b,
    '__lt__': lambda a, b: a < b,
    '__le__': lambda a, b: a <= b,
    '__gt__': lambda a, b: a > b,
    '__ge__': lambda a, b: a >= b,
}


def _make_comparison(name, names):
    test = _COMPARISONS[name]

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return test(tuple([getattr(self, n) for n in names]), tuple([getattr(other, n) for n in names]))
    compare.__name__ = name
    return compare


def _make_hash(names):
    def __hash__(self):
        return hash(tuple([getattr(self, n) for n in names]))
    return __hash__


def _make_frozen_guards(cls, names):
    names = tuple(names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    return [__setattr__, __delattr__]


def _settle_hash(cls, hashed_names, unsafe_hash, eq, frozen):
    own = cls.__dict__.get('__hash__', MISSING)
    # A __hash__ of None next to the class's own __eq__ is Python's doing, not the author's.
    explicit = own is not MISSING and not (own is None and '__eq__' in cls.__dict__)
    if unsafe_hash:
        if explicit:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))
        cls.__hash__ = _make_hash(hashed_names)
    elif eq and not explicit:
        cls.__hash__ = _make_hash(hashed_names) if frozen else None


# ---------------------------------------------------------------- the decorator

def _inherited_fields(cls):
    collected = {}
    any_dataclass = any_frozen = False
    for base in reversed(cls.__mro__[1:]):
        own = getattr(base, _FIELDS, None)
        if own is None:
            continue
        any_dataclass = True
        collected.update((f.name, f) for f in own.values())
        any_frozen = any_frozen or getattr(base, _PARAMS).frozen
    return collected, any_dataclass, any_frozen


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    module = sys.modules.get(cls.__module__)
    module_globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields, has_dataclass_base, frozen_base = _inherited_fields(cls)
    annotations, own_fields = _body_fields(cls, kw_only)
    for f in own_fields:
        all_fields[f.name] = f
        # the class attribute keeps the plain default (a field() object is not left behind)
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    if has_dataclass_base and frozen_base != bool(frozen):
        if frozen_base:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type is not _FIELD_CLASSVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    plain = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f.name for f in plain if f.compare]

    if init:
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _install(cls, '__init__', _make_init(init_fields, positional, keyword_only, frozen,
                                             hasattr(cls, '__post_init__'), self_name, module_globals, slots))
    if repr:
        _install(cls, '__repr__', _make_repr([f.name for f in plain if f.repr]))
    if eq:
        _install(cls, '__eq__', _make_comparison('__eq__', compared))
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _install(cls, name, _make_comparison(name, compared)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for guard in _make_frozen_guards(cls, [f.name for f in plain]):
            if _install(cls, guard.__name__, guard):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (guard.__name__, cls.__name__))
    hashed = [f.name for f in plain if (f.compare if f.hash is None else f.hash)]
    _settle_hash(cls, hashed, unsafe_hash, eq, frozen)

    if not getattr(cls, '__doc__'):
        try:
            import inspect
            shown = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            shown = ''
        cls.__doc__ = cls.__name__ + shown
    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, weakref_slot)
    return cls


def _slot_names(klass):
    declared = klass.__dict__.get('__slots__')
    if declared is None:
        names = []
        if getattr(klass, '__weakrefoffset__', False):
            names.append('__weakref__')
        if getattr(klass, '__dictoffset__', False):
            names.append('__dict__')
        return names
    return [declared] if isinstance(declared, str) else list(declared)


def _with_slots(cls, weakref_slot):
    """A copy of cls with __slots__ for its fields (a class cannot gain slots after creation)."""
    namespace = dict(cls.__dict__)
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slot_names(base))
    if weakref_slot:
        names.append('__weakref__')
    namespace['__slots__'] = tuple(n for n in names if n not in taken)
    for name in names + ['__dict__', '__weakref__']:
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and more, as asked) to a class from its annotated fields."""
    options = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return lambda klass: _process_class(klass, *options)
    return _process_class(cls, *options)


# ---------------------------------------------------------------- functions on dataclasses

def fields(class_or_instance):
    """The fields (not ClassVars nor InitVars) of a dataclass or instance, in order."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _convert(obj, make_record):
    """Deep copy of obj where dataclass instances become make_record(field values)."""
    if _is_dataclass_instance(obj):
        return make_record(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(item, make_record) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(item, make_record) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make_record), _convert(v, make_record)) for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')

    def record(instance):
        return dict_factory([(f.name, _convert(getattr(instance, f.name), record)) for f in fields(instance)])
    return record(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')

    def record(instance):
        return tuple_factory([_convert(getattr(instance, f.name), record) for f in fields(instance)])
    return record(obj)


def _field_spec(item):
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) == 2:
        return item[0], item[1], MISSING
    if len(item) == 3:
        return item
    raise TypeError('Invalid field: %r' % (item,))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Creates a dataclass named cls_name from (name[, type[, field]]) items."""
    import keyword
    annotations, values = {}, {}
    for item in fields:
        name, annotation, spec = _field_spec(item)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = annotation
        if spec is not MISSING:
            values[name] = spec

    def fill(ns):
        ns.update(namespace or {})
        ns.update(values)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance like obj with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % (f.name,))
        elif f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
