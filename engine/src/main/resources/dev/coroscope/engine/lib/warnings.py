"""Warnings for Coroscope, written for the engine: warn() and warn_explicit() with CPython 3.11's
default filters, actions, per-module registries and stderr format; filterwarnings, simplefilter,
resetwarnings and catch_warnings. The engine reports its own warnings (a coroutine never awaited)
through the hooks installed at the end."""

import sys
import _coroscope

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

# Each filter is (action, message, category, module, lineno): message and module are None, a
# pattern (from filterwarnings) or, for the built-in defaults, a module name matched exactly.
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1     # registries remember it; a change of filters empties them

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _Pattern:
    """The part of regular expressions warning filters need (literal text, '.', '.*', escapes,
    '^' and a final '$'), matched at the start of the text like re.match; shown as re.compile()."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self.ignorecase = ignorecase

    def __eq__(self, other):
        if not isinstance(other, _Pattern):
            return NotImplemented
        return (self.pattern, self.ignorecase) == (other.pattern, other.ignorecase)

    def __hash__(self):
        return hash((self.pattern, self.ignorecase))

    def match(self, text):
        pat = self.pattern
        if self.ignorecase:
            pat, text = pat.lower(), text.lower()
        return _matches_from(pat[1:] if pat.startswith('^') else pat, 0, text, 0)

    def __repr__(self):
        return 're.compile(%r%s)' % (self.pattern, ', re.IGNORECASE' if self.ignorecase else '')


def _matches_from(pat, p, text, t):
    """Does pat[p:] match text at position t (the rest of text may remain)?"""
    while p < len(pat):
        if pat.startswith('.*', p):
            # Longest first, like a greedy regex; any way that works will do.
            return any(_matches_from(pat, p + 2, text, k) for k in range(len(text), t - 1, -1))
        ch = pat[p]
        if ch == '$' and p == len(pat) - 1:
            return t == len(text)
        literal = ch == '\\' and p + 1 < len(pat)
        if literal:
            p += 1
            ch = pat[p]
        if t >= len(text) or not (text[t] == ch or (ch == '.' and not literal)):
            return False
        p += 1
        t += 1
    return True


def _item_matches(item, text, category, module, lineno):
    action, msg, cat, mod, line = item
    if msg is not None and not msg.match(text):
        return False
    if not issubclass(category, cat):
        return False
    if mod is not None and not (mod == module if isinstance(mod, str) else mod.match(module)):
        return False
    return line == 0 or line == lineno


def _matching_filter(text, category, module, lineno):
    """(action, filter) of the first filter that applies, or the default action and None."""
    for item in filters:
        if _item_matches(item, text, category, module, lineno):
            return item[0], item
    return defaultaction, None


# ------------------------------------------------------------------ changing the filters

def _require(condition, complaint):
    if not condition:
        raise AssertionError(complaint)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(message, str), "message must be a string")
    _require(isinstance(category, type) and issubclass(category, Warning), "category must be a Warning subclass")
    _require(isinstance(module, str), "module must be a string")
    _require(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")
    text_pattern = _Pattern(message, True) if message else None
    module_pattern = _Pattern(module, False) if module else None
    _add_filter(action, text_pattern, category, module_pattern, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # A new filter goes first (replacing an equal one) or, appended, last unless already present.
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def resetwarnings():
    del filters[:]
    _filters_mutated()


# ------------------------------------------------------------------ showing

def formatwarning(message, category, filename, lineno, line=None):
    head = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _coroscope.source_line(filename, lineno) or _engine_lines.get((filename, lineno))
    if not line:
        return head
    return head + "  " + line.strip() + "\n"


_formatwarning_orig = formatwarning


def _showwarnmsg_impl(msg):
    target = msg.file if msg.file is not None else sys.stderr
    if target is None:
        return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if msg.source is not None and formatwarning is _formatwarning_orig:
        # As CPython without tracemalloc running: a warning about an object suggests it.
        text += "%s: Enable tracemalloc to get the object allocation traceback\n" % msg.category.__name__
    try:
        target.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A program may replace showwarning; then it gets the message's parts.
    replacement = globals()['showwarning']
    if replacement is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(replacement):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    replacement(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for attribute, value in zip(self._WARNING_DETAILS, values):
            setattr(self, attribute, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


# ------------------------------------------------------------------ issuing

def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    frame = _coroscope.warn_frame(stacklevel)
    if frame is None:
        # Beyond the outermost frame: CPython blames "sys", line 1.
        where, filename, lineno = sys.__dict__, "sys", 1
    else:
        where, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    if isinstance(where, dict):
        module = where.get('__name__', "<string>")
        registry = where.setdefault("__warningregistry__", {})
    else:
        module, registry = "<string>", {}
    warn_explicit(message, category, filename, lineno, module, registry, where, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    _issue(message, category, filename, lineno, module, registry, source)


def _first_time(registry, key):
    if registry.get(key):
        return False
    registry[key] = 1
    return True


def _issue(message, category, filename, lineno, module, registry, source):
    """The common path of warn_explicit and the engine's own warnings: True when shown."""
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
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return False
    action, item = _matching_filter(text, category, module, lineno)
    if action == "ignore":
        return False
    if action == "error":
        raise message
    if action == "always":
        shown = True
    elif action == "default":
        registry[key] = 1
        shown = True
    elif action == "module":
        registry[key] = 1
        shown = _first_time(registry, (text, category, 0))
    elif action == "once":
        registry[key] = 1
        shown = _first_time(onceregistry, (text, category))
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    if shown:
        _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))
    return shown


# ------------------------------------------------------------------ catch_warnings

class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._showwarnmsg_impl)
        _set_filters(target, list(target.filters))
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        # Recorded messages keep their source; showwarning is reset so that the messages reach
        # the replaced _showwarnmsg_impl, as in CPython.
        caught = []
        target._showwarnmsg_impl = caught.append
        target.showwarning = target._showwarning_orig
        return caught

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        old_filters, target.showwarning, target._showwarnmsg_impl = self._saved
        _set_filters(target, old_filters)


def _set_filters(module, new_filters):
    global filters
    module.filters = new_filters
    if module is sys.modules.get(__name__):
        filters = new_filters
    module._filters_mutated()


# ------------------------------------------------------------------ the engine's own warnings

# Registries of modules the engine blames that have no module object here (asyncio.events).
_engine_registries = {}
# Source lines of library places the engine blames (there is no stdlib source to read here).
_engine_lines = {}


def _warn_for_engine(category, text, filename, lineno, module, line, source):
    """Called by the engine for a warning of its own ("coroutine ... was never awaited") blamed on
    filename:lineno in module: filters, that module's registry and showwarning apply as for
    warn(text, category, source=source). Returns whether it was shown; "error" raises."""
    namespace = getattr(sys.modules.get(module), '__dict__', None)
    if isinstance(namespace, dict):
        registry = namespace.setdefault("__warningregistry__", {})
    else:
        registry = _engine_registries.setdefault(module, {})
    if line is not None:
        _engine_lines[filename, lineno] = line
    return _issue(category(text), category, filename, lineno, module, registry, source)


def _action_for_engine(category, text):
    """Called by the engine at program end, when only the filters decide."""
    return _matching_filter(text, category, "sys", 1)[0]


filters.extend([("default", None, DeprecationWarning, "__main__", 0),
                ("ignore", None, DeprecationWarning, None, 0),
                ("ignore", None, PendingDeprecationWarning, None, 0),
                ("ignore", None, ImportWarning, None, 0),
                ("ignore", None, ResourceWarning, None, 0)])
_coroscope.set_warning_filter(_action_for_engine)
_coroscope.set_warning_hook(_warn_for_engine)
