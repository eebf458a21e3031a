"""Text wrapping for Coroscope, written for the engine: wrap, fill, shorten, dedent, indent and
TextWrapper. Text is cut into chunks (whitespace runs, words, the parts of hyphenated words,
em-dashes) as CPython 3.11 cuts it, then chunks are packed greedily into lines."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_WHITESPACE = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _WHITESPACE}


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_wp(c):
    return _is_word(c) or c in '!"\'&.,?'


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.__dict__.update(
            width=width, initial_indent=initial_indent, subsequent_indent=subsequent_indent,
            expand_tabs=expand_tabs, replace_whitespace=replace_whitespace,
            fix_sentence_endings=fix_sentence_endings, break_long_words=break_long_words,
            drop_whitespace=drop_whitespace, break_on_hyphens=break_on_hyphens, tabsize=tabsize,
            max_lines=max_lines, placeholder=placeholder)

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        return text.translate(_TO_SPACE) if self.replace_whitespace else text

    def _split(self, text):
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            if text[i] in _WHITESPACE:
                j = i
                while j < n and text[j] in _WHITESPACE:
                    j += 1
            elif not self.break_on_hyphens:
                j = i
                while j < n and text[j] not in _WHITESPACE:
                    j += 1
            else:
                j = self._word_end(text, i)
            chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _dashes_then_word(text, k):
        """Whether text[k:] starts with two or more hyphens followed by a word character."""
        n = len(text)
        m = k
        while m < n and text[m] == '-':
            m += 1
        return m - k >= 2 and m < n and _is_word(text[m])

    def _word_end(self, text, i):
        n = len(text)
        # An em-dash between words is a chunk of its own.
        if i > 0 and _is_wp(text[i - 1]) and self._dashes_then_word(text, i):
            j = i
            while text[j] == '-':
                j += 1
            return j
        e = i + 1
        while True:
            if e >= n or text[e] in _WHITESPACE:
                return e
            if text[e] == '-' and self._hyphen_breaks(text, e):
                return e + 1
            if _is_wp(text[e - 1]) and self._dashes_then_word(text, e):
                return e
            e += 1

    @staticmethod
    def _hyphen_breaks(text, h):
        """A break after the hyphen at h: two letters (or letter-hyphen-letter) before it, letters after."""
        before = (h >= 2 and _is_letter(text[h - 1]) and _is_letter(text[h - 2])) or \
                 (h >= 3 and _is_letter(text[h - 1]) and text[h - 2] == '-' and _is_letter(text[h - 3]))
        if not before:
            return False
        n = len(text)
        k = h + 1
        if k >= n or not _is_letter(text[k]):
            return False
        k += 1
        if k < n and text[k] == '-':
            k += 1
        return k < n and _is_letter(text[k])

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == ' ' and self._ends_sentence(c):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(c):
        if c and c[-1] in '"\'':
            c = c[:-1]
        return len(c) >= 2 and c[-1] in '.!?' and 'a' <= c[-2] <= 'z'

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Moves the part of the chunk at the end of reversed_chunks (the next one) that fits into
        cur_line, or the whole chunk when words are not broken and the line is still empty."""
        word = reversed_chunks[-1]
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        room = width - cur_len if width >= 1 else 1
        cut = _long_word_cut(word, room, self.break_on_hyphens)
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_width(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        first_or_later = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
        if len(first_or_later) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        self._check_width()
        stack = chunks[::-1]      # next chunk last
        lines = []
        while stack:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not stack[-1].strip():
                stack.pop()
            line, used = self._take(stack, room)
            if not line:
                continue
            if self._may_add_line(len(lines), stack, used, room):
                lines.append(prefix + ''.join(line))
                continue
            self._end_with_placeholder(lines, line, used, room, prefix)
            break
        return lines

    def _take(self, stack, room):
        """The chunks of one line (popped from stack) and their total length."""
        line = []
        used = 0
        while stack and used + len(stack[-1]) <= room:
            used += len(stack[-1])
            line.append(stack.pop())
        if stack and len(stack[-1]) > room:
            self._handle_long_word(stack, line, used, room)
            used = sum(map(len, line))
        if self.drop_whitespace and line and not line[-1].strip():
            used -= len(line.pop())
        return line, used

    def _may_add_line(self, count, stack, used, room):
        if self.max_lines is None or count + 1 < self.max_lines:
            return True
        # The last allowed line: fine if nothing but (droppable) blank text follows.
        nothing_left = not stack or (self.drop_whitespace and len(stack) == 1 and not stack[0].strip())
        return nothing_left and used <= room

    def _end_with_placeholder(self, lines, line, used, room, prefix):
        mark = self.placeholder
        while line and not (line[-1].strip() and used + len(mark) <= room):
            used -= len(line.pop())
        if line:
            lines.append(prefix + ''.join(line) + mark)
            return
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _long_word_cut(word, room, on_hyphens):
    """Where to cut an over-long word: at room, or just after its last hyphen before room when
    hyphens may break and something other than hyphens precedes it."""
    if on_hyphens and len(word) > room:
        hyphen = word.rfind('-', 0, room)
        if hyphen > 0 and word[:hyphen].strip('-'):
            return hyphen + 1
    return room


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        lead = _leading(line)
        if len(lead) == len(line):
            lines[idx] = ''
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
