"""Pretty printer for Coroscope (pprint, pformat, pp, saferepr, isreadable, isrecursive, PrettyPrinter).

Written for the engine. A value whose one-line repr fits the remaining width is written as is;
otherwise a layout function for its type spreads it over several lines, one element per line
(or packed lines with compact=True), long strings and bytes cut into adjacent literals."""

import sys as _sys
import collections as _collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Pieces:
    """A minimal text sink: pformat collects the pieces and joins them once."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def text(self):
        return ''.join(self.pieces)


class _SafeKey:
    """Sort key that orders anything: values that refuse '<' fall back to (type name, id)."""
    __slots__ = ('obj',)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        a, b = self.obj, other.obj
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _item_key(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion_marker(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


def _word_runs(line):
    """Cut a line into pieces, each a run of non-blanks plus the blanks after it."""
    runs = []
    start, n = 0, len(line)
    while start < n:
        pos = start
        while pos < n and not line[pos].isspace():
            pos += 1
        while pos < n and line[pos].isspace():
            pos += 1
        runs.append(line[start:pos])
        start = pos
    return runs


def _pack(pieces, empty, limit, last_limit):
    """Greedily join consecutive pieces while the repr of the joined text stays within the limit
    (last_limit applies while the final piece is being added). Returns the reprs of the groups."""
    groups = []
    current = empty
    final = len(pieces) - 1
    for pos, piece in enumerate(pieces):
        bound = last_limit if pos == final else limit
        joined = current + piece
        if len(repr(joined)) <= bound:
            current = joined
        else:
            if current:
                groups.append(repr(current))
            current = piece
    if current:
        groups.append(repr(current))
    return groups


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        self._indent_per_level = int(indent)
        self._width = int(width)
        self._depth = depth
        problem = None
        if self._indent_per_level < 0:
            problem = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            problem = 'depth must be > 0'
        elif self._width == 0:
            problem = 'width must be != 0'
        if problem:
            raise ValueError(problem)
        if stream is None:
            stream = _sys.stdout if _sys.stdout is not None else _Pieces()
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # ---- public entry points

    def pprint(self, object):
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write("\n")

    def pformat(self, object):
        sink = _Pieces()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.text()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    # ---- multi-line layout

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_marker(object))
            self._recursive = True
            self._readable = False
            return
        flat = self._repr(object, context, level)
        if len(flat) > self._width - indent - allowance:
            layout = _layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(flat)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _sorted_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_item_key)
        return mapping.items()

    def _open(self, stream, opener):
        stream.write(opener)
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _lay_dict(self, object, stream, indent, allowance, context, level):
        self._open(stream, '{')
        if len(object):
            self._lay_pairs(self._sorted_items(object), stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _lay_pairs(self, pairs, stream, indent, allowance, context, level):
        """Write 'key: value' entries, one per line; values continue under their own start column."""
        pairs = list(pairs)
        indent += self._indent_per_level
        between = ',\n' + ' ' * indent
        final = len(pairs) - 1
        for pos, (k, v) in enumerate(pairs):
            key_text = self._repr(k, context, level)
            stream.write(key_text + ': ')
            self._format(v, stream, indent + len(key_text) + 2, allowance if pos == final else 1, context, level)
            if pos != final:
                stream.write(between)

    def _lay_elements(self, elements, stream, indent, allowance, context, level):
        """Write sequence elements: one per line, or packed into lines when compact is set."""
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))
        elements = list(elements)
        newline = ',\n' + ' ' * indent
        line_room = self._width - indent + 1   # room on a fresh line (the final ',' is charged per item)
        left = line_room
        sep = ''
        final = len(elements) - 1
        for pos, element in enumerate(elements):
            if pos == final:
                line_room -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(element, context, level)
                cost = len(text) + 2
                if cost > left:
                    left = line_room
                    if sep:
                        sep = newline
                if cost <= left:
                    left -= cost
                    stream.write(sep)
                    stream.write(text)
                    sep = ', '
                    continue
            stream.write(sep)
            sep = newline
            self._format(element, stream, indent, allowance if pos == final else 1, context, level)

    def _lay_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._lay_elements(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _lay_tuple(self, object, stream, indent, allowance, context, level):
        closer = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._lay_elements(object, stream, indent, allowance + len(closer), context, level)
        stream.write(closer)

    def _lay_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write('{')
            closer = '}'
        else:
            stream.write(cls.__name__ + '({')
            closer = '})'
            indent += len(cls.__name__) + 1
        ordered = sorted(object, key=_SafeKey)
        self._lay_elements(ordered, stream, indent, allowance + len(closer), context, level)
        stream.write(closer)

    def _lay_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        last_line = len(lines) - 1
        chunks = []
        for number, line in enumerate(lines):
            limit = room - allowance if number == last_line else room
            whole = repr(line)
            if len(whole) <= limit:
                chunks.append(whole)
            else:
                chunks.extend(_pack(_word_runs(line), '', room, limit))
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        self._write_chunks(chunks, stream, indent, top)

    def _write_chunks(self, chunks, stream, indent, parenthesize):
        if parenthesize:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if parenthesize:
            stream.write(')')

    def _lay_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
        room = self._width - indent
        # Four-byte blocks; the allowance only counts for a trailing short block.
        blocks = [object[i:i + 4] for i in range(0, len(object), 4)]
        last_limit = room - allowance if len(object) % 4 else room
        self._write_chunks(_pack(blocks, b'', room, last_limit), stream, indent, top)

    def _lay_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._lay_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _lay_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _lay_default_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        factory = self._repr(object.default_factory, context, level)
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._lay_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _lay_counter(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        self._open(stream, name + '({')
        self._lay_pairs(object.most_common(), stream, indent + len(name) + 1, allowance + 2, context, level)
        stream.write('})')

    def _lay_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if object.maxlen is None:
            self._lay_elements(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._lay_elements(object, stream, indent, 2, context, level)
            limit = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, limit))

    # ---- one-line repr with readability and recursion flags

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _PLAIN:
            return repr(object), True, False
        own_repr = getattr(cls, '__repr__', None)
        if issubclass(cls, int) and own_repr is int.__repr__:
            return (format(object, '_d') if self._underscore_numbers else repr(object)), True, False
        if issubclass(cls, dict) and own_repr is dict.__repr__ and not issubclass(cls, _collections.defaultdict):
            # (the engine's defaultdict shares dict's __repr__ but does not print like a plain dict)
            if not object:
                return '{}', True, False
            template = '{%s}'
            entries = self._sorted_items(object)
            mapping = True
        elif issubclass(cls, list) and own_repr is list.__repr__:
            if not object:
                return '[]', True, False
            template = '[%s]'
            entries = object
            mapping = False
        elif issubclass(cls, tuple) and own_repr is tuple.__repr__:
            if not object:
                return '()', True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            entries = object
            mapping = False
        else:
            text = repr(object)
            return text, (text and not text.startswith('<')), False

        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % '...', False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        context[key] = 1
        all_readable = True
        any_recursive = False
        parts = []
        deeper = level + 1
        for entry in entries:
            if mapping:
                k_text, k_ok, k_rec = self.format(entry[0], context, maxlevels, deeper)
                v_text, v_ok, v_rec = self.format(entry[1], context, maxlevels, deeper)
                parts.append(k_text + ': ' + v_text)
                all_readable = all_readable and k_ok and v_ok
                any_recursive = any_recursive or k_rec or v_rec
            else:
                text, ok, rec = self.format(entry, context, maxlevels, deeper)
                parts.append(text)
                all_readable = all_readable and ok
                any_recursive = any_recursive or rec
        del context[key]
        return template % ', '.join(parts), all_readable, any_recursive


_PLAIN = frozenset([str, bytes, bytearray, float, complex, bool, type(None)])

# Layout per class. A subclass uses its base's layout only while it keeps the base's __repr__.
_LAYOUTS = {
    dict: PrettyPrinter._lay_dict,
    list: PrettyPrinter._lay_list,
    tuple: PrettyPrinter._lay_tuple,
    set: PrettyPrinter._lay_set,
    frozenset: PrettyPrinter._lay_set,
    str: PrettyPrinter._lay_str,
    bytes: PrettyPrinter._lay_bytes,
    bytearray: PrettyPrinter._lay_bytearray,
    _collections.OrderedDict: PrettyPrinter._lay_ordered_dict,
    _collections.defaultdict: PrettyPrinter._lay_default_dict,
    _collections.Counter: PrettyPrinter._lay_counter,
    _collections.deque: PrettyPrinter._lay_deque,
}


def _layout_for(obj):
    cls = type(obj)
    shown_by = cls.__repr__
    for base in cls.__mro__:
        layout = _LAYOUTS.get(base)
        if layout is not None:
            return layout if base.__repr__ is shown_by else None
    return None
