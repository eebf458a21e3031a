"""re for Coroscope: Python regular expressions. Patterns are checked and translated to the
engine's matcher by the Java core (_re), with CPython's syntax, error messages and matching rules
for str patterns. Written for the engine."""

import _re
from _re import Pattern, Match

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "NOFLAG", "RegexFlag"]


class _FlagType(type):
    def __iter__(cls):
        return iter([cls._members[n] for n in cls._order])

    def __len__(cls):
        return len(cls._order)

    def __repr__(cls):
        return "<flag 'RegexFlag'>"

    def __call__(cls, value=0):
        return cls._make(value)


class RegexFlag(int, metaclass=_FlagType):
    """The flags of re, combinable with |, &, ^ and ~."""

    _order = ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE")
    _all = ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG")
    _values = {"ASCII": 256, "IGNORECASE": 2, "LOCALE": 4, "UNICODE": 32, "MULTILINE": 8, "DOTALL": 16,
               "VERBOSE": 64, "TEMPLATE": 1, "DEBUG": 128}
    _members = {}

    @classmethod
    def _make(cls, value):
        value = int(value)
        return int.__new__(cls, value)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n in RegexFlag._all if RegexFlag._values[n] & v]
        if sum(RegexFlag._values[n] for n in names) != v:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        rest = v
        for n in RegexFlag._all:
            bit = RegexFlag._values[n]
            if v & bit:
                parts.append("re." + n)
                rest &= ~bit
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag._make(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag._make(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag._make(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag._make(~int(self) & 511)

    def __contains__(self, other):
        return int(other) & int(self) == int(other)


for _n in RegexFlag._all:
    RegexFlag._members[_n] = RegexFlag._make(RegexFlag._values[_n])
del _n

NOFLAG = RegexFlag._make(0)
ASCII = A = RegexFlag._members["ASCII"]
IGNORECASE = I = RegexFlag._members["IGNORECASE"]
LOCALE = L = RegexFlag._members["LOCALE"]
UNICODE = U = RegexFlag._members["UNICODE"]
MULTILINE = M = RegexFlag._members["MULTILINE"]
DOTALL = S = RegexFlag._members["DOTALL"]
VERBOSE = X = RegexFlag._members["VERBOSE"]
TEMPLATE = T = RegexFlag._members["TEMPLATE"]
DEBUG = RegexFlag._members["DEBUG"]
for _n in ("NOFLAG", "ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG"):
    setattr(RegexFlag, _n, globals()[_n])
del _n


class error(Exception):
    """A string is not a valid regular expression, or a template is not valid."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            before = pattern[:pos]
            self.lineno = before.count(nl) + 1
            self.colno = pos - before.rfind(nl)
            text = f'{msg} at position {pos}'
            if nl in pattern:  # a pattern of several lines also says where, line by line
                text += f' (line {self.lineno}, column {self.colno})'
        super().__init__(text)


error.__module__ = "re"
PatternError = error


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _re.compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _re.compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _re.compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _re.compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _re.compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _re.compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _re.compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _re.compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _re.compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _re.purge()


_special = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _special else c for c in pattern)
    raise TypeError("escape() of bytes is not supported in Coroscope")
