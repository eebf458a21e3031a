"""string for Coroscope: capwords, Template and Formatter in Python, over the character constants
that the engine's Java side defines. Written for the engine."""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]


def capwords(s, sep=None):
    """s split into words (at sep, or runs of whitespace), each capitalized, joined by sep or ' '."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


# ---------------------------------------------------------------- Template

def _template_regex(cls):
    # The groups a Template pattern must have: escaped ($$), named ($id), braced (${id}) and
    # invalid (a lone delimiter).
    if 'pattern' in cls.__dict__:
        source = cls.pattern
    else:
        mark = _re.escape(cls.delimiter)
        source = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                  % (mark, mark, cls.idpattern, cls.braceidpattern or cls.idpattern))
    return _re.compile(source, cls.flags | _re.VERBOSE)


class _Lookup:
    """Keyword arguments first, then the mapping."""

    def __init__(self, keywords, mapping):
        self.keywords = keywords
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.keywords:
            return self.keywords[key]
        return self.mapping[key]


def _names_from(mapping, kws):
    if mapping is None:
        return kws
    return _Lookup(kws, mapping) if kws else mapping


class Template:
    """A string with $name and ${name} placeholders ($$ is a literal $)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _kind(self, mo):
        """('name', identifier), ('escaped', None) or ('invalid', None) for one match."""
        name = mo.group('named') or mo.group('braced')
        if name is not None:
            return 'name', name
        if mo.group('escaped') is not None:
            return 'escaped', None
        if mo.group('invalid') is not None:
            return 'invalid', None
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _invalid(self, mo):
        upto = self.template[:mo.start('invalid')].splitlines(keepends=True)
        line, col = (len(upto), len(upto[-1])) if upto else (1, 1)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _fill(self, names, lenient):
        def replacement(mo):
            kind, name = self._kind(mo)
            if kind == 'escaped':
                return self.delimiter
            if kind == 'invalid':
                if lenient:
                    return mo.group()
                self._invalid(mo)
            if not lenient:
                return str(names[name])
            try:
                return str(names[name])
            except KeyError:
                return mo.group()
        return self.pattern.sub(replacement, self.template)

    def substitute(self, mapping=None, /, **kws):
        return self._fill(_names_from(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._fill(_names_from(mapping, kws), True)

    def is_valid(self):
        return all(self._kind(mo)[0] != 'invalid' for mo in self.pattern.finditer(self.template))

    def get_identifiers(self):
        found = []
        for mo in self.pattern.finditer(self.template):
            kind, name = self._kind(mo)
            if kind == 'name' and name not in found:
                found.append(name)
        return found


Template.pattern = _template_regex(Template)


# ---------------------------------------------------------------- Formatter

def _read_field(text, start):
    """Reads the replacement field whose '{' is just before text[start]; returns
    (field name, conversion or None, format spec, index after the closing '}')."""
    end = len(text)
    i = start
    in_index = False
    while i < end:
        ch = text[i]
        if in_index:
            in_index = ch != ']'
        elif ch == '[':
            in_index = True
        elif ch == '{':
            raise ValueError("unexpected '{' in field name")
        elif ch in '}!:':
            break
        i += 1
    if i == end:
        raise ValueError("expected '}' before end of string")
    name, conversion = text[start:i], None
    if text[i] == '!':
        if i + 1 == end:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[i + 1]
        i += 2
        if i < end and text[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if i < end and text[i] == '}':
        return name, conversion, '', i + 1
    # a format spec: runs to the '}' that balances the field's '{' (nested fields allowed)
    spec_start = i = i + 1
    depth = 1
    while i < end:
        if text[i] == '{':
            depth += 1
        elif text[i] == '}':
            depth -= 1
            if not depth:
                return name, conversion, text[spec_start:i], i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _parse(text):
    literal = []
    i, end = 0, len(text)
    while i < end:
        ch = text[i]
        if ch not in '{}':
            literal.append(ch)
            i += 1
            continue
        doubled = i + 1 < end and text[i + 1] == ch
        if doubled:
            # '{{' or '}}': the literal so far, ending with one brace, is a piece of its own
            literal.append(ch)
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
        elif ch == '}':
            raise ValueError("Single '}' encountered in format string")
        elif i + 1 == end:
            raise ValueError("Single '{' encountered in format string")
        else:
            name, conversion, spec, i = _read_field(text, i + 1)
            yield ''.join(literal), name, spec, conversion
            literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _as_key(text):
    return int(text) if text.isdigit() else text


def _field_path(field_name):
    """(first key, iterator of (is_attribute, key)) for a field name like 'a.b[0]'."""
    cut = len(field_name)
    for i, ch in enumerate(field_name):
        if ch in '.[':
            cut = i
            break

    def steps():
        i, end = cut, len(field_name)
        while i < end:
            if field_name[i] == '.':
                j = i + 1
                while j < end and field_name[j] not in '.[':
                    j += 1
                key, is_attr = field_name[i + 1:j], True
                i = j
            elif field_name[i] == '[':
                j = field_name.find(']', i)
                if j < 0:
                    raise ValueError("Missing ']' in format string")
                key, is_attr = _as_key(field_name[i + 1:j]), False
                i = j + 1
            else:
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            if key == '':
                raise ValueError('Empty attribute in format string')
            yield is_attr, key
    return _as_key(field_name[:cut]), steps()


_MIXED_NUMBERING = 'cannot switch from manual field specification to automatic field numbering'


class Formatter:
    """str.format's steps (parse, get_field, convert_field, format_field...) as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text = self._vformat(format_string, args, kwargs, used, 2)[0]
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic number, or False once a field was numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError(_MIXED_NUMBERING)
                field_name, auto_arg_index = str(auto_arg_index), auto_arg_index + 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError(_MIXED_NUMBERING)
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        converters = {None: None, 's': str, 'r': repr, 'a': ascii}
        if conversion not in converters:
            raise ValueError('Unknown conversion specifier %s' % (conversion,))
        convert = converters[conversion]
        return value if convert is None else convert(value)

    def parse(self, format_string):
        """(literal text, field name, format spec, conversion) for each piece of format_string."""
        return iter(list(_parse(format_string)))

    def get_field(self, field_name, args, kwargs):
        key, steps = _field_path(field_name)
        value = self.get_value(key, args, kwargs)
        for is_attr, step in steps:
            value = getattr(value, step) if is_attr else value[step]
        return value, key
