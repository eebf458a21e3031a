"""argparse for Coroscope: ArgumentParser with positional and optional arguments, the standard
actions, nargs, type/choices/default, argument groups, mutually exclusive groups and subcommands;
parse_args of a given list (or sys.argv), the usage line, --help text and error messages laid out
as CPython 3.11's argparse lays them out (80-column terminal). Written for the engine.

How parsing works here: every command-line string is classified as an option ('O'), a plain
argument ('A') or the '--' separator ('-'); each action's nargs becomes a regular expression over
that string of letters, and options and runs of positionals are consumed alternately, taking as
many strings for the positionals as still lets the later ones match."""

import sys as _sys
import re as _re

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
           'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE']

OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
SUPPRESS = '==SUPPRESS=='
_EXTRA_ARGS = '_unrecognized_args'


class _AttributeHolder(object):
    """repr() as Name(arg, ..., key=value, ...); names that are not identifiers go in **{...}."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


def _fresh_list(current):
    """A list to append to without changing the default or value it came from."""
    if current is None:
        return []
    if type(current) is list:
        return list(current)
    import copy
    return copy.copy(current)


# ---- help text ---------------------------------------------------------------------------------

class _Block(object):
    """A section of help: a heading and parts (callables giving text), laid out when asked."""

    def __init__(self, owner, outer, title=None):
        self.owner, self.outer, self.title = owner, outer, title
        self.parts = []

    def render(self):
        f = self.owner
        nested = self.outer is not None
        if nested:
            f._indent()
        body = f._join_parts([part() for part in self.parts])
        if nested:
            f._dedent()
        if not body:
            return ''
        head = ''
        if self.title is not None and self.title is not SUPPRESS:
            head = ' ' * f._current_indent + self.title + ':\n'
        return '\n' + head + body + '\n'


class HelpFormatter(object):
    """Collects usage, text and argument entries in sections, then lays them all out at once
    (so the help column can depend on the longest entry)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        # CPython asks shutil.get_terminal_size(); Coroscope's output is never a terminal: 80.
        self._width = (80 if width is None else width + 2) - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(self._width - 20, 2 * indent_increment))
        self._level = self._current_indent = 0
        self._action_max_length = 0
        self._root_section = self._current_section = _Block(self, None)

    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment

    def _add_item(self, func, args):
        self._current_section.parts.append(lambda: func(*args))

    def start_section(self, heading):
        self._indent()
        block = _Block(self, self._current_section, heading)
        self._current_section.parts.append(block.render)
        self._current_section = block

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.outer

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widths = [len(self._format_action_invocation(action))]
        widths += [len(self._format_action_invocation(sub)) for sub in self._iter_indented_subactions(action)]
        self._action_max_length = max(self._action_max_length, self._current_indent + max(widths))
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.render()
        if not text:
            return text
        return _re.sub('\n\n\n+', '\n\n', text).strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join(p for p in part_strings if p and p is not SUPPRESS)

    # -- usage --

    def _format_usage(self, usage, actions, groups, prefix):
        prefix = 'usage: ' if prefix is None else prefix
        names = dict(prog=self._prog)
        if usage is not None:
            return prefix + usage % names + '\n\n'
        if not actions:
            return prefix + '%(prog)s' % names + '\n\n'
        prog = '%(prog)s' % names
        opts = [a for a in actions if a.option_strings]
        poss = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(opts + poss, groups)
        text = prog + ' ' + whole if whole else prog
        room = self._width - self._current_indent
        if len(prefix) + len(text) > room:
            text = '\n'.join(self._wrapped_usage(prefix, prog, opts, poss, groups, room))
        return prefix + text + '\n\n'

    def _wrapped_usage(self, prefix, prog, opts, poss, groups, room):
        token = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(token, self._format_actions_usage(opts, groups))
        pos_parts = _re.findall(token, self._format_actions_usage(poss, groups))

        def fill(parts, margin, first=None):
            # greedy filling; the first line of a block may start after the prefix instead
            rows, row = [], []
            used = (len(first) if first is not None else len(margin)) - 1
            for part in parts:
                if row and used + 1 + len(part) > room:
                    rows.append(margin + ' '.join(row))
                    row, used = [], len(margin) - 1
                row.append(part)
                used += 1 + len(part)
            if row:
                rows.append(margin + ' '.join(row))
            if first is not None:
                rows[0] = rows[0][len(margin):]
            return rows

        if len(prefix) + len(prog) <= 0.75 * room:
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                return fill([prog] + opt_parts, margin, prefix) + fill(pos_parts, margin)
            if pos_parts:
                return fill([prog] + pos_parts, margin, prefix)
            return [prog]
        margin = ' ' * len(prefix)
        rows = fill(opt_parts + pos_parts, margin)
        if len(rows) > 1:
            rows = fill(opt_parts, margin) + fill(pos_parts, margin)
        return [prog] + rows

    def _format_actions_usage(self, actions, groups):
        in_group = set()
        marks = {}  # position in actions -> bracket or bar text inserted before it

        def add_mark(at, text, joiner):
            marks[at] = marks[at] + joiner + text if at in marks else text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            in_group.update(members)
            visible = sum(1 for a in members if a.help is not SUPPRESS)
            if not group.required:
                add_mark(first, '[', ' ')
                add_mark(last, ']', '')
            elif visible > 1:
                add_mark(first, '(', ' ')
                add_mark(last, ')', '')
            for k in range(first + 1, last):
                marks[k] = '|'
        pieces = []
        for k, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(k) == '|':
                    del marks[k]
                elif marks.get(k + 1) == '|':
                    del marks[k + 1]
                continue
            if action.option_strings:
                if action.nargs == 0:
                    piece = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    piece = action.option_strings[0] + ' ' + self._format_args(action, metavar)
                if not action.required and action not in in_group:
                    piece = '[' + piece + ']'
            else:
                piece = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and piece[:1] == '[' and piece[-1:] == ']':
                    piece = piece[1:-1]
            pieces.append(piece)
        for k in sorted(marks, reverse=True):
            pieces.insert(k, marks[k])
        text = ' '.join(p for p in pieces if p is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # -- text and entries --

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        margin = ' ' * self._current_indent
        return self._fill_text(text, max(11, self._width - self._current_indent), margin) + '\n\n'

    def _format_action(self, action):
        column = min(self._max_help_position, self._action_max_length + 2)
        room = max(11, self._width - column)
        left = column - self._current_indent - 2
        margin = ' ' * self._current_indent
        invocation = self._format_action_invocation(action)
        out = []
        first_pad = 0
        if not action.help:
            out.append(margin + invocation + '\n')
        elif len(invocation) <= left:
            out.append(margin + invocation.ljust(left) + '  ')
        else:
            out.append(margin + invocation + '\n')
            first_pad = column
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                rows = self._split_lines(expanded, room)
                out.append(' ' * first_pad + rows[0] + '\n')
                out.extend(' ' * column + row + '\n' for row in rows[1:])
        elif not out[0].endswith('\n'):
            out.append('\n')
        out.extend(self._format_action(sub) for sub in self._iter_indented_subactions(action))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        shown = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(opt + ' ' + shown for opt in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        name = action.metavar
        if name is None and action.choices is not None:
            name = '{' + ','.join(str(c) for c in action.choices) + '}'
        if name is None:
            name = default_metavar

        def as_tuple(count):
            return name if isinstance(name, tuple) else (name,) * count
        return as_tuple

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            return ('[%s [%s ...]]' if len(pair) == 2 else '[%s ...]') % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ' '.join('%s' for _ in range(nargs))
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return slots % names(nargs)

    def _expand_help(self, action):
        values = {}
        for key, value in dict(vars(action), prog=self._prog).items():
            if value is SUPPRESS:
                continue
            values[key] = value.__name__ if hasattr(value, '__name__') else value
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        for sub in subactions():
            yield sub
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squeeze(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squeeze(text), width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


def _squeeze(text):
    # runs of ASCII whitespace become one space (a no-break space stays)
    return _re.sub(r'[ \t\n\r\f\v]+', ' ', text).strip()


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (only indented)."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + row for row in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of options and of optional positionals."""

    def _get_help_string(self, action):
        text = action.help or ''
        shows_default = action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE)
        if '%(default)' not in text and action.default is not SUPPRESS and shows_default:
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional


# ---- errors ----------------------------------------------------------------------------------

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for name in (argument.metavar, argument.dest):
        if name is not None and name is not SUPPRESS:
            return name
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument, named in the message when known."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        if self.argument_name is None:
            return str(self.message)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to say why a string is not acceptable."""


# ---- actions ---------------------------------------------------------------------------------

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help',
                  'metavar')


class Action(_AttributeHolder):
    """What to do with the strings one argument consumes; subclasses define __call__."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        given = locals()
        for field in _ACTION_FIELDS:
            setattr(self, field, given[field])

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _check_store_nargs(nargs, const, verb, advice):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; if %s' % (verb, advice))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        names = []
        for opt in option_strings:
            names.append(opt)
            if opt[:2] == '--':
                names.append('--no-' + opt[2:])
        super().__init__(names, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const, 'store', 'you have nothing to store, actions such as store true '
                           'or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const, 'append', 'arg strings are not supplying the value to append, '
                           'the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _fresh_list(getattr(namespace, self.dest, None))
        collected.append(values)
        setattr(namespace, self.dest, collected)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        collected = _fresh_list(getattr(namespace, self.dest, None))
        collected.extend(values)
        setattr(namespace, self.dest, collected)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _fresh_list(getattr(namespace, self.dest, None))
        collected.append(self.const)
        setattr(namespace, self.dest, collected)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (so_far or 0) + 1 if so_far is not None else 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(parser.version if self.version is None else self.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):
    """A subcommand's line in the parent's help."""

    def __init__(self, name, aliases, help):
        label = name + (' (%s)' % ', '.join(aliases) if aliases else '')
        super().__init__([], name, help=help, metavar=label)


class _SubParsersAction(Action):
    _ChoicesPseudoAction = _ChoicesPseudoAction

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map, required=required,
                         help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        aliases = kwargs.pop('aliases', ())
        for label, kind in [(name, 'subparser')] + [(alias, 'subparser alias') for alias in aliases]:
            if label in self._name_parser_map:
                raise ArgumentError(self, 'conflicting %s: %s' % (kind, label))
        if 'help' in kwargs:
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for label in (name,) + tuple(aliases):
            self._name_parser_map[label] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (name, ', '.join(self._name_parser_map)))
        inner, leftover = chosen.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_EXTRA_ARGS, []).extend(leftover)


class FileType(object):
    """type= factory opening the named file ('-' means stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize, self._encoding, self._errors = mode, bufsize, encoding, errors

    def __call__(self, string):
        if string != '-':
            try:
                return open(string, self._mode, self._bufsize, self._encoding, self._errors)
            except OSError as e:
                raise ArgumentTypeError("can't open '%s': %s" % (string, e))
        if 'r' in self._mode:
            return _sys.stdin
        if 'w' in self._mode or 'a' in self._mode or 'x' in self._mode:
            return _sys.stdout
        raise ValueError('argument "-" with mode %r' % self._mode)

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        shown += ['%s=%r' % (k, v) for k, v in (('encoding', self._encoding), ('errors', self._errors)) if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """The attributes parse_args found; equal to another Namespace with the same ones."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        return vars(self) == vars(other) if isinstance(other, Namespace) else NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ---- parsers and groups ----------------------------------------------------------------------

_ACTION_CLASSES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction, 'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction, 'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}
_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _identity(string):
    return string


class _ActionsContainer(object):
    """What a parser and its groups share: the argument list and the option-string table."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {'action': dict(_ACTION_CLASSES), 'type': {None: _identity}}
        self._get_handler()
        self._actions, self._action_groups, self._mutually_exclusive_groups = [], [], []
        self._option_string_actions, self._defaults = {}, {}
        self._negative_number_matcher = _NEGATIVE
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in [a for a in self._actions if a.dest in kwargs]:
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        found = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        cls = self._pop_action_class(kwargs)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**kwargs)
        self._check_type(action)
        return self._add_action(action)

    def _check_type(self, action):
        converter = self._registry_get('type', action.type, action.type)
        problem = None
        if not callable(converter):
            problem = '%r is not callable'
        elif converter is FileType:
            problem = '%r is a FileType class object, instance of it must be passed'
        if problem is not None:
            raise ValueError(problem % (converter,))
        if hasattr(self, '_get_formatter'):
            # a metavar tuple of the wrong length fails here, when the argument is added
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")

    def _new_group(self, cls, registry, *args, **kwargs):
        group = cls(self, *args, **kwargs)
        registry.append(group)
        return group

    def add_argument_group(self, *args, **kwargs):
        return self._new_group(_ArgumentGroup, self._action_groups, *args, **kwargs)

    def add_mutually_exclusive_group(self, **kwargs):
        return self._new_group(_MutuallyExclusiveGroup, self._mutually_exclusive_groups, **kwargs)

    def _add_action(self, action):
        self._check_conflict(action)
        action.container = self
        self._actions.append(action)
        self._option_string_actions.update((opt, action) for opt in action.option_strings)
        looks_negative = any(self._negative_number_matcher.match(opt) for opt in action.option_strings)
        if looks_negative and not self._has_negative_number_optionals:
            self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (group.title,))
            by_title[group.title] = group
        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(title=group.title, description=group.description,
                                                                conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = copy
        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        for opt in args:
            if opt[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r' % (opt, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            longs = [opt for opt in args if len(opt) > 1 and opt[1] in chars]
            source = (longs or list(args))[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % args[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def _pop_action_class(self, kwargs, default=None):
        key = kwargs.pop('action', default)
        return self._registry_get('action', key, key)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt]) for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        names = ', '.join(opt for opt, _ in conflicting_actions)
        noun = 'string' if len(conflicting_actions) == 1 else 'strings'
        raise ArgumentError(action, 'conflicting option %s: %s' % (noun, names))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, older in conflicting_actions:
            older.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # the group adds to its container's tables
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self._container = container
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


def _default_prog():
    argv = getattr(_sys, 'argv', None) or ['']
    return argv[0].rsplit('/', 1)[-1]


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace of values, or prints help/errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _default_prog() if prog is None else prog
        self.usage, self.epilog, self.formatter_class = usage, epilog, formatter_class
        self.fromfile_prefix_chars, self.add_help = fromfile_prefix_chars, add_help
        self.allow_abbrev, self.exit_on_error = allow_abbrev, exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(kwargs.pop('title', 'subcommands'),
                                                       kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(), self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action = self._pop_action_class(kwargs, 'parsers')(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        (self._optionals if action.option_strings else self._positionals)._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing --

    def parse_args(self, args=None, namespace=None):
        result, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return result

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        ns = Namespace() if namespace is None else namespace
        for action in self._actions:
            if action.dest is SUPPRESS or action.default is SUPPRESS or hasattr(ns, action.dest):
                continue
            setattr(ns, action.dest, action.default)
        for key, value in self._defaults.items():
            if not hasattr(ns, key):
                setattr(ns, key, value)
        if not self.exit_on_error:
            ns, extras = self._parse_known_args(strings, ns)
        else:
            try:
                ns, extras = self._parse_known_args(strings, ns)
            except ArgumentError as err:
                self.error(str(err))
        if hasattr(ns, _EXTRA_ARGS):
            extras.extend(getattr(ns, _EXTRA_ARGS))
            delattr(ns, _EXTRA_ARGS)
        return ns, extras

    def _parse_known_args(self, arg_strings, namespace):
        return _Run(self, arg_strings, namespace).parse()

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        fixed = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                 ONE_OR_MORE: 'expected at least one argument'}
        message = fixed.get(action.nargs)
        if message is None:
            message = 'expected %s argument%s' % (action.nargs, '' if action.nargs == 1 else 's')
        raise ArgumentError(action, message)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # as many of the actions as can match from the start, each taking as much as it can
        for count in range(len(actions), 0, -1):
            regex = ''.join(self._get_nargs_pattern(a) for a in actions[:count])
            found = _re.match(regex, arg_strings_pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, value = arg_string.split('=', 1)
            if name in known:
                return known[name], name, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(opt for _, opt, _ in candidates)
            self.error('ambiguous option: %s could match %s' % (arg_string, names))
        if len(candidates) == 1:
            return candidates[0]
        if self._negative_number_matcher.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        known = self._option_string_actions
        found = []
        if option_string[0] not in chars:
            self.error('unexpected option string: %s' % option_string)
        elif option_string[1] in chars:
            if self.allow_abbrev:
                start, _, value = option_string.partition('=')
                value = value if '=' in option_string else None
                found = [(known[opt], opt, value) for opt in known if opt.startswith(start)]
        else:
            short, attached = option_string[:2], option_string[2:]
            for opt in known:
                if opt == short:
                    found.append((known[opt], opt, attached))
                elif opt.startswith(option_string):
                    found.append((known[opt], opt, None))
        return found

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        fixed = {None: '(-*A-*)', OPTIONAL: '(-*A?-*)', ZERO_OR_MORE: '(-*[A-]*)', ONE_OR_MORE: '(-*A[A-]*)',
                 REMAINDER: '([-AO]*)', PARSER: '(-*A[-AO]*)', SUPPRESS: '(-*-*)'}
        regex = fixed.get(nargs) if isinstance(nargs, (str, type(None))) else None
        if regex is None:
            regex = '(-*' + '-*'.join('A' * nargs) + '-*)'
        if action.option_strings:
            # options never take a '--' as an argument
            regex = regex.replace('-*', '').replace('-', '')
        return regex

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, s) for s in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (type_name, arg_string))

    def _check_value(self, action, value):
        if action.choices is None or value in action.choices:
            return
        listed = ', '.join(repr(c) for c in action.choices)
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # -- output --

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if message:
            (file or _sys.stderr).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and 'prog: error: message' to stderr, then exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _Run(object):
    """One parse: the classified strings, what was seen, and the consuming loop."""

    def __init__(self, parser, strings, namespace):
        self.parser, self.strings, self.namespace = parser, strings, namespace
        self.seen = set()
        self.seen_non_default = set()
        self.extras = []
        self.exclusive = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for k, member in enumerate(members):
                self.exclusive.setdefault(member, []).extend(members[:k] + members[k + 1:])
        self.options = {}  # position -> (action or None, option string, attached value)
        letters = []
        after_separator = False
        for k, s in enumerate(strings):
            if after_separator:
                letters.append('A')
            elif s == '--':
                letters.append('-')
                after_separator = True
            else:
                found = parser._parse_optional(s)
                if found is None:
                    letters.append('A')
                else:
                    self.options[k] = found
                    letters.append('O')
        self.pattern = ''.join(letters)
        self.positionals = parser._get_positional_actions()

    def take(self, action, strings, option_string=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for rival in self.exclusive.get(action, ()):
                if rival in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s' % _get_action_name(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option_string)

    def option_at(self, start):
        action, opt, attached = self.options[start]
        parser = self.parser
        pending = []
        while True:
            if action is None:
                self.extras.append(self.strings[start])
                return start + 1
            if attached is None:
                first = start + 1
                stop = first + parser._match_argument(action, self.pattern[first:])
                pending.append((action, self.strings[first:stop], opt))
                break
            wanted = parser._match_argument(action, 'A')
            if wanted == 1:
                pending.append((action, [attached], opt))
                stop = start + 1
                break
            if wanted == 0 and opt[1] not in parser.prefix_chars and attached != '':
                # -abc: -a takes nothing, so b (then c...) is the next single-letter flag
                pending.append((action, [], opt))
                opt = opt[0] + attached[0]
                if opt not in parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action = parser._option_string_actions[opt]
                attached = attached[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for act, values, name in pending:
            self.take(act, values, name)
        return stop

    def positionals_at(self, start):
        counts = self.parser._match_arguments_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            self.take(action, self.strings[start:start + count])
            start += count
        del self.positionals[:len(counts)]
        return start

    def parse(self):
        parser = self.parser
        position = 0
        last_option = max(self.options) if self.options else -1
        while position <= last_option:
            next_option = min(k for k in self.options if k >= position)
            if position != next_option:
                reached = self.positionals_at(position)
                if reached > position:
                    position = reached
                    continue
            if position not in self.options:
                self.extras.extend(self.strings[position:next_option])
                position = next_option
            position = self.option_at(position)
        position = self.positionals_at(position)
        self.extras.extend(self.strings[position:])
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(self.namespace, action.dest)
                  and getattr(self.namespace, action.dest) is action.default):
                # a string default goes through type= when its argument never appeared
                setattr(self.namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
        return self.namespace, self.extras
