"""warnings for Coroscope: warn() with CPython 3.11's default filters, actions, registries and
stderr format, simplefilter/filterwarnings, catch_warnings; written for the engine."""

import sys
import _coroscope

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# (action, message, category, module, lineno); message and module are None or patterns.
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _add_default_filters():
    filters.append(("default", None, DeprecationWarning, _Pattern("__main__", False), 0))
    filters.append(("ignore", None, DeprecationWarning, None, 0))
    filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
    filters.append(("ignore", None, ImportWarning, None, 0))
    filters.append(("ignore", None, ResourceWarning, None, 0))



def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _Pattern:
    """The subset of regular expressions warning filters use: literal text, '.', '.*', '^', '$',
    matched at the start of the text (re.match), optionally case-insensitive."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.ignorecase = ignorecase

    def match(self, text):
        p = self.pattern
        if self.ignorecase:
            p = p.lower()
            text = text.lower()
        if p.startswith('^'):
            p = p[1:]
        return self._match(p, 0, text, 0)

    def _match(self, p, i, t, j):
        while i < len(p):
            if p.startswith('.*', i):
                rest = i + 2
                for k in range(len(t), j - 1, -1):
                    if self._match(p, rest, t, k):
                        return True
                return False
            c = p[i]
            if c == '$' and i == len(p) - 1:
                return j == len(t)
            if c == '\\' and i + 1 < len(p):
                i += 1
                c = p[i]
                if j < len(t) and t[j] == c:
                    i += 1
                    j += 1
                    continue
                return False
            if j < len(t) and (c == '.' or t[j] == c):
                i += 1
                j += 1
                continue
            return False
        return True

    def __repr__(self):
        return f"re.compile({self.pattern!r}{', re.IGNORECASE' if self.ignorecase else ''})"


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, _Pattern(message, True) if message else None, category,
                _Pattern(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise AssertionError(f"invalid action: {action!r}")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


def formatwarning(message, category, filename, lineno, line=None):
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _coroscope.source_line(filename, lineno) or _engine_lines.get((filename, lineno))
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


_formatwarning_orig = formatwarning


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None and formatwarning is _formatwarning_orig:
        # As CPython without tracemalloc running: a warning about an object suggests it.
        text += f"{msg.category.__name__}: Enable tracemalloc to get the object allocation traceback\n"
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = globals()['showwarning']
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _action_for(text, category, module, lineno):
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning, or ignores it or raises it as an exception, as the filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    frame = _coroscope.warn_frame(stacklevel)
    if frame is None:
        globals_ = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals_ = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals_.get('__name__', "<string>") if isinstance(globals_, dict) else "<string>"
    registry = globals_.setdefault("__warningregistry__", {}) if isinstance(globals_, dict) else {}
    warn_explicit(message, category, filename, lineno, module, registry, globals_, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    _warn_explicit(message, category, filename, lineno, module, registry, source, None)


def _warn_explicit(message, category, filename, lineno, module, registry, source, line):
    """warn_explicit; returns whether the warning was shown. line: the source text, when known."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return False
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return False
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return False
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return False
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, action))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, line=line, source=source))
    return True


class catch_warnings(object):
    """A context manager that saves the filters and showwarning() and restores them on exit;
    with record=True, the warnings are collected in the returned list instead of printed."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        _rebind_filters(self._module)
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            # As CPython: the messages themselves are recorded (with their source), and showwarning
            # is the original so that _showwarnmsg reaches the replaced _showwarnmsg_impl.
            log = []
            self._showwarnmsg_impl = self._module._showwarnmsg_impl
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        _rebind_filters(self._module)
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        if self._record:
            self._module._showwarnmsg_impl = self._showwarnmsg_impl


def _rebind_filters(module):
    global filters
    filters = module.filters


# Registries of modules the engine attributes warnings to but that have no module object here
# (asyncio.events, where CPython's loop runs callbacks).
_engine_registries = {}


def _warn_for_engine(category, text, filename, lineno, module, line, source):
    # A warning the engine raises itself ("coroutine ... was never awaited"), attributed by it to
    # filename:lineno in module: the filters, that module's registry and showwarning apply, as to
    # warn(text, category, source=source). Returns whether it was shown; "error" raises.
    mod = sys.modules.get(module)
    globals_ = getattr(mod, '__dict__', None)
    if isinstance(globals_, dict):
        registry = globals_.setdefault("__warningregistry__", {})
    else:
        registry = _engine_registries.setdefault(module, {})
    if line is not None:
        _engine_lines[filename, lineno] = line
    return _warn_explicit(category(text), category, filename, lineno, module, registry, source, None)


# Source lines of library places the engine attributes warnings to (linecache has no stdlib here).
_engine_lines = {}


def _action_for_engine(category, text):
    # Called by the engine for a warning of its own at program end, when only the filters apply.
    return _action_for(text, category, "sys", 1)


_add_default_filters()
_coroscope.set_warning_filter(_action_for_engine)
_coroscope.set_warning_hook(_warn_for_engine)
