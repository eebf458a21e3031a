"""traceback's frame-summary half, written for Coroscope (traceback.__getattr__ loads it on first use): walk_tb/walk_stack, extract_tb and
extract_stack with the FrameSummary/StackSummary they return, format_list/print_list. The printing
and formatting of exceptions and stacks (print_exc, format_exception, print_stack...) are the
engine's own, defined in Java before this file runs. Library frames are never summarized, as the
engine's printed tracebacks leave them out."""

import sys
import _coroscope


class FrameSummary:
    """One frame of a summary: (filename, lineno, name, line) as a 4-sequence, with the line looked
    up lazily and stripped."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._line = line
        self.locals = None if not locals else {key: repr(value) for key, value in locals.items()}
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _coroscope.source_line(self.filename, self.lineno) or ''
        return self._line.strip()

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.locals) == \
                   (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    def __getitem__(self, index):
        return self._fields()[index]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _user_frames(pairs):
    for frame, lineno in pairs:
        if not _coroscope.is_library_frame(frame):
            yield frame, lineno


def walk_tb(tb):
    """(frame, line number) of every entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_positions(tb):
    """(frame, (lineno, end_lineno, colno, end_colno)) of every traceback entry, outermost first:
    the source range of the instruction that was running, from its code's co_positions()."""
    while tb is not None:
        where = _instruction_position(tb.tb_frame.f_code, tb.tb_lasti)
        if where[0] is None:
            where = (tb.tb_lineno,) + where[1:]
        yield tb.tb_frame, where
        tb = tb.tb_next


def _instruction_position(code, lasti):
    if lasti >= 0:
        wanted = lasti // 2
        for index, where in enumerate(code.co_positions()):
            if index == wanted:
                return where
    return (None, None, None, None)


def walk_stack(f):
    """(frame, line number) from f (default: the calling code's frame) out to the outermost frame."""
    if f is None:
        # sys._getframe() skips library frames here: it is the code that called into traceback.
        f = sys._getframe()
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects that formats itself as traceback entries."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        pairs = list(_user_frames(frame_gen))
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        result = klass()
        for frame, where in pairs:
            code = frame.f_code
            # A traceback entry knows its columns; a stack entry only its line.
            if isinstance(where, tuple):
                lineno, end_lineno, colno, end_colno = where
            else:
                lineno, end_lineno, colno, end_colno = where, None, None, None
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines,
                                       locals=frame.f_locals if capture_locals else None,
                                       end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, in {frame_summary.name}\n'
        if frame_summary.line:
            text += f'    {frame_summary.line}\n'
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += f'    {name} = {value}\n'
        return text

    def format(self):
        # Runs of more than three identical entries are cut as CPython prints them.
        out = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
                if count > 3:
                    continue
            else:
                if count > 3:
                    out.append(_repeated(count - 3))
                last = key
                count = 1
            out.append(self.format_frame_summary(fs))
        if count > 3:
            out.append(_repeated(count - 3))
        return out


def _repeated(n):
    return f'  [Previous line repeated {n} more time{"s" if n > 1 else ""}]\n'


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe()
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception ready for formatting: its type, str(), stack summary, SyntaxError details and
    the chained exceptions as TracebackExceptions of their own. Formatting gives the same lines as
    the engine's own traceback printing (format_exception), from the exception kept here."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary.extract(_walk_tb_positions(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._exc = exc_value
        self._limit = limit
        if exc_type and issubclass(exc_type, SyntaxError):
            # A SyntaxError's location is kept as attributes; its line numbers as strings.
            for name in ('filename', 'text', 'offset', 'end_offset', 'msg'):
                setattr(self, name, getattr(exc_value, name))
            for name in ('lineno', 'end_lineno'):
                number = getattr(exc_value, name)
                setattr(self, name, None if number is None else str(number))
        if lookup_lines:
            for frame in self.stack:
                frame.line
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False

        def sub(e):
            return TracebackException(type(e), e, e.__traceback__, limit=limit, lookup_lines=lookup_lines,
                                      capture_locals=capture_locals, max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=_seen)

        def chained(other):
            # An exception already on this chain is not summarised again (cycles end here).
            return sub(other) if other is not None and id(other) not in _seen else None

        self.__cause__ = self.__context__ = None
        self.exceptions = None
        if exc_value is not None:
            self.__cause__ = chained(exc_value.__cause__)
            # compact=True summarises a context only when it is the one that would be printed.
            if not compact or (self.__cause__ is None and not self.__suppress_context__):
                self.__context__ = chained(exc_value.__context__)
            if isinstance(exc_value, BaseExceptionGroup):
                self.exceptions = [sub(e) for e in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            if self.exc_type is None:
                yield 'NoneType: None\n'
            else:
                yield self.exc_type.__qualname__ + ('' if not self._str else ': ' + self._str) + '\n'
            return
        import traceback
        yield from traceback.format_exception_only(self._exc)

    def format(self, *, chain=True, _ctx=None):
        import traceback
        if self._exc is None:
            yield from self.format_exception_only()
            return
        yield from traceback.format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        out = sys.stderr if file is None else file
        for piece in self.format(chain=chain):
            out.write(piece)
