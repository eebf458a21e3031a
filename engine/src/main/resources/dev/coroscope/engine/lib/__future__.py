"""The features a program may name in `from __future__ import NAME`, as data.

The engine's compiler handles those statements itself (of them, only `annotations` changes the
code it makes); importing this module gives each name a _Feature: the release in which it became
available, the release in which it is always on (None: not decided), and its compiler flag."""

_LEVELS = {'a': 'alpha', 'b': 'beta', 'f': 'final'}


def _release(text):
    # '2.1.0b1' -> (2, 1, 0, 'beta', 1), the form of sys.version_info.
    if text is None:
        return None
    numbers, level, serial = text[:5], text[5], text[6:]
    major, minor, micro = (int(part) for part in numbers.split('.'))
    return (major, minor, micro, _LEVELS[level], int(serial))


class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory, self.compiler_flag = optionalRelease, mandatoryRelease, compiler_flag

    def getOptionalRelease(self):
        """First release (a 5-tuple like sys.version_info) that accepts the feature."""
        return self.optional

    def getMandatoryRelease(self):
        """Release in which the feature is always on; None when no such release is planned."""
        return self.mandatory

    def __repr__(self):
        return '_Feature(%r, %r, %r)' % (self.optional, self.mandatory, self.compiler_flag)


# feature name, name of its code flag, flag value, optional since, mandatory from
_TABLE = (
    ('nested_scopes', 'CO_NESTED', 0x10, '2.1.0b1', '2.2.0a0'),
    ('generators', 'CO_GENERATOR_ALLOWED', 0, '2.2.0a1', '2.3.0f0'),
    ('division', 'CO_FUTURE_DIVISION', 1 << 17, '2.2.0a2', '3.0.0a0'),
    ('absolute_import', 'CO_FUTURE_ABSOLUTE_IMPORT', 1 << 18, '2.5.0a1', '3.0.0a0'),
    ('with_statement', 'CO_FUTURE_WITH_STATEMENT', 1 << 19, '2.5.0a1', '2.6.0a0'),
    ('print_function', 'CO_FUTURE_PRINT_FUNCTION', 1 << 20, '2.6.0a2', '3.0.0a0'),
    ('unicode_literals', 'CO_FUTURE_UNICODE_LITERALS', 1 << 21, '2.6.0a2', '3.0.0a0'),
    ('barry_as_FLUFL', 'CO_FUTURE_BARRY_AS_BDFL', 1 << 22, '3.1.0a2', '4.0.0a0'),
    ('generator_stop', 'CO_FUTURE_GENERATOR_STOP', 1 << 23, '3.5.0b1', '3.7.0a0'),
    ('annotations', 'CO_FUTURE_ANNOTATIONS', 1 << 24, '3.7.0b1', None),
)

all_feature_names = [row[0] for row in _TABLE]
__all__ = ['all_feature_names'] + all_feature_names

for _name, _flag_name, _flag, _since, _always in _TABLE:
    globals()[_flag_name] = _flag
    globals()[_name] = _Feature(_release(_since), _release(_always), _flag)
del _name, _flag_name, _flag, _since, _always, _TABLE, _LEVELS, _release
