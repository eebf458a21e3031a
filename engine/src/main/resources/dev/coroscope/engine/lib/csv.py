"""csv for Coroscope: reader, writer, DictReader, DictWriter and dialects over any iterable of
lines and any object with write() (io.StringIO: there are no files), with CPython's quoting rules,
results and messages. Written for the engine."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'excel',
           'excel_tab', 'unix_dialect', 'reader', 'writer', 'DictReader', 'DictWriter', 'register_dialect',
           'get_dialect', 'list_dialects', 'unregister_dialect', 'field_size_limit', '__version__']

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = '_csv'


class Dialect:
    _name = ''
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}
_field_limit = 131072


class _Params:
    """The resolved formatting parameters of one reader or writer."""

    def __init__(self, dialect, kwargs):
        if isinstance(dialect, str):
            if dialect not in _dialects:
                raise Error('unknown dialect')
            dialect = _dialects[dialect]
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
                     'lineterminator', 'quoting', 'strict'):
            value = kwargs.pop(name, getattr(dialect, name, None))
            setattr(self, name, value)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
        if self.delimiter is None:
            self.delimiter = ','
        if not isinstance(self.delimiter, str):
            raise TypeError(f'"delimiter" must be string, not {type(self.delimiter).__name__}')
        if len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.doublequote is None:
            self.doublequote = True
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.skipinitialspace = bool(self.skipinitialspace)


def _reader_row(params, line_iter):
    """One record from the lines; None at the end of the input."""
    fields = []
    field = []
    quoted = False
    in_quotes = False
    after_quote = False
    started = False
    for line in line_iter:
        if not isinstance(line, str):
            raise Error(f'iterator should return strings, not {type(line).__name__} '
                        f'(the file should be opened in text mode)')
        started = True
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if in_quotes:
                if c == params.escapechar and i + 1 < n:
                    field.append(line[i + 1])
                    i += 2
                    continue
                if c == params.quotechar:
                    if params.doublequote and i + 1 < n and line[i + 1] == params.quotechar:
                        field.append(c)
                        i += 2
                        continue
                    in_quotes = False
                    after_quote = True
                    i += 1
                    continue
                field.append(c)
                i += 1
                continue
            if c == params.delimiter:
                fields.append(_field_value(params, field, quoted))
                field = []
                quoted = False
                after_quote = False
                i += 1
                if params.skipinitialspace:
                    while i < n and line[i] == ' ':
                        i += 1
                continue
            if c in '\r\n':
                rest = line[i:]
                if rest not in ('\n', '\r', '\r\n'):
                    raise Error("new-line character seen in unquoted field - "
                                "do you need to open the file with newline=''?")
                fields.append(_field_value(params, field, quoted))
                return fields
            if c == params.escapechar and i + 1 < n:
                field.append(line[i + 1])
                i += 2
                continue
            if c == params.quotechar and params.quoting != QUOTE_NONE and not field and not after_quote:
                in_quotes = True
                quoted = True
                i += 1
                continue
            if after_quote and params.strict:
                raise Error(f"'{params.delimiter}' expected after '{params.quotechar}'")
            field.append(c)
            i += 1
        if in_quotes:
            continue
        fields.append(_field_value(params, field, quoted))
        return fields
    if not started:
        return None
    if in_quotes:
        if params.strict:
            raise Error('unexpected end of data')
        fields.append(_field_value(params, field, quoted))
    return fields


def _field_value(params, chars, quoted):
    text = ''.join(chars)
    if len(text) > _field_limit:
        raise Error(f'field larger than field limit ({_field_limit})')
    if params.quoting == QUOTE_NONNUMERIC and not quoted:
        if text == '':
            return text
        return float(text)
    return text


class _Reader:
    def __init__(self, lines, params):
        self._lines = iter(lines)
        self._params = params
        self.dialect = params
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        counting = _Counting(self._lines, self)
        while True:
            row = _reader_row(self._params, counting)
            if row is None:
                raise StopIteration
            if row == [''] and counting.last in ('\n', '\r\n', '\r', ''):
                return []
            return row


class _Counting:
    def __init__(self, lines, owner):
        self.lines = lines
        self.owner = owner
        self.last = None

    def __iter__(self):
        return self

    def __next__(self):
        line = next(self.lines)
        self.owner.line_num += 1
        self.last = line
        return line


_Reader.__name__ = 'reader'
_Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(iter(csvfile), _Params(dialect, fmtparams))


class _Writer:
    def __init__(self, fileobj, params):
        if not hasattr(fileobj, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self._params = params
        self.dialect = params

    def _quote(self, text, force, numeric):
        p = self._params
        if p.quoting == QUOTE_NONE:
            out = []
            for ch in text:
                if ch in (p.delimiter, p.quotechar) or ch in '\r\n' or ch == p.escapechar:
                    if p.escapechar is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(p.escapechar)
                out.append(ch)
            return ''.join(out)
        needs = force or (p.quoting == QUOTE_NONNUMERIC and not numeric)
        if not needs:
            needs = any(ch in text for ch in (p.delimiter, p.quotechar, '\r', '\n'))
            if not needs and p.lineterminator:
                needs = any(ch in text for ch in p.lineterminator)
        if p.quotechar and p.quotechar in text:
            if p.doublequote:
                text = text.replace(p.quotechar, p.quotechar * 2)
            elif p.escapechar:
                text = text.replace(p.quotechar, p.escapechar + p.quotechar)
            else:
                raise Error('need to escape, but no escapechar set')
        if needs:
            return p.quotechar + text + p.quotechar
        return text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error(f'iterable expected, not {type(row).__name__}') from None
        p = self._params
        parts = []
        for value in items:
            numeric = isinstance(value, (int, float, complex)) and not isinstance(value, bool) or isinstance(value, bool)
            if value is None:
                text = ''
            elif isinstance(value, float):
                text = repr(value)
            else:
                text = str(value)
            parts.append(self._quote(text, p.quoting == QUOTE_ALL, numeric and value is not None))
        if len(items) == 1 and items[0] in ('', None) and p.quoting != QUOTE_NONE:
            if p.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts = [p.quotechar * 2]
        line = p.delimiter.join(parts) + p.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = 'writer'
_Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, _Params(dialect, fmtparams))


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    base = dialect if dialect is not None else Dialect
    attrs = {k: getattr(base, k, None) for k in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                                                 'skipinitialspace', 'lineterminator', 'quoting', 'strict')}
    attrs.update(fmtparams)
    for key, value in excel.__dict__.items():
        if key in attrs and attrs[key] is None and key not in fmtparams:
            attrs[key] = value
    _Params(type(name, (Dialect,), attrs), {})
    _dialects[name] = type(name, (Dialect,), attrs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


def _listed(names):
    # A one-shot iterator of field names is read once and kept; a sequence is kept as given.
    return list(names) if names is not None and iter(names) is names else names


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self._fieldnames = _listed(fieldnames)
        self.restkey, self.restval = restkey, restval
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # Without names given, the first row read names the fields (none for an empty input).
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if not self.line_num:
            self.fieldnames  # the header row is consumed before the first record
        row = next(self.reader)
        # As in CPython, line_num is taken after the first row read, before blank rows are skipped.
        self.line_num = self.reader.line_num
        while not row:
            row = next(self.reader)
        names = self.fieldnames
        record = {}
        for i, name in enumerate(names):
            record[name] = row[i] if i < len(row) else self.restval
        if len(row) > len(names):
            record[self.restkey] = row[len(names):]
        return record


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds):
        self.fieldnames = _listed(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join(map(repr, unknown)))
        restval = self.restval
        return (rowdict.get(name, restval) for name in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(d) for d in rowdicts)
