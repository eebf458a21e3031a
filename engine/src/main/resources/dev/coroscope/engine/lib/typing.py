"""typing for Coroscope: the annotations learners write (List[int], Optional[str], Callable[...],
Awaitable, TypeVar, Generic, Protocol, NamedTuple, TypedDict...) evaluate and print as in CPython
3.11; written for the engine. Static checking is not the point here: only runtime behaviour."""

import collections.abc
import functools
import sys
import _coroscope
import types
from abc import ABCMeta, abstractmethod

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic',
           'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
           'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable',
           'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
           'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes',
           'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound', 'ChainMap',
           'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple',
           'TypedDict', 'Generator', 'AnyStr', 'assert_never', 'assert_type', 'cast', 'final', 'get_args',
           'get_origin', 'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
           'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
           'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard',
           'Unpack']

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    """How typing shows an argument: classes by qualified name (builtins bare), ... and functions
    by name, anything else by repr()."""
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    return obj.__name__ if isinstance(obj, types.FunctionType) else repr(obj)


def _type_convert(arg):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg, allow_special=False):
    """arg as a type argument (None -> NoneType, str -> ForwardRef), refusing what cannot be one.
    allow_special: ClassVar/Final (bare or subscripted) are allowed, as in class annotations."""
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final):
        if allow_special:
            return arg
        raise TypeError('%s is not valid as type argument' % (arg,))
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg


def _collect_parameters(args):
    params = []
    for t in args:
        if isinstance(t, (TypeVar, ParamSpec)):
            if t not in params:
                params.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in params:
                    params.append(x)
    return tuple(params)


class _Unionable:
    """X | Y for typing objects that are not classes."""
    __slots__ = ()

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _both_namespaces(globalns, localns):
    if globalns is None and localns is None:
        shared = {}
        return shared, shared
    if globalns is None:
        return localns, localns
    if localns is None:
        return globalns, globalns
    return globalns, localns


class ForwardRef(_Unionable):
    """A string annotation: compiled when made, evaluated (and remembered) by get_type_hints."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        try:
            compiled = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- got %r' % (arg,))
        self.__forward_arg__, self.__forward_code__ = arg, compiled
        self.__forward_evaluated__, self.__forward_value__ = False, None
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        text = self.__forward_arg__
        if text in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        globalns, localns = _both_namespaces(globalns, localns)
        if self.__forward_module__ is not None:
            module = sys.modules.get(self.__forward_module__)
            globalns = module.__dict__ if module is not None else globalns
        found = _type_check(eval(self.__forward_code__, globalns, localns),
                            'Forward references must evaluate to types.', allow_special=True)
        self.__forward_value__ = _eval_type(found, globalns, localns, recursive_guard | {text})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self.__forward_arg__ == other.__forward_arg__
        return NotImplemented

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _Final:
    """Typing's own classes; only subclassable with _root=True."""

    def __init_subclass__(cls, /, *args, **kwds):
        if not kwds.get('_root'):
            raise TypeError('Cannot subclass special typing classes')


def _variance_mark(var):
    if var.__covariant__:
        return '+'
    return '-' if var.__contravariant__ else '~'


class TypeVar(_Unionable):
    """A type variable: T = TypeVar('T'); shown ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)
        if constraints:
            if bound is not None:
                raise TypeError('Constraints cannot be combined with bound=...')
            if len(constraints) == 1:
                raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(
            _type_check(c, 'TypeVar(name, constraint, ...): constraints must be types.') for c in constraints)
        self.__bound__ = None if bound is None else _type_check(bound, 'Bound must be a type.')
        try:
            self.__module__ = _coroscope.warn_frame(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        return _variance_mark(self) + self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'TypeVar' is not an acceptable base type")

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')


class _ParamSpecPart:
    _part = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __eq__(self, other):
        if type(other) is type(self):
            return self.__origin__ == other.__origin__
        return NotImplemented

    def __hash__(self):
        return hash((self._part, self.__origin__))

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._part)


class ParamSpecArgs(_ParamSpecPart):
    """P.args"""
    _part = 'args'


class ParamSpecKwargs(_ParamSpecPart):
    """P.kwargs"""
    _part = 'kwargs'


class ParamSpec(_Unionable):
    """P = ParamSpec('P'): the parameters of a callable."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__, self.__contravariant__ = bool(covariant), bool(contravariant)

    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))

    def __repr__(self):
        return _variance_mark(self) + self.__name__


class TypeVarTuple:
    """Ts = TypeVarTuple('Ts'); *Ts unpacks it."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


# ---------------------------------------------------------------- special forms

class _SpecialForm(_Final, _Unionable, _root=True):
    """A typing name that is not a class (Union, ClassVar, Literal...): it prints as typing.NAME,
    some can be subscripted; none can be instantiated, subclassed or used with isinstance()."""

    def __init__(self, name, subscript):
        self._name = name
        self._subscript = subscript

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __repr__(self):
        return 'typing.%s' % (self._name,)

    def __reduce__(self):
        return self._name

    def __getitem__(self, parameters):
        return self._subscript(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))


def _not_subscriptable(form, parameters):
    raise TypeError('%s is not subscriptable' % (form,))


def _one_type(message, alias_class=None):
    # Form[X] for forms taking exactly one type; message may name the form as {form} or {name}.
    def subscript(form, parameters):
        item = _type_check(parameters, message.format(form=form, name=form._name))
        return (alias_class or _GenericAlias)(form, (item,))
    return subscript


def _as_tuple(parameters):
    return parameters if isinstance(parameters, tuple) else (parameters,)


def _union_subscript(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    members = []
    for p in _as_tuple(parameters):
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        nested = p.__args__ if isinstance(p, (_UnionGenericAlias, types.UnionType)) else (p,)
        members.extend(q for q in nested if q not in members)
    if len(members) == 1:
        return members[0]
    optional = len(members) == 2 and _NoneType in members
    return _UnionGenericAlias(form, tuple(members), name='Optional' if optional else None)


def _optional_subscript(form, parameters):
    return Union[_type_check(parameters, '%s requires a single type.' % (form,)), _NoneType]


def _literal_subscript(form, parameters):
    values, seen = [], []
    for value in _as_tuple(parameters):
        for v in (value.__args__ if isinstance(value, _LiteralGenericAlias) else (value,)):
            # 1 and True are different literals
            if (v, type(v)) not in seen:
                seen.append((v, type(v)))
                values.append(v)
    return _LiteralGenericAlias(form, tuple(values))


def _concatenate_subscript(form, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Concatenate of no types.')
    parameters = _as_tuple(parameters)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    return _GenericAlias(form, parameters)


NoReturn = _SpecialForm('NoReturn', _not_subscriptable)
Never = _SpecialForm('Never', _not_subscriptable)
Self = _SpecialForm('Self', _not_subscriptable)
LiteralString = _SpecialForm('LiteralString', _not_subscriptable)
TypeAlias = _SpecialForm('TypeAlias', _not_subscriptable)
ClassVar = _SpecialForm('ClassVar', _one_type('{form} accepts only single type.'))
Final = _SpecialForm('Final', _one_type('{form} accepts only single type.'))
TypeGuard = _SpecialForm('TypeGuard', _one_type('{form} accepts only single type.'))
Required = _SpecialForm('Required', _one_type('{name} accepts only a single type.'))
NotRequired = _SpecialForm('NotRequired', _one_type('{name} accepts only a single type.'))
Union = _SpecialForm('Union', _union_subscript)
Optional = _SpecialForm('Optional', _optional_subscript)
Literal = _SpecialForm('Literal', _literal_subscript)
Concatenate = _SpecialForm('Concatenate', _concatenate_subscript)


class _AnyMeta(type):
    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()

    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError('typing.Any cannot be used with isinstance()')


class Any(metaclass=_AnyMeta):
    """Any type at all; subclassable, not instantiable itself."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return super().__new__(cls, *args, **kwargs)
        raise TypeError('Any cannot be instantiated')


# ---------------------------------------------------------------- aliases: List[int] and friends

def _check_count(alias, given, expected):
    if len(given) != expected:
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if len(given) > expected else 'few', alias, len(given), expected))


def _is_dunder_name(attr):
    return attr.startswith('__') and attr.endswith('__')


class _BaseGenericAlias(_Final, _Unionable, _root=True):
    """What every typing alias has: an origin class, instances made by calling it, and the origin's
    attributes."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._inst = inst
        self._name = name

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    def __mro_entries__(self, bases):
        # As a base class: the origin, and Generic unless a later base brings generics in.
        entries = [] if self.__origin__ in bases else [self.__origin__]
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__'):
            return super().__getattribute__(attr)
        if not _is_dunder_name(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _GenericAlias(_BaseGenericAlias, _root=True):
    """An alias with arguments: List[int], Box[T], ClassVar[int]."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % (self,))
        wanted = self.__parameters__
        if not wanted:
            raise TypeError('%s is not a generic class' % (self,))
        given = tuple(_type_convert(a) for a in _as_tuple(args))
        _check_count(self, given, len(wanted))
        mapping = dict(zip(wanted, given))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        inner = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return '%s[%s]' % (head, inner)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _BaseGenericAlias) and b is not self for b in later):
                return ()
        return (origin,)


def _subst(arg, mapping):
    """arg with the type variables of mapping replaced."""
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_subst(a, mapping) for a in arg.__args__))
    return arg


class _TypingEllipsis:
    pass


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """A bare alias (List, Dict, Deque...): prints as typing.NAME; NAME[args] makes a _GenericAlias."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams = nparams

    def __getitem__(self, params):
        params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in _as_tuple(params))
        _check_count(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)


def _is_params_form(arg):
    """Whether a Callable's first argument stands for a whole parameter list (P, Concatenate[..., P])."""
    return isinstance(arg, ParamSpec) or (isinstance(arg, _GenericAlias) and arg.__origin__ is Concatenate)


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        *params, result = self.__args__
        if params == [Ellipsis]:
            shown = '...'
        elif len(params) == 1 and _is_params_form(params[0]):
            shown = _type_repr(params[0])
        else:
            shown = '[%s]' % ', '.join(_type_repr(a) for a in params)
        return 'typing.Callable[%s, %s]' % (shown, _type_repr(result))


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        result = _type_check(result, 'Callable[args, result]: result must be a type.')
        if args is Ellipsis or _is_params_form(args):
            return self.copy_with((args, result))
        return self.copy_with(tuple(_type_convert(a) for a in tuple(args)) + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        params = _as_tuple(params)
        if len(params) > 1 and params[-1] is ...:
            items = tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.') for p in params[:-1])
            return self.copy_with(items + (_TypingEllipsis,))
        return self.copy_with(tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                                    for p in params))


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return 'typing.Optional[%s]' % (_type_repr(other),)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        return any(isinstance(arg, type) and issubclass(cls, arg) for arg in self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def _pairs(self):
        return [(v, type(v)) for v in self.__args__]

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return set(self._pairs()) == set(other._pairs())
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self._pairs()))

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(map(repr, self.__args__))


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])


Unpack = _SpecialForm('Unpack', _one_type('{name} accepts only single type.', _UnpackGenericAlias))


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, x, ...]: __origin__ T, __metadata__ (x, ...)."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            # Annotated[Annotated[T, x], y] is Annotated[T, x, y]
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__), ', '.join(map(repr, self.__metadata__)))


class Annotated:
    """Annotated[T, x]: the type T carrying metadata x."""

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass typing.Annotated')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        target = _type_check(params[0], 'Annotated[t, ...]: t must be a type.', allow_special=True)
        return _AnnotatedAlias(target, tuple(params[1:]))


# ---------------------------------------------------------------- Generic and Protocol

def _generic_subscript(cls, params):
    params = tuple(_type_convert(p) for p in _as_tuple(params))
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError('Parameter list to %s[...] cannot be empty' % (cls.__qualname__,))
        if not all(isinstance(p, (TypeVar, ParamSpec)) for p in params):
            raise TypeError('Parameters to %s[...] must all be type variables or parameter specification '
                            'variables.' % (cls.__name__,))
        if len(set(params)) != len(params):
            raise TypeError('Parameters to %s[...] must all be unique' % (cls.__name__,))
    else:
        expected = getattr(cls, '__parameters__', ())
        if not expected:
            raise TypeError('%s is not a generic class' % (cls,))
        _check_count(cls, params, len(expected))
    return _GenericAlias(cls, params)


def _class_parameters(cls):
    """The type variables of a generic class: those of Generic[...] if named, else all in its bases."""
    bases = cls.__dict__.get('__orig_bases__')
    if bases is None:
        return ()
    found = _collect_parameters(bases)
    declared = [b for b in bases if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
    if len(declared) > 1:
        raise TypeError('Cannot inherit from Generic[...] multiple times.')
    if not declared:
        return found
    listed = declared[0].__parameters__
    missing = [t for t in found if t not in listed]
    if missing:
        raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                        % (', '.join(map(str, missing)), ', '.join(map(str, listed))))
    return listed


class Generic:
    """Base class of user generics: class Stack(Generic[T])."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_subscript(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            plain = Generic in cls.__orig_bases__
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if plain:
            raise TypeError('Cannot inherit from plain Generic')
        cls.__parameters__ = tuple(_class_parameters(cls))


# names a protocol class has that are not part of its protocol
_SPECIAL_NAMES = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                            '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                            '__class_getitem__', '__parameters__', '__orig_bases__', '_is_protocol',
                            '_is_runtime_protocol', '__protocol_attrs__', '__qualname__', '_abc_impl',
                            '__init_subclass__', '__non_callable_proto_members__'})


def _protocol_members(cls):
    members = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        declared = list(klass.__dict__) + list(getattr(klass, '__annotations__', {}))
        members.update(n for n in declared if n not in _SPECIAL_NAMES and not n.startswith('_abc_'))
    return members


def _is_protocol_class(cls):
    return bool(cls.__dict__.get('_is_protocol', False))


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if _is_protocol_class(cls):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
            if all(_provides(instance, cls, name) for name in _protocol_members(cls)):
                return True
        return super().__instancecheck__(instance)


def _provides(instance, protocol, name):
    # instance has the member; a method member must not be set to None
    if not hasattr(instance, name):
        return False
    return not callable(getattr(protocol, name, None)) or getattr(instance, name) is not None


def _structural_hook(protocol, other):
    """__subclasshook__ of protocols: other's MRO defines every member (none as None)."""
    if not _is_protocol_class(protocol):
        return NotImplemented
    for name in _protocol_members(protocol):
        owner = next((k for k in other.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _no_init_or_replace_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of structural types: a class matches when it has the members."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__ or not cls.__dict__['_is_protocol']:
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(lambda klass, other, _p=cls: _structural_hook(_p, other))
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Lets isinstance() check a protocol structurally."""
    if not (issubclass(cls, Generic) and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


def _abc_alias(name, nparams, abc_name=None):
    return _SpecialGenericAlias(getattr(collections.abc, abc_name or name), nparams, name=name)


def _builtin_alias(name, origin, nparams):
    # typing.List() and the like refuse to make instances (use list())
    return _SpecialGenericAlias(origin, nparams, inst=False, name=name)


Hashable = _abc_alias('Hashable', 0)
Awaitable = _abc_alias('Awaitable', 1)
Coroutine = _abc_alias('Coroutine', 3)
AsyncIterable = _abc_alias('AsyncIterable', 1)
AsyncIterator = _abc_alias('AsyncIterator', 1)
Iterable = _abc_alias('Iterable', 1)
Iterator = _abc_alias('Iterator', 1)
Reversible = _abc_alias('Reversible', 1)
Sized = _abc_alias('Sized', 0)
Container = _abc_alias('Container', 1)
Collection = _abc_alias('Collection', 1)
Callable = _CallableType(collections.abc.Callable, 2)
AbstractSet = _abc_alias('AbstractSet', 1, 'Set')
MutableSet = _abc_alias('MutableSet', 1)
Mapping = _abc_alias('Mapping', 2)
MutableMapping = _abc_alias('MutableMapping', 2)
Sequence = _abc_alias('Sequence', 1)
MutableSequence = _abc_alias('MutableSequence', 1)
ByteString = _abc_alias('ByteString', 0)
MappingView = _abc_alias('MappingView', 1)
KeysView = _abc_alias('KeysView', 1)
ItemsView = _abc_alias('ItemsView', 2)
ValuesView = _abc_alias('ValuesView', 1)
Generator = _abc_alias('Generator', 3)
AsyncGenerator = _abc_alias('AsyncGenerator', 2)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _builtin_alias('List', list, 1)
Set = _builtin_alias('Set', set, 1)
FrozenSet = _builtin_alias('FrozenSet', frozenset, 1)
Dict = _builtin_alias('Dict', dict, 2)
Type = _builtin_alias('Type', type, 1)
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2)
Counter = _SpecialGenericAlias(collections.Counter, 1)
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2)


class _ContextManagerBase:
    pass


def _cm_alias():
    import contextlib
    return contextlib.AbstractContextManager, contextlib.AbstractAsyncContextManager


try:
    _cm, _acm = _cm_alias()
    ContextManager = _alias(_cm, 1, name='ContextManager')
    AsyncContextManager = _alias(_acm, 1, name='AsyncContextManager')
except Exception:
    pass


def _supports(name, method, stub):
    """A runtime-checkable protocol whose one (abstract) member is method."""
    stub.__name__ = method
    stub.__qualname__ = '%s.%s' % (name, method)
    namespace = {'__slots__': (), '__module__': __name__, '__qualname__': name, method: abstractmethod(stub)}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), namespace))


def _returning(result):
    def stub(self):
        pass
    if result is not None:
        stub.__annotations__ = {'return': result}
    return stub


def _round_stub(self, ndigits: int = 0):
    pass


SupportsInt = _supports('SupportsInt', '__int__', _returning(int))
SupportsFloat = _supports('SupportsFloat', '__float__', _returning(float))
SupportsComplex = _supports('SupportsComplex', '__complex__', _returning(None))
SupportsBytes = _supports('SupportsBytes', '__bytes__', _returning(bytes))
SupportsIndex = _supports('SupportsIndex', '__index__', _returning(int))
SupportsAbs = _supports('SupportsAbs', '__abs__', _returning(None))
SupportsRound = _supports('SupportsRound', '__round__', _round_stub)


# ---- NamedTuple and TypedDict ---------------------------------------------------------------------

# names a NamedTuple class body may not define, and names it defines that are not copied over
_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                          '_make', '_replace', '_asdict', '_source'})
_NT_NOT_COPIED = frozenset({'__module__', '__name__', '__annotations__'})


def _typed_namedtuple(name, fields, module, defaults=()):
    fields = list(fields)
    annotations = {n: _type_check(t, 'field %s annotation must be a type' % (n,)) for n, t in fields}
    made = collections.namedtuple(name, [n for n, _ in fields], defaults=defaults, module=module)
    made.__annotations__ = annotations
    return made


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        annotated = ns.get('__annotations__', {})
        defaulted = []
        for name in annotated:
            if name in ns:
                defaulted.append(name)
            elif defaulted:
                plural = 's' if len(defaulted) > 1 else ''
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (name, plural, ', '.join(defaulted)))
        made = _typed_namedtuple(typename, annotated.items(), defaults=[ns[n] for n in defaulted],
                                 module=ns['__module__'])
        for key, value in ns.items():
            if key in _NT_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NT_NOT_COPIED and key not in made._fields:
                setattr(made, key, value)
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed namedtuple: class Point(NamedTuple): x: int; y: int = 0 (or the call form)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    try:
        module = _coroscope.warn_frame(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = None
    return _typed_namedtuple(typename, fields, module=module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


def _key_is_required(annotation, total):
    origin = getattr(annotation, '__origin__', None)
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        made = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations, required, optional = {}, set(), set()
        for base in bases:
            inherited = base.__dict__
            annotations.update(inherited.get('__annotations__', {}))
            required.update(inherited.get('__required_keys__', ()))
            optional.update(inherited.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key, annotation in own.items():
            (required if _key_is_required(annotation, total) else optional).add(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of keys and value types (a plain dict at runtime)."""
    ns = {'__annotations__': dict(kwargs if fields is None else fields)}
    try:
        ns['__module__'] = _coroscope.warn_frame(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---- functions --------------------------------------------------------------------------------------

class NewType(_Unionable):
    """NewType('UserId', int): a distinct name for a type; calling it returns the argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        try:
            self.__module__ = _coroscope.warn_frame(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __mro_entries__(self, bases):
        parent = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                child = cls.__name__
                raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                                '`%s = NewType(%r, %s)`' % (child, child, parent))
        return (Dummy,)

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x


def cast(typ, val):
    """Returns the value unchanged (the type is for static checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Marks a signature for static checkers; the last, undecorated definition is the real one."""
    _overload_registry.setdefault(getattr(func, '__qualname__', None), []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = kwargs
        return cls_or_fn
    return decorator


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluates forward references, also inside subscripted generics (List['X'], list['X'])."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, types.GenericAlias, types.UnionType)):
        if isinstance(t, types.GenericAlias):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
            if _is_unpacked(t):
                return t
            t = t.__origin__[args]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, types.GenericAlias):
            return types.GenericAlias(t.__origin__, ev_args)
        if isinstance(t, types.UnionType):
            return functools.reduce(lambda a, b: a | b, ev_args)
        return t.copy_with(ev_args)
    return t


def _is_unpacked(t):
    return getattr(t, '__unpacked__', False)


def _hint(value, **forward):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        return ForwardRef(value, **forward)
    return value


def _namespace_of(module_name):
    return getattr(sys.modules.get(module_name, None), '__dict__', {})


def _class_hints(cls, globalns, localns):
    hints = {}
    for klass in reversed(cls.__mro__):
        own = klass.__dict__.get('__annotations__', {})
        if not isinstance(own, dict):
            continue
        g = _namespace_of(klass.__module__) if globalns is None else globalns
        l = dict(vars(klass)) if localns is None else localns
        if globalns is None and localns is None:
            # the class body's names win over the module's
            g, l = l, g
        for name, value in own.items():
            hints[name] = _eval_type(_hint(value, is_argument=False, is_class=True), g, l)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module with None made NoneType and strings evaluated
    (in the defining module's namespace); Annotated[] is removed unless include_extras."""
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        raw = getattr(obj, '__annotations__', None)
        if raw is None:
            if isinstance(obj, (types.FunctionType, types.ModuleType)):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        as_argument = not isinstance(obj, types.ModuleType)
        hints = {name: _eval_type(_hint(value, is_argument=as_argument, is_class=False), globalns, localns)
                 for name, value in raw.items()}
    if include_extras:
        return hints
    return {name: _strip_annotations(t) for name, t in hints.items()}


def _strip_annotations(t):
    """t with every Annotated[T, ...] replaced by T."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if not isinstance(t, (_GenericAlias, types.GenericAlias)):
        return t
    inner = tuple(_strip_annotations(a) for a in t.__args__)
    if inner == t.__args__:
        return t
    if isinstance(t, _GenericAlias):
        return t.copy_with(inner)
    return types.GenericAlias(t.__origin__, inner)


def get_origin(tp):
    """The unsubscripted form: List[int] -> list, Optional[int] -> Union, Annotated[...] -> Annotated."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: Dict[str, int] -> (str, int); () for others."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if not isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return ()
    args = tp.__args__
    callable_like = isinstance(tp, _CallableGenericAlias) or (
        isinstance(tp, types.GenericAlias) and tp.__origin__ is collections.abc.Callable)
    # (the engine keeps collections.abc.Callable[[int], str].__args__ as ([int], str) already)
    if callable_like and args and args[0] is not Ellipsis and not isinstance(args[0], list):
        return (list(args[:-1]), args[-1])
    return args


Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
