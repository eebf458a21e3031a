"""Logging for Coroscope, written for the engine: a dotted hierarchy of loggers, levels, handlers that
write to streams (sys.stderr, sys.stdout or any object with write; no files), formatters in the '%',
'{' and '$' styles, filters, basicConfig, the last-resort handler and LoggerAdapter. What programs see
(messages, reprs, error texts) follows CPython 3.11. Times are shown in UTC (the sandbox has no zone)."""

import sys
import time
import _coroscope
import traceback as _traceback

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'Filter', 'Formatter', 'Handler',
           'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler',
           'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log',
           'setLoggerClass', 'warn', 'warning', 'getLevelNamesMapping', 'lastResort', 'raiseExceptions']

# ------------------------------------------------------------------ levels

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

_levelToName = {}
_nameToLevel = {}
for _name, _number in (('CRITICAL', 50), ('FATAL', 50), ('ERROR', 40), ('WARN', 30), ('WARNING', 30),
                       ('INFO', 20), ('DEBUG', 10), ('NOTSET', 0)):
    _nameToLevel[_name] = _number
for _name in ('CRITICAL', 'ERROR', 'WARNING', 'INFO', 'DEBUG', 'NOTSET'):
    _levelToName[_nameToLevel[_name]] = _name
del _name, _number

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_startTime = time.time()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    try:
        return _nameToLevel[level]
    except KeyError:
        raise ValueError("Unknown level: %r" % level) from None


# ------------------------------------------------------------------ dates (UTC, no time module support)

_MONTH_NAMES = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
_DAY_NAMES = 'Mon Tue Wed Thu Fri Sat Sun'.split()


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _utc_fields(stamp):
    """Broken-down UTC time of a POSIX timestamp: dict of the values strftime codes need."""
    whole = int(stamp // 1)
    days, secs = divmod(whole, 86400)
    weekday = (days + 3) % 7          # 1970-01-01 was a Thursday
    year = 1970
    while True:
        length = 366 if _is_leap(year) else 365
        if days < 0:
            year -= 1
            days += 366 if _is_leap(year) else 365
        elif days >= length:
            days -= length
            year += 1
        else:
            break
    yearday = days + 1
    lengths = [31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    month = 0
    while days >= lengths[month]:
        days -= lengths[month]
        month += 1
    hour = secs // 3600
    return {'Y': '%04d' % year, 'y': '%02d' % (year % 100), 'm': '%02d' % (month + 1), 'd': '%02d' % (days + 1),
            'H': '%02d' % hour, 'M': '%02d' % (secs // 60 % 60), 'S': '%02d' % (secs % 60),
            'b': _MONTH_NAMES[month], 'a': _DAY_NAMES[weekday], 'j': '%03d' % yearday,
            'I': '%02d' % ((hour + 11) % 12 + 1), 'p': 'PM' if hour >= 12 else 'AM',
            'Z': 'UTC', 'z': '+0000', '%': '%'}


def _format_date(pattern, stamp):
    fields = _utc_fields(stamp)
    pieces = pattern.split('%')
    out = [pieces[0]]
    pending_percent = False
    for piece in pieces[1:]:
        if pending_percent:
            out.append(piece)
            pending_percent = False
            continue
        if piece == '':
            # '%%' splits into an empty piece: a literal percent, the next piece is plain text
            out.append('%')
            pending_percent = True
            continue
        code = piece[0]
        if code in fields:
            out.append(fields[code] + piece[1:])
        else:
            out.append('%' + piece)
    return ''.join(out)


# ------------------------------------------------------------------ records

class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time()
        # A single non-empty mapping argument is used for '%(key)s' substitution.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        filename = pathname.replace('\\', '/').rsplit('/', 1)[-1]
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = filename
        self.module = filename.rsplit('.', 1)[0] if '.' in filename else filename
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = float(int((now % 1) * 1000))
        self.relativeCreated = (now - _startTime) * 1000
        self.thread = 1
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = 1

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno,
                                                       self.msg)


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ------------------------------------------------------------------ format styles

def _percent_has_field(fmt):
    """True when fmt holds a '%(name)<conversion>' field (flags, width and precision allowed)."""
    start = fmt.find('%(')
    while start >= 0:
        close = fmt.find(')', start)
        if close < 0:
            return False
        pos = close + 1
        while pos < len(fmt) and fmt[pos] in '#0- +123456789.':
            pos += 1
        if pos < len(fmt) and fmt[pos] in 'diouxXeEfFgGcrsa%':
            return True
        start = fmt.find('%(', close)
    return False


class PercentStyle:
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _percent_has_field(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        count = 0
        try:
            for field, conversion, spec in _brace_fields(self._fmt):
                if field:
                    if not _brace_field_ok(field):
                        raise ValueError('invalid field name/expression: %r' % field)
                    count += 1
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _brace_spec_ok(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if count == 0:
            raise ValueError('invalid format: no fields')


def _brace_fields(fmt):
    """(name, conversion, spec) of each replacement field of a str.format string, raising
    ValueError with str.format's texts for unbalanced braces."""
    fields = []
    pos, n = 0, len(fmt)
    while pos < n:
        ch = fmt[pos]
        doubled = pos + 1 < n and fmt[pos + 1] == ch
        if ch == '}':
            if not doubled:
                raise ValueError("Single '}' encountered in format string")
            pos += 2
            continue
        if ch != '{':
            pos += 1
            continue
        if doubled:
            pos += 2
            continue
        if pos + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        depth, end, bracket = 1, pos + 1, False
        while end < n and depth:
            c = fmt[end]
            if bracket:
                bracket = c != ']'
            elif c == '[':
                bracket = True
            elif c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
            end += 1
        body = fmt[pos + 1:end - 1] if not depth else fmt[pos + 1:]
        cut = len(body)
        for index, c in enumerate(body):
            if c in '!:':
                cut = index
                break
        name, rest = body[:cut], body[cut:]
        conversion = None
        if rest.startswith('!'):
            conversion, rest = rest[1:2], rest[2:]
            if not conversion or conversion == '}':
                raise ValueError("unmatched '{' in format spec")
            if rest and rest[0] != ':':
                raise ValueError("expected ':' after conversion specifier")
        spec = rest[1:]
        if depth:
            if '{' in spec:
                raise ValueError("unmatched '{' in format spec")
            raise ValueError("expected '}' before end of string")
        fields.append((name, conversion, spec))
        pos = end
    return fields


def _word(text):
    return text != '' and all(c.isalnum() or c == '_' for c in text)


def _brace_field_ok(field):
    """name, then any number of .attr or [key] parts."""
    head = 0
    while head < len(field) and field[head] not in '.[':
        head += 1
    if not _word(field[:head]):
        return False
    pos = head
    while pos < len(field):
        if field[pos] == '.':
            end = pos + 1
            while end < len(field) and field[end] not in '.[':
                end += 1
            if not _word(field[pos + 1:end]):
                return False
            pos = end
        else:
            end = field.find(']', pos)
            if end <= pos + 1:
                return False
            pos = end + 1
    return True


def _brace_spec_ok(spec):
    """[[fill]align][sign][#][0][width][,|_][.precision][type]; width and precision may be {name}."""
    pos = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        pos = 2
    elif n >= 1 and spec[0] in '<>=^':
        pos = 1
    if pos < n and spec[pos] in '+- ':
        pos += 1
    if pos < n and spec[pos] == '#':
        pos += 1
    if pos < n and spec[pos] == '0':
        pos += 1

    def number(at):
        if at < n and spec[at] == '{':
            close = spec.find('}', at)
            if close < 0 or not _word(spec[at + 1:close]):
                return -1
            return close + 1
        while at < n and spec[at].isdigit():
            at += 1
        return at

    pos = number(pos)
    if pos < 0:
        return False
    if pos < n and spec[pos] in ',_':
        pos += 1
    if pos < n and spec[pos] == '.':
        after = number(pos + 1)
        if after < 0 or after == pos + 1:
            return False
        pos = after
    if pos < n and spec[pos].lower() in 'bcdefgnosx%':
        pos += 1
    return pos == n


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        if not any(kind == 'field' for kind, _ in _template_parts(self._fmt)):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        values = self._values(record)
        return ''.join(str(values[text]) if kind == 'field' else text for kind, text in _template_parts(self._fmt))


def _template_parts(fmt):
    """Split a '$' template into ('text', s) and ('field', name) parts ('$$' is a dollar sign)."""
    parts = []
    text_start = 0
    pos = 0
    n = len(fmt)
    while pos < n:
        if fmt[pos] != '$' or pos + 1 >= n:
            pos += 1
            continue
        parts.append(('text', fmt[text_start:pos]))
        nxt = fmt[pos + 1]
        if nxt == '$':
            parts.append(('text', '$'))
            pos += 2
        else:
            braced = nxt == '{'
            begin = pos + 2 if braced else pos + 1
            end = begin
            while end < n and (fmt[end].isalnum() or fmt[end] == '_'):
                end += 1
            name = fmt[begin:end]
            if name and not name[0].isdigit() and (not braced or (end < n and fmt[end] == '}')):
                parts.append(('field', name))
                pos = end + 1 if braced else end
            else:
                parts.append(('text', '$'))
                pos += 1
        text_start = pos
    parts.append(('text', fmt[text_start:]))
    return parts


_STYLES = {'%': (PercentStyle, BASIC_FORMAT),
           '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
           '$': (StringTemplateStyle, '${levelname}:${name}:${message}')}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style]


# ------------------------------------------------------------------ formatters

class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._style = _style_class(style)[0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        if datefmt:
            return _format_date(datefmt, record.created)
        stamp = _format_date(self.default_time_format, record.created)
        if not self.default_msec_format:
            return stamp
        return self.default_msec_format % (stamp, record.msecs)

    def formatException(self, ei):
        text = ''.join(_traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith('\n') else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith('\n'):
                    text += '\n'
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not len(records):
            return ""
        body = ''.join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ------------------------------------------------------------------ filters

class Filter:
    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        # Passes records of the named logger and of loggers below it.
        if not self.nlen or record.name == self.name:
            return True
        return record.name.startswith(self.name) and record.name[self.nlen:self.nlen + 1] == '.'


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for item in self.filters:
            check = item.filter if hasattr(item, 'filter') else item
            if not check(record):
                return False
        return True


# ------------------------------------------------------------------ handlers

_handlers = {}
_handlerList = []


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level = _checkLevel(level)
        self.formatter = None
        self._name = None
        self._closed = False
        self.createLock()
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None   # one thread runs at a time here

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        if not raiseExceptions:
            return
        err = sys.stderr
        err.write('--- Logging error ---\n')
        kind, value, tb = sys.exc_info()
        _traceback.print_exception(kind, value, tb, file=err)
        err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        target = self.stream
        if target and hasattr(target, 'flush'):
            target.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        previous = self.stream
        if stream is previous:
            return None
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '', getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is at the moment of each record."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ------------------------------------------------------------------ loggers

_disable = NOTSET


def disable(level=CRITICAL):
    global _disable
    _disable = _checkLevel(level)
    root.manager._clear_cache()


class PlaceHolder:
    """Stands in the logger table for a dotted name not created yet; remembers its would-be children."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


class Manager:
    def __init__(self, rootnode):
        self.root = rootnode
        self.loggerDict = {}          # dotted name -> Logger or PlaceHolder
        self.loggerClass = None
        self.logRecordFactory = None
        self.disable = 0
        self.emittedNoHandlerWarning = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None and not isinstance(existing, PlaceHolder):
            return existing
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if existing is not None:
            self._fixupChildren(existing, made)
        self._fixupParents(made)
        return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def _fixupParents(self, alogger):
        """Parent = nearest existing ancestor logger; missing ancestors get (or join) placeholders."""
        parent = None
        name = alogger.name
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                parent = entry
            else:
                entry.append(alogger)
            cut = name.rfind('.', 0, cut - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        """alogger replaces placeholder ph: it becomes the parent of the loggers ph stood above
        (unless one already has a closer parent below alogger)."""
        prefix = alogger.name
        for child in ph.loggerMap.keys():
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        for entry in self.loggerDict.values():
            if isinstance(entry, Logger):
                entry._cache.clear()
        self.root._cache.clear()


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def _is_logging_frame(frame):
    return frame.f_globals.get('__name__') == __name__


# (pathname, lineno, funcName) for the next record, set by the engine when its own asyncio code
# logs what CPython's library logs from a place of its own (base_events.py's
# default_exception_handler...): the record names that place, not the program's frame.
_library_caller = None


def _level_method(level, name):
    def log_at(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    log_at.__name__ = name
    log_at.__qualname__ = 'Logger.' + name
    return log_at


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.handlers = []
        self._cache = {}          # level -> isEnabledFor answer, cleared when levels change
        self.disabled = False
        self.parent = None        # set by the manager
        self.propagate = True

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _level_method(DEBUG, 'debug')
    info = _level_method(INFO, 'info')
    warning = _level_method(WARNING, 'warning')
    error = _level_method(ERROR, 'error')
    critical = _level_method(CRITICAL, 'critical')
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if not raiseExceptions:
                return
            raise TypeError("level must be an integer")
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        global _library_caller
        if _library_caller is not None:
            where, _library_caller = _library_caller, None
            return where + (None,)
        # The first frame outside the library, then stacklevel-1 frames further out, skipping
        # this module's frames (the outermost frame if the stack is shorter).
        frame = _coroscope.warn_frame(1)
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        remaining = stacklevel - 1
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _is_logging_frame(frame):
                remaining -= 1
        sinfo = None
        if stack_info:
            stack = ''.join(_traceback.format_stack(frame)).rstrip('\n')
            sinfo = 'Stack (most recent call last):\n' + stack
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            fields = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in fields:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                fields[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        filename, lineno, function, sinfo = where
        self.handle(self.makeRecord(self.name, level, filename, lineno, msg, args, exc_info, function, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _chain(self):
        """This logger and the ancestors its records propagate to."""
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        seen = 0
        for node in self._chain():
            for handler in node.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            known = self._cache[level] = level > _disable and level >= self.getEffectiveLevel()
        return known

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


def setLoggerClass(klass):
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def _adapter_level_method(level, name):
    def log_at(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    log_at.__name__ = name
    log_at.__qualname__ = 'LoggerAdapter.' + name
    return log_at


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapter_level_method(DEBUG, 'debug')
    info = _adapter_level_method(INFO, 'info')
    warning = _adapter_level_method(WARNING, 'warning')
    error = _adapter_level_method(ERROR, 'error')
    critical = _adapter_level_method(CRITICAL, 'critical')

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name, getLevelName(inner.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ------------------------------------------------------------------ module-level API

def basicConfig(**kwargs):
    if kwargs.pop('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = kwargs.pop('handlers', None)
    if handlers is None:
        if 'stream' in kwargs and 'filename' in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
        if 'filename' in kwargs:
            raise PermissionError("[Errno 1] Operation not permitted: %r" % kwargs['filename'])
        handlers = [StreamHandler(kwargs.pop('stream', None))]
    elif 'stream' in kwargs or 'filename' in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    datefmt = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    default_fmt = _style_class(style)[1]
    formatter = Formatter(kwargs.pop('format', default_fmt), datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    for ignored in ('filemode', 'encoding', 'errors'):
        kwargs.pop(ignored, None)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _root_call(method_name):
    def call(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method_name)(msg, *args, **kwargs)
    call.__name__ = call.__qualname__ = method_name
    return call


critical = _root_call('critical')
fatal = critical
error = _root_call('error')
warning = _root_call('warning')
info = _root_call('info')
debug = _root_call('debug')


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def shutdown(handlerList=None):
    for handler in reversed(_handlerList):
        try:
            handler.flush()
            handler.close()
        except Exception:
            pass


def captureWarnings(capture):
    pass
