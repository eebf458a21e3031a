# inspect.signature with Signature, Parameter and BoundArguments, plus getmro, getdoc, cleandoc
# and getmembers. The inspect module loads this file through its module __getattr__ the first
# time a program asks for one of these names, so `import asyncio` (which imports inspect) does
# not pay for it. Behaviour and messages follow CPython 3.11's inspect module.

import enum as _enum


class _empty:
    """Stands for "no default" and "no annotation"."""


_UNSET = object()  # "argument not given" for the replace() methods


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional',
                'keyword-only', 'variadic keyword')[self]


_POS_ONLY = _ParameterKind.POSITIONAL_ONLY
_POS_OR_KW = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POS = _ParameterKind.VAR_POSITIONAL
_KW_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KW = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        module = annotation.__module__
        if module == 'builtins' or module == base_module:
            return annotation.__qualname__
        return f'{module}.{annotation.__qualname__}'
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POS_ONLY
    POSITIONAL_OR_KEYWORD = _POS_OR_KW
    VAR_POSITIONAL = _VAR_POS
    KEYWORD_ONLY = _KW_ONLY
    VAR_KEYWORD = _VAR_KW
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POS, _VAR_KW):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind, self._default, self._annotation = name, kind, default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_UNSET, kind=_UNSET, annotation=_UNSET, default=_UNSET):
        return type(self)(self._name if name is _UNSET else name,
                          self._kind if kind is _UNSET else kind,
                          default=self._default if default is _UNSET else default,
                          annotation=self._annotation if annotation is _UNSET else annotation)

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        prefix = {_VAR_POS: '*', _VAR_KW: '**'}.get(self._kind, '')
        return prefix + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
               (other._name, other._kind, other._default, other._annotation)


class BoundArguments:
    """The result of Signature.bind: parameter names mapped to the values they received."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        # Values go positionally while every parameter so far was given and can take one.
        args, kwargs = [], {}
        positional = True
        for name, param in self._signature.parameters.items():
            if positional and (param.kind in (_KW_ONLY, _VAR_KW) or name not in self.arguments):
                positional = False
                if name not in self.arguments:
                    continue
            if name not in self.arguments:
                continue
            value = self.arguments[name]
            if positional:
                if param.kind == _VAR_POS:
                    args.extend(value)
                else:
                    args.append(value)
            elif param.kind == _VAR_KW:
                kwargs.update(value)
            elif param.kind != _VAR_POS:
                kwargs[name] = value
        return tuple(args), kwargs

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POS:
                filled[name] = ()
            elif param.kind == _VAR_KW:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self._signature == other._signature and self.arguments == other.arguments

    def __repr__(self):
        inner = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({inner})>'


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_parameters', '_return_annotation')

    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = {}
        if parameters is not None:
            highest = _POS_ONLY
            defaulted = False
            for param in parameters:
                if __validate_parameters__:
                    if param.kind < highest:
                        raise ValueError(f'wrong parameter order: {highest.description} parameter before '
                                         f'{param.kind.description} parameter')
                    highest = max(highest, param.kind)
                    if param.kind in (_POS_ONLY, _POS_OR_KW):
                        if param.default is not _empty:
                            defaulted = True
                        elif defaulted:
                            raise ValueError('non-default argument follows default argument')
                    if param.name in table:
                        raise ValueError(f'duplicate parameter name: {param.name!r}')
                table[param.name] = param
        self._parameters = table
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _from_callable(obj, follow_wrapped)

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_UNSET, return_annotation=_UNSET):
        return type(self)(self._parameters.values() if parameters is _UNSET else parameters,
                          return_annotation=self._return_annotation if return_annotation is _UNSET
                          else return_annotation)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial):
        kwargs = dict(kwargs)
        bound = {}
        params = list(self._parameters.values())
        at = 0
        # Positional arguments fill the leading parameters.
        for index, arg in enumerate(args):
            if at >= len(params) or params[at].kind in (_KW_ONLY, _VAR_KW):
                raise TypeError('too many positional arguments')
            param = params[at]
            if param.kind == _VAR_POS:
                bound[param.name] = tuple(args[index:])
                at += 1
                break
            if param.kind == _POS_OR_KW and param.name in kwargs:
                raise TypeError(f'multiple values for argument {param.name!r}')
            bound[param.name] = arg
            at += 1
        # The other parameters take keyword arguments or their defaults.
        var_kw = None
        for param in params[at:]:
            if param.kind == _VAR_POS:
                continue
            if param.kind == _VAR_KW:
                var_kw = param
                continue
            if param.name in kwargs:
                if param.kind == _POS_ONLY:
                    raise TypeError(f'{param.name!r} parameter is positional only, but was passed as a keyword')
                bound[param.name] = kwargs.pop(param.name)
            elif param.default is _empty and not partial:
                raise TypeError(f'missing a required argument: {param.name!r}')
        if kwargs:
            if var_kw is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            bound[var_kw.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __str__(self):
        parts = []
        kinds = [p.kind for p in self._parameters.values()]
        for i, param in enumerate(self._parameters.values()):
            if param.kind == _KW_ONLY and _VAR_POS not in kinds and (i == 0 or kinds[i - 1] != _KW_ONLY):
                parts.append('*')
            parts.append(str(param))
            if param.kind == _POS_ONLY and (i + 1 == len(kinds) or kinds[i + 1] != _POS_ONLY):
                parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'


def _of_function(func):
    code = func.__code__
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    notes = func.__annotations__
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = npos - len(defaults)
    params = []
    for i in range(npos):
        kind = _POS_ONLY if i < code.co_posonlyargcount else _POS_OR_KW
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(names[i], kind, default=default, annotation=notes.get(names[i], _empty)))
    extra = npos + nkw
    if code.co_flags & 0x04:  # CO_VARARGS
        params.append(Parameter(names[extra], _VAR_POS, annotation=notes.get(names[extra], _empty)))
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, _KW_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=notes.get(name, _empty)))
    if code.co_flags & 0x08:  # CO_VARKEYWORDS
        name = names[extra + (1 if code.co_flags & 0x04 else 0)]
        params.append(Parameter(name, _VAR_KW, annotation=notes.get(name, _empty)))
    return Signature(params, return_annotation=notes.get('return', _empty), __validate_parameters__=False)


def _without_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KW_ONLY, _VAR_KW):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POS:
        return sig
    return sig.replace(parameters=params[1:])


def _of_partial(sig, part):
    args, keywords = part.args or (), part.keywords or {}
    try:
        given = sig.bind_partial(*args, **keywords).arguments
    except TypeError as ex:
        raise ValueError(f'partial object {part!r} has incorrect arguments') from ex
    result = []
    keyword_only = False  # once a positional-or-keyword parameter is set by keyword
    for param in sig.parameters.values():
        name = param.name
        if name in given and param.kind in (_POS_ONLY, _POS_OR_KW) and name not in keywords:
            continue  # filled positionally: gone
        if name in given and param.kind in (_POS_OR_KW, _KW_ONLY):
            if param.kind == _POS_OR_KW:
                keyword_only = True
            param = param.replace(default=given[name])
        if keyword_only:
            if param.kind == _POS_OR_KW:
                param = param.replace(kind=_KW_ONLY)
            elif param.kind == _VAR_POS:
                continue
        result.append(param)
    # Parameters turned keyword-only go after the others of that kind, as in CPython.
    order = {_POS_ONLY: 0, _POS_OR_KW: 1, _VAR_POS: 2, _KW_ONLY: 3, _VAR_KW: 4}
    result.sort(key=lambda p: order[p.kind])
    return sig.replace(parameters=result)


def _text_signature(key):
    import _builtin_sigs
    return _builtin_sigs.SIGS.get(key)


def _of_builtin(obj, kind):
    """A built-in callable's signature from CPython's recorded __text_signature__."""
    bound = kind in ('builtin_function_or_method', 'method-wrapper')
    qualname = obj.__qualname__
    if '.' in qualname:
        text = _text_signature(qualname)
    else:
        text = _text_signature(qualname) if getattr(obj, '__module__', None) in (None, 'builtins') else None
    if text is None:
        raise ValueError(f'no signature found for builtin {obj!r}')
    return _from_text(obj, text, bound)


def _split_params(text):
    """The comma-separated items of '(a, b=', ')', /)', quotes respected."""
    body = text.strip()[1:-1]
    items, cur, quote, i = [], '', None, 0
    while i < len(body):
        c = body[i]
        if quote:
            cur += c
            if c == '\\' and i + 1 < len(body):
                cur += body[i + 1]
                i += 1
            elif c == quote:
                quote = None
        elif c in '\'"':
            quote = c
            cur += c
        elif c == ',':
            items.append(cur.strip())
            cur = ''
        else:
            cur += c
        i += 1
    if cur.strip():
        items.append(cur.strip())
    return items


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"'}


def _literal(obj, text):
    if text == '<unrepresentable>':
        raise ValueError(f'{obj!r} builtin has invalid signature')
    simple = {'None': None, 'True': True, 'False': False, '()': (), 'sys.maxsize': 9223372036854775807}
    if text in simple:
        return simple[text]
    is_bytes = text[:1] == 'b'
    quoted = text[1:] if is_bytes else text
    if quoted[:1] in ('"', "'") and quoted[-1:] == quoted[:1]:
        out, i, body = '', 0, quoted[1:-1]
        while i < len(body):
            if body[i] == '\\' and i + 1 < len(body):
                out += _ESCAPES.get(body[i + 1], '\\' + body[i + 1])
                i += 2
            else:
                out += body[i]
                i += 1
        return out.encode('latin-1') if is_bytes else out
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        raise ValueError(f'{obj!r} builtin has invalid signature')


def _from_text(obj, text, bound):
    params = []
    kind = _POS_OR_KW
    items = _split_params(text)
    if '/' in items:
        kind = _POS_ONLY
    for item in items:
        if item.startswith('$'):
            # $self, $module, $type: gone once bound (and for module functions), 'self' otherwise.
            if not bound and item != '$module':
                params.append(Parameter(item[1:], kind))
            continue
        if item == '/':
            kind = _POS_OR_KW
            continue
        if item == '*':
            kind = _KW_ONLY
            continue
        if item.startswith('**'):
            params.append(Parameter(item[2:], _VAR_KW))
            continue
        if item.startswith('*'):
            params.append(Parameter(item[1:], _VAR_POS))
            kind = _KW_ONLY
            continue
        name, eq, default = item.partition('=')
        params.append(Parameter(name.strip(), kind, default=_literal(obj, default.strip()) if eq else _empty))
    return Signature(params, __validate_parameters__=False)


def _from_callable(obj, follow_wrapped):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if not isinstance(obj, type) and hasattr(obj, '__func__') and hasattr(obj, '__self__'):
        return _without_first(_from_callable(obj.__func__, follow_wrapped))
    if follow_wrapped:
        seen = set()
        while hasattr(obj, '__wrapped__') and id(obj) not in seen:
            seen.add(id(obj))
            if getattr(obj, '__signature__', None) is not None:
                break
            obj = obj.__wrapped__
    custom = None if isinstance(obj, type) else getattr(obj, '__signature__', None)
    if custom is not None:
        if not isinstance(custom, Signature):
            raise TypeError(f'unexpected object {custom!r} in __signature__ attribute')
        return custom
    kind = type(obj).__name__
    if kind == 'function':
        return _of_function(obj)
    if kind == 'partial' and hasattr(obj, 'func'):
        return _of_partial(_from_callable(obj.func, follow_wrapped), obj)
    if isinstance(obj, type):
        meta_call = getattr(type(obj), '__call__', None)
        if type(meta_call).__name__ == 'function':
            return _without_first(_from_callable(meta_call, follow_wrapped))
        for special in ('__new__', '__init__'):
            for klass in obj.__mro__[:-1]:
                if special in klass.__dict__:
                    member = klass.__dict__[special]
                    if type(member).__name__ == 'staticmethod':
                        member = member.__func__
                    if type(member).__name__ == 'function':
                        return _without_first(_of_function(member))
                    break
        if obj.__mro__[-1] is object and len(obj.__mro__) > 1 and all(
                '__new__' not in k.__dict__ and '__init__' not in k.__dict__ for k in obj.__mro__[:-1]):
            return Signature()
        text = _text_signature(obj.__name__) if obj.__module__ == 'builtins' else None
        if text is not None:
            return _from_text(obj, text, False)
        raise ValueError(f'no signature found for builtin type {obj!r}')
    if kind in ('builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor', 'method-wrapper'):
        return _of_builtin(obj, kind)
    call = getattr(type(obj), '__call__', None)
    if type(call).__name__ == 'function':
        return _without_first(_from_callable(call, follow_wrapped))
    raise ValueError(f'callable {obj!r} is not supported by signature')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    cut = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[cut:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if doc is None and isinstance(obj, type):
        for klass in obj.__mro__[1:-1]:
            if isinstance(klass.__dict__.get('__doc__'), str):
                doc = klass.__dict__['__doc__']
                break
    return cleandoc(doc) if isinstance(doc, str) else None


def getmembers(obj, predicate=None):
    found = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    return sorted(found, key=lambda pair: pair[0])


# ---- frames: stack(), trace(), getframeinfo(), getouterframes(), getinnerframes() ----------------

import sys as _sys
import _coroscope


class _Fields(tuple):
    """A tuple whose items also have names, plus a keyword-only `positions` kept beside them."""
    __slots__ = ('positions',)
    _fields = ()

    def __new__(cls, *values, positions=None):
        if len(values) != len(cls._fields):
            raise TypeError(f'{cls.__name__}() takes {len(cls._fields)} positional arguments '
                            f'but {len(values)} were given')
        self = tuple.__new__(cls, values)
        self.positions = positions
        return self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __repr__(self):
        inner = ', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self))
        return f'{type(self).__name__}({inner}, positions={self.positions!r})'


def _named(i):
    return property(lambda self: tuple.__getitem__(self, i))


class Traceback(_Fields):
    __slots__ = ()
    _fields = ('filename', 'lineno', 'function', 'code_context', 'index')
    filename, lineno, function, code_context, index = map(_named, range(5))


class FrameInfo(_Fields):
    __slots__ = ()
    _fields = ('frame', 'filename', 'lineno', 'function', 'code_context', 'index')
    frame, filename, lineno, function, code_context, index = map(_named, range(6))


class _Positions(tuple):
    __slots__ = ()

    def __new__(cls, lineno, end_lineno, col_offset, end_col_offset):
        return tuple.__new__(cls, (lineno, end_lineno, col_offset, end_col_offset))

    lineno = property(lambda self: self[0])
    end_lineno = property(lambda self: self[1])
    col_offset = property(lambda self: self[2])
    end_col_offset = property(lambda self: self[3])

    def __repr__(self):
        return 'Positions(lineno=%r, end_lineno=%r, col_offset=%r, end_col_offset=%r)' % tuple(self)


def _where(code, lasti, lineno):
    """Source range of the instruction at byte offset lasti (just the line when the code has none)."""
    for i, span in enumerate(code.co_positions()):
        if i == lasti // 2:
            return _Positions(*span)
    return _Positions(lineno, lineno, None, None)


def getframeinfo(frame, context=1):
    if type(frame).__name__ == 'traceback':
        lineno, lasti, frame = frame.tb_lineno, frame.tb_lasti, frame.tb_frame
    else:
        lineno, lasti = frame.f_lineno, frame.f_lasti
    if type(frame).__name__ != 'frame':
        raise TypeError(f'{frame!r} is not a frame or traceback object')
    code = frame.f_code
    positions = _where(code, lasti, lineno)
    lines = index = None
    if context > 0:
        first = max(lineno - 1 - context // 2, 0)
        found = []
        for n in range(first + 1, first + 1 + context):
            text = _coroscope.source_line(code.co_filename, n)
            if text is None:
                break
            found.append(text + '\n')
        if found:
            lines, index = found, lineno - 1 - first
    return Traceback(code.co_filename, lineno, code.co_name, lines, index, positions=positions)


def _info(frame, context):
    t = getframeinfo(frame, context)
    return FrameInfo(frame, *t, positions=t.positions)


def getouterframes(frame, context=1):
    out = []
    while frame is not None:
        out.append(_info(frame, context))
        frame = frame.f_back
    return out


def getinnerframes(tb, context=1):
    out = []
    while tb is not None:
        t = getframeinfo(tb, context)
        out.append(FrameInfo(tb.tb_frame, *t, positions=t.positions))
        tb = tb.tb_next
    return out


def stack(context=1):
    # From library code sys._getframe() is already the caller's frame.
    return getouterframes(_sys._getframe(), context)


def trace(context=1):
    return getinnerframes(_sys.exc_info()[2], context)
