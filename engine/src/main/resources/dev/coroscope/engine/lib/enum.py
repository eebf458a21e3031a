"""enum for Coroscope: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify and the functional
API, behaving (reprs, str/format, error messages) as CPython 3.11's; written for the engine."""

import sys
import _coroscope
from types import MappingProxyType

_plain_property = property

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'member', 'nonmember', 'verify', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'global_enum']


# ---------------------------------------------------------------- markers used in class bodies

class _NoValue:
    def __repr__(self):
        return '_auto_null'


_auto_null = _NoValue()
_ABSENT = object()      # "no member found" in lookups


class auto:
    """Stands for a value chosen by the enum's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class nonmember(object):
    """Wraps a class-body value that must stay a plain attribute."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Wraps a class-body value (even a function) that must become a member."""

    def __init__(self, value):
        self.value = value


class property:
    """Attribute of members; read on the enum class itself it is missing (so a member may share
    its name)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc
        self.name = None
        self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError(self.name)
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name))
        return self.fget(instance)

    def _refuse(self, verb):
        raise AttributeError('<enum %r> cannot %s attribute %r' % (self.clsname, verb, self.name))

    def __set__(self, instance, value):
        if self.fset is None:
            self._refuse('set')
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            self._refuse('delete')
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


# ---------------------------------------------------------------- name and value helpers

def _wrapped_in(name, ch):
    # '__x__' style (ch '__') or '_x_' style (ch '_'), with no extra underscore inside the marks.
    n = len(ch)
    if len(name) <= 2 * n or not (name.startswith(ch) and name.endswith(ch)):
        return False
    return name[n] != '_' and name[-n - 1] != '_'


def _is_dunder(name):
    return _wrapped_in(name, '__')


def _is_sunder(name):
    return _wrapped_in(name, '_')


def _is_private(cls_name, name):
    prefix = '_' + cls_name + '__'
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    for hook in ('__get__', '__set__', '__delete__'):
        if hasattr(obj, hook):
            return True
    return False


def _is_single_bit(num):
    return num > 0 and (num & (num - 1)) == 0


def _split_names(text):
    return text.replace(',', ' ').split()


def bin(num, max_bits=None):
    """Two's complement bits of num: '0b' + sign bit + ' ' + digits (padded to max_bits)."""
    width = num.bit_length()
    if num >= 0:
        sign, digits = '0', (format(num, 'b') if num else '')
    else:
        sign, digits = '1', format(num & ((1 << width) - 1), 'b').zfill(width)
    if max_bits is not None and len(digits) < max_bits:
        digits = sign * (max_bits - len(digits)) + digits
    return '0b%s %s' % (sign, digits)


_SUNDER_ALLOWED = frozenset(('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
                             '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'))


# ---------------------------------------------------------------- the class-body namespace

class _EnumDict(dict):
    """Namespace of an enum class body: remembers which names are members (in order), resolves
    auto() values and refuses to redefine a name."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None
        self._cls_name = None

    def _next_value(self, key):
        self._auto_called = True
        return self._generate_next_value(key, 1, len(self._member_names), list(self._last_values))

    def _resolve(self, key, value):
        # Replaces auto() markers (alone or inside a tuple) by their values.
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = self._next_value(key)
            return value.value
        if type(value) is tuple and [v for v in value if isinstance(v, auto)]:
            return tuple(self._resolve(key, v) for v in value)
        return value

    def _special(self, key, value):
        # A _sunder_ name: only the enum's own hooks are allowed.
        if key not in _SUNDER_ALLOWED:
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            names = _split_names(value) if isinstance(value, str) else list(value)
            clash = set(names).intersection(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
            self._ignore = names
            value = names
        return key, value

    def _kind(self, key, value):
        # How a class-body assignment is treated: 'member', 'sunder', 'order', 'unwrap' or 'plain'.
        if self._cls_name is not None and _is_private(self._cls_name, key):
            return 'plain'
        if _is_sunder(key):
            return 'sunder'
        if _is_dunder(key):
            return 'order' if key == '__order__' else 'plain'
        if key in self._ignore:
            return 'plain'
        if isinstance(value, nonmember):
            return 'unwrap'
        return 'plain' if _is_descriptor(value) else 'member'

    def __setitem__(self, key, value):
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        kind = self._kind(key, value)
        if kind == 'member':
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = self._resolve(key, value.value if isinstance(value, member) else value)
            self._member_names[key] = None
            self._last_values.append(value)
        elif kind == 'sunder':
            key, value = self._special(key, value)
        elif kind == 'order':
            key = '_order_'
        elif kind == 'unwrap':
            value = value.value
        dict.__setitem__(self, key, value)


# ---------------------------------------------------------------- building members

def _find_member(cls, value):
    """The member whose value equals value, or _ABSENT."""
    try:
        return cls._value2member_map_.get(value, _ABSENT)
    except TypeError:
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    return _ABSENT


def _find_unhashable(cls, value):
    for m in cls._unhashable_values_:
        if m._value_ == value:
            return m
    return _ABSENT


def _new_member(cls, name, raw):
    """Creates member `name` of cls from its class-body value and registers it (or the alias)."""
    data_type = cls._member_type_
    args = raw if isinstance(raw, tuple) else (raw,)
    if data_type is tuple:
        args = (args,)
    obj = cls._new_member_(cls, *args) if cls._use_args_ else cls._new_member_(cls)
    if not hasattr(obj, '_value_'):
        if data_type is object:
            obj._value_ = raw
        else:
            try:
                obj._value_ = data_type(*args)
            except Exception:
                obj._value_ = raw
    value = obj._value_
    obj._name_ = name
    obj.__objclass__ = cls
    obj.__init__(*args)
    obj._sort_order_ = len(cls._member_names_)

    existing = _find_member(cls, value)
    if existing is _ABSENT:
        existing = _find_unhashable(cls, value)
    if existing is not _ABSENT:
        # an alias: the name leads to the first member with that value
        cls._member_map_[name] = existing
        type.__setattr__(cls, name, existing)
        return
    # Flag members that are not one bit (0, or a combination like RW = R | W) are reachable by
    # name and value but are not iterated.
    combination = (Flag is not None and issubclass(cls, Flag) and isinstance(value, int)
                   and not _is_single_bit(value))
    if not combination:
        cls._member_names_.append(name)
    cls._member_map_[name] = obj
    type.__setattr__(cls, name, obj)
    try:
        cls._value2member_map_[value] = obj
    except TypeError:
        cls._unhashable_values_.append(obj)


def _take_method(enum_class, name, method):
    type.__setattr__(enum_class, name, method)


# ---------------------------------------------------------------- the metaclass

class EnumType(type):
    """Metaclass of enumerations: creates the members; the class is iterable, has a length, is
    indexable by member name and callable with a value."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        base_enum = metacls._get_mixins_(cls, bases)[1]
        if base_enum is not None:
            namespace._generate_next_value = getattr(base_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        for ignored in classdict._ignore:
            classdict.pop(ignored, None)
        data_type, base_enum = metacls._get_mixins_(cls, bases)
        creator, keep_creator, use_args = metacls._find_new_(classdict, data_type, base_enum)
        names = list(classdict._member_names)
        bad = [n for n in names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % (', '.join(map(repr, bad)),))

        body = {k: v for k, v in classdict.items() if k not in classdict._member_names}
        raw_values = [(n, classdict[n]) for n in names]
        body.pop('_ignore_', None)
        order = body.pop('_order_', None)
        body.update(_new_member_=creator, _use_args_=use_args, _member_names_=[], _member_map_={},
                    _value2member_map_={}, _unhashable_values_=[], _member_type_=data_type,
                    _value_repr_=metacls._find_data_repr_(cls, bases),
                    _boundary_=boundary or getattr(base_enum, '_boundary_', None),
                    _flag_mask_=0, _all_bits_=0)
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        metacls._settle_methods(enum_class, bases, classdict, data_type, base_enum)

        for name, raw in raw_values:
            _new_member(enum_class, name, raw)

        if Enum is not None:
            # Calling the class finds members by value; the creator stays reachable for subclasses.
            if keep_creator:
                _take_method(enum_class, '__new_member__', creator)
            _take_method(enum_class, '__new__', Enum.__new__)
        if Flag is not None and issubclass(enum_class, Flag):
            mask = 0
            for m in enum_class._member_map_.values():
                mask |= m._value_
            enum_class._flag_mask_ = mask
            enum_class._all_bits_ = (1 << mask.bit_length()) - 1 if mask else 0

        if order is not None:
            wanted = _split_names(order) if isinstance(order, str) else order
            if wanted != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, wanted))
        return enum_class

    @staticmethod
    def _settle_methods(enum_class, bases, classdict, data_type, base_enum):
        # Which repr/str/format/reduce a new enum uses when its body does not define them: the
        # enum's, not the mixed-in data type's; except that ReprEnum keeps the data type's str()
        # and format().
        own = set(classdict)
        if ReprEnum is not None and ReprEnum in bases:
            if '__format__' not in own:
                _take_method(enum_class, '__format__', data_type.__format__)
                own.add('__format__')
            if '__str__' not in own:
                to_str = data_type.__str__
                if to_str is object.__str__:
                    to_str = data_type.__repr__
                _take_method(enum_class, '__str__', to_str)
                own.add('__str__')
        if base_enum is not None:
            for hook in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if hook in own:
                    continue
                current = getattr(enum_class, hook)
                if current is getattr(data_type, hook) or current is getattr(object, hook):
                    _take_method(enum_class, hook, getattr(base_enum, hook))
        if Flag is not None and issubclass(enum_class, Flag):
            # the flag operators win over a mixed-in int's
            for hook in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if hook not in own:
                    _take_method(enum_class, hook, getattr(Flag, hook))

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                                boundary=boundary)
        return cls.__new__(cls, value)

    def __contains__(cls, member):
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        import warnings
        warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                      "False depending on whether the value is a member or the value of a member",
                      DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                        % (type(member).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        members = cls._member_map_
        return (members[n] for n in cls._member_names_)

    def __reversed__(cls):
        members = cls._member_map_
        return (members[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_plain_property
    def __members__(cls):
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return '<%s %r>' % (kind, cls.__name__)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        base_enum = cls._get_mixins_(class_name, bases)[1]
        namespace = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = _split_names(names)
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            # bare names: values from _generate_next_value_
            pairs, produced = [], []
            for count, name in enumerate(names):
                produced.append(base_enum._generate_next_value_(name, start, count, produced[:]))
                pairs.append((name, produced[-1]))
            names = pairs
        elif not isinstance(names, (tuple, list)):
            names = [(key, names[key]) for key in names]
        for name, value in names:
            namespace[name] = value
        if module is None:
            try:
                module = _coroscope.warn_frame(1).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            namespace['__module__'] = module
        if qualname is not None:
            namespace['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for base in bases:
            for ancestor in base.__mro__:
                if isinstance(ancestor, EnumType) and ancestor._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (class_name, ancestor))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(data type of the members, the enum class to inherit from)."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        base_enum = bases[-1]
        if not isinstance(base_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return (mcls._find_data_type_(class_name, bases) or object), base_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for base in bases:
            for ancestor in base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    return ancestor._value_repr_
                found = ancestor.__dict__.get('__repr__')
                if found is not None:
                    return found
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        # The data type of a base is the first class in its MRO that makes its own instances
        # (defines __new__), or the subclass of it that the base names; an enum base passes on its own.
        found = set()
        for base in bases:
            first_plain = None
            for ancestor in base.__mro__:
                if ancestor is object:
                    continue
                if isinstance(ancestor, EnumType):
                    if ancestor._member_type_ is not object:
                        found.add(ancestor._member_type_)
                        break
                    continue
                if '__new__' in ancestor.__dict__:
                    found.add(first_plain or ancestor)
                    break
                if first_plain is None:
                    first_plain = ancestor
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(callable creating a member, whether it must be kept as __new_member__, whether it
        takes the member's value as arguments)."""
        own = classdict.get('__new__')
        if own is not None:
            creator = own
        else:
            creator = object.__new__
            plain = (None, None.__new__, object.__new__, Enum.__new__ if Enum is not None else None)
            candidates = [getattr(c, hook, None) for hook in ('__new_member__', '__new__')
                          for c in (member_type, first_enum)]
            for candidate in candidates:
                if candidate not in plain:
                    creator = candidate
                    break
        use_args = first_enum is not None and creator not in (Enum.__new__, object.__new__)
        return creator, (first_enum is not None and own is not None), use_args


EnumMeta = EnumType
Enum = None
Flag = None
ReprEnum = None


# ---------------------------------------------------------------- Enum and its simple kinds

def _value_error(cls, value):
    return ValueError('%r is not a valid %s' % (value, cls.__qualname__))


class Enum(metaclass=EnumType):
    """Base class of enumerations: members are named, unique constants of their class."""

    @classmethod
    def __signature__(cls):
        return '(*values)'

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = _find_member(cls, value)
        if found is _ABSENT:
            found = _find_unhashable(cls, value)
        if found is not _ABSENT:
            return found
        # Not a value of any member: ask the class's _missing_ hook.
        try:
            result = cls._missing_(value)
        except Exception as failure:
            if not isinstance(failure, ValueError):
                failure.__context__ = _value_error(cls, value)
            raise failure
        if isinstance(result, cls) or (result is not None and Flag is not None and issubclass(cls, Flag)):
            return result
        if result is None:
            raise _value_error(cls, value)
        wrong = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                          % (cls.__name__, result))
        wrong.__context__ = _value_error(cls, value)
        raise wrong

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return last_values[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, show(self._value_))

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __dir__(self):
        cls = type(self)
        members = cls._member_map_
        names = set(object.__dir__(self)) if cls._member_type_ is not object else set()
        names.update(n for n in getattr(self, '__dict__', ()) if not n.startswith('_') and n not in members)
        for klass in cls.__mro__:
            for n, attr in klass.__dict__.items():
                if n.startswith('_'):
                    continue
                if isinstance(attr, property) and attr.fget is None and n in members:
                    names.discard(n)
                elif isinstance(attr, property) or n not in members:
                    names.add(n)
        names.update(('__class__', '__doc__', '__eq__', '__hash__', '__module__'))
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose members keep their data type's str() and format(); only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are strs."""

    def __new__(cls, *values):
        count = len(values)
        if count > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        checks = (('%r is not a string', values[0] if count > 0 else ''),
                  ('encoding must be a string, not %r', values[1] if count > 1 else ''),
                  ('errors must be a string, not %r', values[2] if count > 2 else ''))
        for message, arg in checks:
            if not isinstance(arg, str):
                raise TypeError(message % (arg,))
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)


class FlagBoundary(StrEnum):
    """What Flag(value) does with bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ---------------------------------------------------------------- flags

def _flag_operand(flag, other):
    # The int to combine with, or None when other is not a flag of the same class (nor, for a
    # data-typed flag, a value of that type).
    if isinstance(other, type(flag)):
        return other._value_
    data_type = flag._member_type_
    if data_type is not object and isinstance(other, data_type):
        return other
    return None


class Flag(Enum, boundary=STRICT):
    """Enum of bit flags, combined with | & ^ and ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            top = highest.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 1 << top

    @classmethod
    def _single_bit_members(cls):
        found = []
        for n in cls._member_names_:
            m = cls._member_map_[n]
            if _is_single_bit(m._value_):
                found.append(m)
        return found

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise _value_error(cls, value)
        mask, full = cls._flag_mask_, cls._all_bits_
        fits = -full - 1 <= value <= full and not value & (full ^ mask)
        if not fits:
            edge = cls._boundary_
            if edge is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, bin(value, width), bin(mask, width)))
            if edge is EJECT:
                return value
            if edge is CONFORM:
                value &= mask
            elif edge is KEEP and value < 0:
                value += max(full + 1, 1 << value.bit_length())
        given_negative = value if value < 0 else None
        if value < 0:
            value += full + 1
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        known = value & mask
        if known:
            parts = [m._name_ for m in cls._single_bit_members() if m._value_ & known]
            extra = value & ~mask
            if extra:
                parts.append(str(extra))
            pseudo._name_ = '|'.join(parts)
        else:
            pseudo._name_ = None
        pseudo.__objclass__ = cls
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if given_negative is not None:
            cls._value2member_map_[given_negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return (other._value_ & self._value_) == other._value_

    def __iter__(self):
        mine = self._value_
        return iter([m for m in type(self)._single_bit_members() if m._value_ & mine == m._value_])

    def __len__(self):
        return format(self._value_, 'b').count('1')

    def __repr__(self):
        cls = type(self)
        show = cls._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls.__name__, show(self._value_))
        return '<%s.%s: %s>' % (cls.__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = _flag_operand(self, other)
        if bits is None:
            return NotImplemented
        return type(self)(self._value_ ^ bits)

    def __invert__(self):
        if self._boundary_ is KEEP or self._boundary_ is EJECT:
            return type(self)(~self._value_)
        return type(self)(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


# ---------------------------------------------------------------- decorators

def _alias_pairs(enumeration):
    return [(alias, m.name) for alias, m in enumeration.__members__.items() if alias != m.name]


def unique(enumeration):
    """Class decorator: ValueError when a member has another name (an alias)."""
    pairs = _alias_pairs(enumeration)
    if pairs:
        listed = ', '.join('%s -> %s' % pair for pair in pairs)
        raise ValueError('duplicate values found in %r: %s' % (enumeration, listed))
    return enumeration


class EnumCheck(StrEnum):
    """Constraints verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        kind = 'Flag' if Flag is not None and issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                pairs = _alias_pairs(enumeration)
                if pairs:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join('%s -> %s' % p for p in pairs)))
            elif check is CONTINUOUS:
                values = set(m.value for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'Flag':
                    wanted = set(1 << b for b in range(low.bit_length() - 1, high.bit_length()))
                else:
                    wanted = set(range(low, high + 1))
                gaps = sorted(wanted - values)
                if gaps:
                    raise ValueError('invalid %s %r: missing values %s'
                                     % (kind.lower(), cls_name, ', '.join(str(g) for g in gaps)))
            elif check is NAMED_FLAGS:
                named = 0
                for m in enumeration:
                    named |= m._value_
                faults = []
                for alias, m in enumeration.__members__.items():
                    if alias != m.name or _is_single_bit(m._value_) or not m._value_:
                        continue
                    unnamed = m._value_ & ~named
                    if unnamed:
                        faults.append((alias, unnamed))
                if faults:
                    if len(faults) == 1:
                        alias, bits = faults[0]
                        text = 'alias %s is missing value 0x%x' % (alias, bits)
                    else:
                        text = 'aliases %s and %s are missing combined values of 0x%x' % (
                            ', '.join(a for a, _ in faults[:-1]), faults[-1][0],
                            _union_bits(b for _, b in faults))
                    raise ValueError('invalid Flag %r: %s [use enum.show_flag_values(value) for details]'
                                     % (cls_name, text))
        return enumeration


def _union_bits(values):
    total = 0
    for v in values:
        total |= v
    return total


def global_enum(cls):
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
