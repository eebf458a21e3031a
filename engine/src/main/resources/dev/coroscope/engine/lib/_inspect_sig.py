# inspect.signature with Signature, Parameter and BoundArguments, plus getmro, getdoc, cleandoc
# and getmembers. The inspect module loads this file through its module __getattr__ the first
# time a program asks for one of these names, so `import asyncio` (which imports inspect) does
# not pay for it. Behaviour and messages follow CPython 3.11's inspect module.

import enum as _enum

# Classes and functions defined here belong to inspect, as the program sees them
# (repr(inspect.Parameter.empty) is <class 'inspect._empty'>).
__name__ = 'inspect'


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


def _from_callable(obj, follow_wrapped, skip_bound=True):
    # skip_bound=False keeps the parameter a bound method, class or callable instance fills itself
    # (getfullargspec shows it).
    drop = _without_first if skip_bound else (lambda sig: sig)
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if not isinstance(obj, type) and hasattr(obj, '__func__') and hasattr(obj, '__self__'):
        return drop(_from_callable(obj.__func__, follow_wrapped))
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
            return drop(_from_callable(meta_call, follow_wrapped))
        for special in ('__new__', '__init__'):
            for klass in obj.__mro__[:-1]:
                if special in klass.__dict__:
                    member = klass.__dict__[special]
                    if type(member).__name__ == 'staticmethod':
                        member = member.__func__
                    if type(member).__name__ == 'function':
                        return drop(_of_function(member))
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
        return drop(_from_callable(call, follow_wrapped))
    raise ValueError(f'callable {obj!r} is not supported by signature')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    # Walk __wrapped__ links to the innermost object, or to the first one stop() accepts. Coming
    # back to an object already passed (or a chain longer than the recursion limit) is an error
    # that names where the walk began.
    import sys
    passed = {id(func)}
    obj = func
    while hasattr(obj, '__wrapped__') and (stop is None or not stop(obj)):
        obj = obj.__wrapped__
        if id(obj) in passed or len(passed) >= sys.getrecursionlimit():
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        passed.add(id(obj))
    return obj


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


# --- frames and source ----------------------------------------------------------------------------
# The engine's own library frames are not in a frame's f_back chain, so the frames seen here are
# the program's: stack()[0] is the frame that called stack().

import sys as _sys
import linecache as _linecache
import _coroscope
from collections import namedtuple as _namedtuple

_Positions = _namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')


class Traceback(_namedtuple('_Traceback', 'filename lineno function code_context index')):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(*self, self.positions))


class FrameInfo(_namedtuple('_FrameInfo', 'frame filename lineno function code_context index')):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, '
                'index={!r}, positions={!r})'.format(*self, self.positions))


def _context_lines(filename, lineno, context):
    """(code_context, index): `context` lines around lineno, or (None, None) without source."""
    if context <= 0:
        return None, None
    lines = _linecache.getlines(filename)
    if not lines:
        # A frame of CPython's event loop standing in where the engine runs Java: its own line.
        text = _coroscope.source_line(filename, lineno) if context == 1 else None
        return ([text + '\n'], 0) if text else (None, None)
    first = lineno - 1 - context // 2
    first = max(0, min(first, len(lines) - context))
    return lines[first:first + context], lineno - 1 - first


def getframeinfo(frame, context=1):
    if hasattr(frame, 'tb_frame'):
        lineno, lasti = frame.tb_lineno, frame.tb_lasti
        frame = frame.tb_frame
    else:
        lineno, lasti = frame.f_lineno, frame.f_lasti
    if not hasattr(frame, 'f_code'):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    code_context, index = _context_lines(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index,
                     positions=_instruction_span(frame.f_code, lasti, lineno))


def _instruction_span(code, lasti, lineno):
    """Positions of the instruction at byte offset lasti; just the line for a stand-in frame."""
    for i, span in enumerate(code.co_positions()):
        if i == lasti // 2:
            return _Positions(*span)
    return _Positions(lineno, lineno, None, None)


def _frame_info(frame, context, lineno=None):
    info = getframeinfo(frame, context)
    if lineno is not None and lineno != info.lineno:
        code_context, index = _context_lines(info.filename, lineno, context)
        info = Traceback(info.filename, lineno, info.function, code_context, index,
                         positions=_Positions(lineno, lineno, None, None))
    return FrameInfo(frame, *info, positions=info.positions)


def getouterframes(frame, context=1):
    found = []
    while frame is not None:
        found.append(_frame_info(frame, context))
        frame = frame.f_back
    return found


def getinnerframes(tb, context=1):
    found = []
    while tb is not None:
        info = getframeinfo(tb, context)
        found.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return found


def stack(context=1):
    return getouterframes(_sys._getframe(0), context)


def trace(context=1):
    return getinnerframes(_sys.exc_info()[2], context)


def _is_code_holder(obj):
    return hasattr(obj, 'co_filename') and hasattr(obj, 'co_firstlineno')


def getfile(object):
    if isinstance(object, type(_sys)):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isinstance(object, type):
        module = _sys.modules.get(object.__module__)
        if getattr(module, '__file__', None):
            return module.__file__
        if object.__module__ == '__main__':
            raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    target = object
    for attr in ('__func__', '__code__', 'tb_frame', 'f_code'):
        if hasattr(target, attr) and not _is_code_holder(target):
            target = getattr(target, attr)
    if _is_code_holder(target):
        return target.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                    'got {}'.format(type(object).__name__))


def getsourcefile(object):
    name = getfile(object)
    return name if _linecache.getlines(name) else None


def _block_end(lines, start):
    """Index just past the block whose header starts at lines[start] (an indented suite)."""
    header_indent = len(lines[start]) - len(lines[start].lstrip())
    # The header runs to the line whose code ends with ':' (the brackets of a long signature
    # may span lines); a one-line block has code after its ':'.
    pos = start
    depth = 0
    while pos < len(lines):
        code = lines[pos].split('#', 1)[0].rstrip()
        depth += sum(code.count(c) for c in '([{') - sum(code.count(c) for c in ')]}')
        if depth <= 0 and code.endswith(':'):
            break
        if depth <= 0 and ':' in code and not code.lstrip().startswith('@'):
            return pos + 1
        pos += 1
    last = pos
    body_indent = None
    for index in range(pos + 1, len(lines)):
        text = lines[index]
        stripped = text.strip()
        if not stripped:
            continue
        indent = len(text) - len(text.lstrip())
        if stripped.startswith('#'):
            if body_indent is not None and indent >= body_indent:
                last = index
            continue
        if indent <= header_indent:
            break
        if body_indent is None:
            body_indent = indent
        last = index
    return last + 1


def _class_start(lines, cls):
    import re as _re
    pattern = _re.compile(r'\s*class\s+' + cls.__name__ + r'\b')
    for index, text in enumerate(lines):
        if pattern.match(text):
            return index
    raise OSError('could not find class definition')


def getsourcelines(object):
    while hasattr(object, '__wrapped__'):
        object = object.__wrapped__
    filename = getfile(object)
    lines = _linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if isinstance(object, type(_sys)):
        return lines, 0
    if isinstance(object, type):
        start = _class_start(lines, object)
    else:
        target = object
        for attr in ('__func__', '__code__', 'tb_frame', 'f_code'):
            if hasattr(target, attr) and not _is_code_holder(target):
                target = getattr(target, attr)
        start = target.co_firstlineno - 1
        if target.co_name == '<lambda>':
            return lines[start:start + 1], start + 1
        if target.co_name == '<module>':
            return lines, 0
    first = start
    while first > 0 and lines[first - 1].lstrip().startswith('@') and isinstance(object, type):
        first -= 1
    body_from = start
    while lines[body_from].lstrip().startswith('@'):
        body_from += 1
    return lines[first:_block_end(lines, body_from)], first + 1


def getsource(object):
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# --- argument specs and call arguments ----------------------------------------------------------
# The older argument API: getfullargspec lists what signature() finds, without leaving out the
# parameter a bound method, a class or a callable instance fills itself; getcallargs maps a call's
# arguments onto that spec with the interpreter's own error texts.

FullArgSpec = _namedtuple('FullArgSpec', 'args varargs varkw defaults kwonlyargs kwonlydefaults annotations')
ArgInfo = _namedtuple('ArgInfo', 'args varargs keywords locals')
ClosureVars = _namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getfullargspec(func):
    try:
        sig = _from_callable(func, False, skip_bound=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    names, varargs, varkw, kwonly = [], None, None, []
    defaults, kwdefaults, notes = [], {}, {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        name, kind = param.name, param.kind
        if param.annotation is not _empty:
            notes[name] = param.annotation
        if kind in (_POS_ONLY, _POS_OR_KW):
            names.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind == _VAR_POS:
            varargs = name
        elif kind == _KW_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
    return FullArgSpec(names, varargs, varkw, tuple(defaults) or None, kwonly, kwdefaults or None, notes)


def _name_list(names):
    quoted = [repr(n) for n in names]
    # (no comma before 'and' here, unlike the interpreter's own call errors)
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _plural(n, word):
    return f'{n} {word}' if n == 1 else f'{n} {word}s'


def getcallargs(func, /, *positional, **named):
    spec = getfullargspec(func)
    fname = func.__name__
    if hasattr(func, '__self__') and hasattr(func, '__func__') and func.__self__ is not None:
        positional = (func.__self__,) + positional
    names, defaults, kwonly = spec.args, spec.defaults or (), spec.kwonlyargs
    result = {}
    taken = min(len(positional), len(names))
    for name, value in zip(names, positional):
        result[name] = value
    if spec.varargs:
        result[spec.varargs] = tuple(positional[taken:])
    if spec.varkw:
        result[spec.varkw] = {}
    known = set(names) | set(kwonly)
    for key, value in named.items():
        if key not in known:
            if not spec.varkw:
                raise TypeError(f'{fname}() got an unexpected keyword argument {key!r}')
            result[spec.varkw][key] = value
        elif key in result:
            raise TypeError(f'{fname}() got multiple values for argument {key!r}')
        else:
            result[key] = value
    if len(positional) > len(names) and not spec.varargs:
        if defaults:
            wanted = f'from {len(names) - len(defaults)} to {len(names)} positional arguments'
        else:
            wanted = _plural(len(names), 'positional argument')
        kw_given = sum(1 for name in kwonly if name in result)
        if kw_given:
            given = (f"{_plural(len(positional), 'positional argument')} "
                     f"(and {_plural(kw_given, 'keyword-only argument')})")
        else:
            given = str(len(positional))
        verb = 'was' if len(positional) == 1 and not kw_given else 'were'
        raise TypeError(f'{fname}() takes {wanted} but {given} {verb} given')
    first_default = len(names) - len(defaults)
    absent = [name for name in names[:first_default] if name not in result]
    if absent:
        raise TypeError(f"{fname}() missing {len(absent)} required positional "
                        f"argument{'s' if len(absent) > 1 else ''}: {_name_list(absent)}")
    for name, value in zip(names[first_default:], defaults):
        result.setdefault(name, value)
    kwdefaults = spec.kwonlydefaults or {}
    absent = []
    for name in kwonly:
        if name not in result:
            if name in kwdefaults:
                result[name] = kwdefaults[name]
            else:
                absent.append(name)
    if absent:
        raise TypeError(f"{fname}() missing {len(absent)} required keyword-only "
                        f"argument{'s' if len(absent) > 1 else ''}: {_name_list(absent)}")
    return result


def getargvalues(frame):
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:count])
    varargs = code.co_varnames[count] if code.co_flags & 0x04 else None
    if code.co_flags & 0x08:
        keywords = code.co_varnames[count + (1 if varargs else 0)]
    else:
        keywords = None
    return ArgInfo(names, varargs, keywords, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name, formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def getclosurevars(func):
    if hasattr(func, '__func__') and hasattr(func, '__self__'):
        func = func.__func__
    if type(func).__name__ != 'function':
        raise TypeError(f'{func!r} is not a Python function')
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocals = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    scope = func.__globals__
    builtin_scope = scope.get('__builtins__', {})
    if not isinstance(builtin_scope, dict):
        builtin_scope = builtin_scope.__dict__
    found_globals, found_builtins, unbound = {}, {}, set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in scope:
            found_globals[name] = scope[name]
        elif name in builtin_scope:
            found_builtins[name] = builtin_scope[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocals, found_globals, found_builtins, unbound)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
    elif type(obj).__name__ == 'module' or callable(obj):
        found = getattr(obj, '__annotations__', None)
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    result = dict(found)
    if eval_str:
        scope = globals if globals is not None else getattr(_sys.modules.get(getattr(obj, '__module__', None)), '__dict__', {})
        result = {key: eval(value, scope, locals) if isinstance(value, str) else value
                  for key, value in result.items()}
    return result


def getmodule(object, _filename=None):
    if type(object).__name__ == 'module':
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return _sys.modules.get(name)
    return None
