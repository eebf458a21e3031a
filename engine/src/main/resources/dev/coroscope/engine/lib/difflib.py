"""difflib for Coroscope: SequenceMatcher (longest matching blocks with junk and the 'popular
element' heuristic, opcodes, ratios), get_close_matches, unified_diff, context_diff, ndiff/Differ
with intraline '?' hints, and restore; the same matches and output text as CPython 3.11's difflib.
Written for the engine."""

import re as _re
from collections import namedtuple as _namedtuple
import heapq as _heapq

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio(matched, total):
    return 2.0 * matched / total if total else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements: finds the longest block common to both that
    holds no junk, then does the same left and right of it, and so on (Ratcliff/Obershelp)."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self.matching_blocks = None
            self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to its positions, leaving out junk and, for long sequences,
        # elements so frequent (more than 1% + 1 of b) that matching on them is noise.
        positions = {}
        for pos, elt in enumerate(self.b):
            if elt in positions:
                positions[elt].append(pos)
            else:
                positions[elt] = [pos]
        junk = set()
        if self.isjunk is not None:
            junk = {elt for elt in positions if self.isjunk(elt)}
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular = {elt for elt, where in positions.items() if elt not in junk and len(where) > limit}
        for elt in junk | popular:
            positions.pop(elt)
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest block a[i:i+k] == b[j:j+k] inside a[alo:ahi] and b[blo:bhi] with no junk
        in it (the earliest in a, then in b, among equally long ones), then widened by equal
        elements on both sides, non-junk first and junk after."""
        a, b = self.a, self.b
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        best = (alo, blo, 0)
        ending = {}  # j -> length of the common run ending at the previous a element and b[j]
        for i in range(alo, ahi):
            grown = {}
            for j in self.b2j.get(a[i], ()):
                if j >= bhi:
                    break
                if j >= blo:
                    run = ending.get(j - 1, 0) + 1
                    grown[j] = run
                    if run > best[2]:
                        best = (i - run + 1, j - run + 1, run)
            ending = grown
        i, j, k = best
        for want_junk in (False, True):
            while i > alo and j > blo and (b[j - 1] in self.bjunk) == want_junk and a[i - 1] == b[j - 1]:
                i -= 1
                j -= 1
                k += 1
            while (i + k < ahi and j + k < bhi and (b[j + k] in self.bjunk) == want_junk
                   and a[i + k] == b[j + k]):
                k += 1
        return Match(i, j, k)

    def get_matching_blocks(self):
        """The common blocks as Match(a, b, size) triples in increasing order, touching blocks
        joined, ending with Match(len(a), len(b), 0)."""
        if self.matching_blocks is None:
            found = []
            todo = [(0, len(self.a), 0, len(self.b))]
            while todo:
                alo, ahi, blo, bhi = todo.pop()
                m = self.find_longest_match(alo, ahi, blo, bhi)
                if not m.size:
                    continue
                found.append(m)
                if alo < m.a and blo < m.b:
                    todo.append((alo, m.a, blo, m.b))
                if m.a + m.size < ahi and m.b + m.size < bhi:
                    todo.append((m.a + m.size, ahi, m.b + m.size, bhi))
            found.sort()
            joined = []
            for m in found:
                if joined:
                    pa, pb, ps = joined[-1]
                    if pa + ps == m.a and pb + ps == m.b:
                        joined[-1] = (pa, pb, ps + m.size)
                        continue
                joined.append(tuple(m))
            joined.append((len(self.a), len(self.b), 0))
            self.matching_blocks = [Match(*t) for t in joined]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags are 'replace', 'delete', 'insert'
        and 'equal'."""
        if self.opcodes is None:
            steps = []
            ia = ib = 0
            for ma, mb, size in self.get_matching_blocks():
                if ia < ma or ib < mb:
                    tag = 'replace' if ia < ma and ib < mb else ('delete' if ia < ma else 'insert')
                    steps.append((tag, ia, ma, ib, mb))
                if size:
                    steps.append(('equal', ma, ma + size, mb, mb + size))
                ia, ib = ma + size, mb + size
            self.opcodes = steps
        return self.opcodes

    def get_grouped_opcodes(self, n=3):
        """The opcodes cut into hunks with at most n elements of unchanged context around each
        change (a generator of lists)."""
        # like CPython, the trimmed first/last context is written into the cached opcodes list
        steps = self.get_opcodes() or [("equal", 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = steps[0]
        if tag == 'equal':
            steps[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = steps[-1]
        if tag == 'equal':
            steps[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        hunk = []
        for tag, i1, i2, j1, j2 in steps:
            if tag == 'equal' and i2 - i1 > 2 * n:
                hunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            hunk.append((tag, i1, i2, j1, j2))
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total length."""
        matched = 0
        for block in self.get_matching_blocks():
            matched += block.size
        return _ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio() from how many elements the two have in common."""
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = dict(self.fullbcount)
        matched = 0
        for elt in self.a:
            have = left.get(elt, 0)
            if have > 0:
                matched += 1
            left[elt] = have - 1
        return _ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio() from the two lengths."""
        na, nb = len(self.a), len(self.b)
        return _ratio(min(na, nb), na + nb)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Up to n of the possibilities whose similarity to word is at least cutoff, best first."""
    if n <= 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not (0.0 <= cutoff <= 1.0):
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() < cutoff or matcher.quick_ratio() < cutoff
                or matcher.ratio() < cutoff):
            continue
        scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _heapq.nlargest(n, scored)]


def _mark_like(line, marks):
    # a mark under whitespace keeps that whitespace (a tab stays a tab) so the marks line up
    return ''.join(ch if m == ' ' and ch.isspace() else m for ch, m in zip(line, marks))


class Differ:
    """Human-readable line deltas: '- ' lines only in a, '+ ' lines only in b, '  ' lines in
    both, and '? ' lines pointing at the changed characters of two similar lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'equal':
                yield from self._lines(' ', a, alo, ahi)
            elif tag == 'delete':
                yield from self._lines('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._lines('+', b, blo, bhi)
            elif tag == 'replace':
                yield from self._replace(a, alo, ahi, b, blo, bhi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _lines(self, prefix, seq, lo, hi):
        for k in range(lo, hi):
            yield prefix + ' ' + seq[k]

    def _replace(self, a, alo, ahi, b, blo, bhi):
        # Pair the most similar lines (ratio over 0.75, the first best one scanning b then a);
        # failing that, the first identical pair; failing that, all of a's lines then b's (the
        # shorter block first).
        best, at = 0.74, None
        same = None
        matcher = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            matcher.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    same = same or (i, j)
                    continue
                matcher.set_seq1(a[i])
                if (matcher.real_quick_ratio() > best and matcher.quick_ratio() > best
                        and matcher.ratio() > best):
                    best, at = matcher.ratio(), (i, j)
        if best < 0.75:
            if same is None:
                if bhi - blo < ahi - alo:
                    yield from self._lines('+', b, blo, bhi)
                    yield from self._lines('-', a, alo, ahi)
                else:
                    yield from self._lines('-', a, alo, ahi)
                    yield from self._lines('+', b, blo, bhi)
                return
            at = same
        else:
            same = None
        i, j = at
        yield from self._between(a, alo, i, b, blo, j)
        if same is not None:
            yield '  ' + a[i]
        else:
            yield from self._hint(a[i], b[j], matcher)
        yield from self._between(a, i + 1, ahi, b, j + 1, bhi)

    def _between(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._lines('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._lines('+', b, blo, bhi)

    def _hint(self, aline, bline, matcher):
        amarks = []
        bmarks = []
        matcher.set_seqs(aline, bline)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            width_a, width_b = i2 - i1, j2 - j1
            if tag == 'equal':
                amarks.append(' ' * width_a)
                bmarks.append(' ' * width_b)
            elif tag == 'replace':
                amarks.append('^' * width_a)
                bmarks.append('^' * width_b)
            elif tag == 'delete':
                amarks.append('-' * width_a)
            elif tag == 'insert':
                bmarks.append('+' * width_b)
            else:
                raise ValueError('unknown tag %r' % (tag,))
        for line, marks, sign in ((aline, amarks, '- '), (bline, bmarks, '+ ')):
            yield sign + line
            shown = _mark_like(line, ''.join(marks)).rstrip()
            if shown:
                yield '? ' + shown + '\n'


_BLANK_OR_HASH = _re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=_BLANK_OR_HASH.match):
    """True for a blank line or one holding only '#' (with whitespace)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _check_types(a, b, *args):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _unified_range(start, stop):
    # 'first,count' with first 1-based (0 for an empty range), or just 'first' for one line
    count = stop - start
    if count == 1:
        return str(start + 1)
    return '%d,%d' % (start + 1 if count else start, count)


def _context_range(start, stop):
    # 'first,last' 1-based, or just 'first' for zero or one line
    count = stop - start
    first = start + 1 if count else start
    return str(first) if count <= 1 else '%d,%d' % (first, first + count - 1)


def _file_header(mark, name, date, lineterm):
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The differences of two lists of lines in unified diff format."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for number, hunk in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if number == 0:
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_unified_range(hunk[0][1], hunk[-1][2]),
                                   _unified_range(hunk[0][3], hunk[-1][4]), lineterm)
        for tag, i1, i2, j1, j2 in hunk:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """The differences of two lists of lines in context diff format."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for number, hunk in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if number == 0:
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        yield '***************' + lineterm
        tags = [step[0] for step in hunk]
        yield '*** %s ****%s' % (_context_range(hunk[0][1], hunk[-1][2]), lineterm)
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in hunk:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_context_range(hunk[0][3], hunk[-1][4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in hunk:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """A diff function (unified_diff, context_diff) applied to lists of bytes."""
    def as_text(value):
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(value).__name__, value))
        return bytes(value).decode('ascii', 'surrogateescape')
    lines = dfunc([as_text(x) for x in a], [as_text(x) for x in b], as_text(fromfile), as_text(tofile),
                  as_text(fromfiledate), as_text(tofiledate), n, as_text(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences an ndiff/compare delta came from (which is 1 or 2)."""
    keep = {1: "- ", 2: "+ "}.get(int(which))
    if keep is None:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    for line in delta:
        if line[:2] == "  " or line[:2] == keep:
            yield line[2:]


class HtmlDiff:
    """Not available in Coroscope."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError("difflib.HtmlDiff is not available in Coroscope")
