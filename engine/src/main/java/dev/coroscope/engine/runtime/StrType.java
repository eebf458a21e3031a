package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code str}'s constructor and methods. Stand-in implementations of the text algorithms, to be
 * replaced by {@code runtime.text} where that offers them.
 */
final class StrType {
    private StrType() {}

    static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    static String argStr(String method, PyObject o) {
        if (o instanceof PyStr p) return p.value();
        throw Exc.typeError("must be str, not " + o.getType().name());
    }

    static void init(PyType t) {
        t.setNew((cls, args, kw) -> {
            PyObject[] a = Args.parse("str", args, kw, new String[] {"object", "encoding", "errors"}, 0);
            if (cls != PyStr.TYPE) throw Exc.typeError("subclassing str is not supported yet");
            if (a[0] == null) return PyStr.EMPTY;
            if (a[1] != null && a[0] instanceof PyBytes b) {
                return PyStr.of(new String(b.data, java.nio.charset.StandardCharsets.UTF_8));
            }
            return PyStr.of(Ops.str(a[0]));
        });
        Slots.repr(t);
        Slots.str(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.format(t);
        t.method1("__add__", (self, o) -> self.binaryOp(Ops.ADD, o));
        t.method1("__mul__", (self, o) -> self.binaryOp(Ops.MUL, o));
        t.method1("__rmul__", (self, o) -> self.reflectedOp(Ops.MUL, o));
        t.method1("__mod__", (self, o) -> self.binaryOp(Ops.MOD, o));
        t.method1("join", (self, it) -> {
            String sep = s(self);
            StringBuilder sb = new StringBuilder();
            int[] i = {0};
            Ops.forEach(it, item -> {
                if (!(item instanceof PyStr p)) {
                    throw Exc.typeError("sequence item " + i[0] + ": expected str instance, " + item.getType().name() + " found");
                }
                if (i[0]++ > 0) sb.append(sep);
                sb.append(p.value());
                if (sb.length() > Limits.MAX_STRING) throw Exc.memoryError();
            });
            return PyStr.of(sb.toString());
        });
        t.method("split", (self, a, k) -> split(s(self), a, k, false));
        t.method("rsplit", (self, a, k) -> split(s(self), a, k, true));
        t.method("strip", (self, a, k) -> PyStr.of(strip(s(self), a, true, true)));
        t.method("lstrip", (self, a, k) -> PyStr.of(strip(s(self), a, true, false)));
        t.method("rstrip", (self, a, k) -> PyStr.of(strip(s(self), a, false, true)));
        t.method("startswith", (self, a, k) -> affix(s(self), a, true));
        t.method("endswith", (self, a, k) -> affix(s(self), a, false));
        t.method0("upper", self -> PyStr.of(s(self).toUpperCase()));
        t.method0("lower", self -> PyStr.of(s(self).toLowerCase()));
        t.method0("casefold", self -> PyStr.of(s(self).toLowerCase()));
        t.method0("swapcase", self -> {
            StringBuilder sb = new StringBuilder();
            s(self).codePoints().forEach(c -> sb.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
            return PyStr.of(sb.toString());
        });
        t.method0("title", self -> {
            StringBuilder sb = new StringBuilder();
            boolean prevCased = false;
            for (int c : s(self).codePoints().toArray()) {
                if (Character.isLetter(c)) {
                    sb.appendCodePoint(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
                    prevCased = true;
                } else {
                    sb.appendCodePoint(c);
                    prevCased = false;
                }
            }
            return PyStr.of(sb.toString());
        });
        t.method0("capitalize", self -> {
            String v = s(self);
            if (v.isEmpty()) return self;
            int first = v.codePointAt(0);
            return PyStr.of(new String(Character.toChars(Character.toTitleCase(first)))
                    + v.substring(Character.charCount(first)).toLowerCase());
        });
        t.method("replace", (self, a, k) -> {
            Args.noKeywords("replace", k);
            if (a.length < 2) throw Exc.typeError("replace expected at least 2 arguments, got " + a.length);
            String v = s(self), old = argStr("replace", a[0]), nw = argStr("replace", a[1]);
            long count = a.length > 2 ? Ops.index(a[2]).longValueOr(Long.MAX_VALUE) : -1;
            if (count < 0) {
                if (old.isEmpty()) return PyStr.of(insertEverywhere(v, nw, Long.MAX_VALUE));
                return PyStr.of(v.replace(old, nw));
            }
            if (old.isEmpty()) return PyStr.of(insertEverywhere(v, nw, count));
            StringBuilder sb = new StringBuilder();
            int from = 0;
            for (long n = 0; n < count; n++) {
                int i = v.indexOf(old, from);
                if (i < 0) break;
                sb.append(v, from, i).append(nw);
                from = i + old.length();
            }
            sb.append(v.substring(from));
            return PyStr.of(sb.toString());
        });
        t.method("find", (self, a, k) -> PyInt.of(find((PyStr) self, a, false, false)));
        t.method("rfind", (self, a, k) -> PyInt.of(find((PyStr) self, a, true, false)));
        t.method("index", (self, a, k) -> PyInt.of(find((PyStr) self, a, false, true)));
        t.method("rindex", (self, a, k) -> PyInt.of(find((PyStr) self, a, true, true)));
        t.method("count", (self, a, k) -> {
            if (a.length < 1) throw Exc.typeError("count() takes at least 1 argument (0 given)");
            PyStr ps = (PyStr) self;
            int[] r = range(ps, a, 1);
            String sub = argStr("count", a[0]);
            if (r[0] > ps.cpLength()) return PyInt.ZERO;
            String v = ps.cpSubstring(r[0], Math.max(r[0], r[1]));
            if (sub.isEmpty()) return PyInt.of(v.codePointCount(0, v.length()) + 1);
            int n = 0, from = 0;
            while ((from = v.indexOf(sub, from)) >= 0) {
                n++;
                from += sub.length();
            }
            return PyInt.of(n);
        });
        t.method("format", (self, a, k) -> PyStr.of(StrFormat.format(s(self), a, k)));
        t.method1("format_map", (self, m) -> PyStr.of(StrFormat.formatMap(s(self), m)));
        t.method("ljust", (self, a, k) -> justify(s(self), a, 'l'));
        t.method("rjust", (self, a, k) -> justify(s(self), a, 'r'));
        t.method("center", (self, a, k) -> justify(s(self), a, 'c'));
        t.method1("zfill", (self, w) -> {
            String v = s(self);
            int width = Ops.index(w).intValueExact("width");
            int len = ((PyStr) self).cpLength();
            if (len >= width) return self;
            String sign = v.startsWith("+") || v.startsWith("-") ? v.substring(0, 1) : "";
            return PyStr.of(sign + "0".repeat(width - len) + v.substring(sign.length()));
        });
        pred(t, "isdigit", c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER);
        pred(t, "isdecimal", Character::isDigit);
        pred(t, "isnumeric", c -> Character.isDigit(c) || Character.getType(c) == Character.OTHER_NUMBER
                || Character.getType(c) == Character.LETTER_NUMBER);
        pred(t, "isalpha", Character::isLetter);
        pred(t, "isalnum", Character::isLetterOrDigit);
        pred(t, "isspace", c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        t.method0("isascii", self -> PyBool.of(s(self).chars().allMatch(c -> c < 128)));
        t.method0("isprintable", self -> PyBool.of(s(self).codePoints().allMatch(PyStr::isPrintable)));
        t.method0("isupper", self -> cased(s(self), true));
        t.method0("islower", self -> cased(s(self), false));
        t.method0("istitle", self -> {
            String v = s(self);
            boolean cased = false, prevCased = false;
            for (int c : v.codePoints().toArray()) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (prevCased) return PyBool.FALSE;
                    prevCased = true;
                    cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!prevCased) return PyBool.FALSE;
                    prevCased = true;
                    cased = true;
                } else {
                    prevCased = false;
                }
            }
            return PyBool.of(cased);
        });
        t.method0("isidentifier", self -> {
            String v = s(self);
            if (v.isEmpty() || !(Character.isLetter(v.codePointAt(0)) || v.charAt(0) == '_')) return PyBool.FALSE;
            return PyBool.of(v.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'));
        });
        t.method1("partition", (self, sep) -> partition(s(self), argStr("partition", sep), false));
        t.method1("rpartition", (self, sep) -> partition(s(self), argStr("rpartition", sep), true));
        t.method("splitlines", (self, a, k) -> {
            boolean keep = a.length > 0 && Ops.isTrue(a[0]);
            PyList out = new PyList();
            String v = s(self);
            int i = 0, n = v.length();
            while (i < n) {
                int j = i;
                while (j < n && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(v.charAt(j)) < 0) j++;
                int eol = j;
                if (j < n) {
                    if (v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n') j += 2;
                    else j++;
                }
                out.append(PyStr.of(v.substring(i, keep ? j : eol)));
                i = j;
            }
            return out;
        });
        t.method("encode", (self, a, k) -> new PyBytes(s(self).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        t.method("expandtabs", (self, a, k) -> {
            int ts = a.length > 0 ? Ops.index(a[0]).intValueExact("tabsize") : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s(self).toCharArray()) {
                if (c == '\t') {
                    int spaces = ts > 0 ? ts - (col % ts) : 0;
                    sb.append(" ".repeat(spaces));
                    col += spaces;
                } else {
                    sb.append(c);
                    col = (c == '\n' || c == '\r') ? 0 : col + 1;
                }
            }
            return PyStr.of(sb.toString());
        });
        t.method1("removeprefix", (self, p) -> {
            String v = s(self), pre = argStr("removeprefix", p);
            return v.startsWith(pre) ? PyStr.of(v.substring(pre.length())) : self;
        });
        t.method1("removesuffix", (self, p) -> {
            String v = s(self), suf = argStr("removesuffix", p);
            return v.endsWith(suf) && !suf.isEmpty() ? PyStr.of(v.substring(0, v.length() - suf.length())) : self;
        });
        t.staticMethod("maketrans", (a, k) -> {
            PyDict d = new PyDict();
            if (a.length == 1 && a[0] instanceof PyDict m) {
                for (var e : m.entryList()) {
                    PyObject key = e.getKey() instanceof PyStr ks ? PyInt.of(ks.value().codePointAt(0)) : e.getKey();
                    d.put(key, e.getValue());
                }
                return d;
            }
            String x = argStr("maketrans", a[0]), y = argStr("maketrans", a[1]);
            if (x.length() != y.length()) throw Exc.valueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.length(); i++) d.put(PyInt.of(x.charAt(i)), PyStr.of(String.valueOf(y.charAt(i))));
            if (a.length > 2) for (char c : argStr("maketrans", a[2]).toCharArray()) d.put(PyInt.of(c), PyNone.INSTANCE);
            return d;
        });
        t.method1("translate", (self, table) -> {
            StringBuilder sb = new StringBuilder();
            for (int c : s(self).codePoints().toArray()) {
                PyObject r;
                try {
                    r = Ops.getItem(table, PyInt.of(c));
                } catch (PyError e) {
                    if (!e.exc.isInstance(Exc.LookupError)) throw e;
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r == PyNone.INSTANCE) continue;
                if (r instanceof PyInt ri) sb.appendCodePoint((int) ri.v);
                else sb.append(Ops.str(r));
            }
            return PyStr.of(sb.toString());
        });
        t.put("__getnewargs__", PyMethodDescriptor.noArgs(t, "__getnewargs__", self -> PyTuple.of(self)));
    }

    private static String insertEverywhere(String v, String nw, long count) {
        StringBuilder sb = new StringBuilder();
        long n = 0;
        int[] cps = v.codePoints().toArray();
        for (int cp : cps) {
            if (n < count) {
                sb.append(nw);
                n++;
            }
            sb.appendCodePoint(cp);
        }
        if (n < count) sb.append(nw);
        return sb.toString();
    }

    private static void pred(PyType t, String name, java.util.function.IntPredicate p) {
        t.method0(name, self -> {
            String v = s(self);
            return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(p));
        });
    }

    private static PyObject cased(String v, boolean upper) {
        boolean any = false;
        for (int c : v.codePoints().toArray()) {
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) return PyBool.FALSE;
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) any = true;
        }
        return PyBool.of(any);
    }

    private static PyObject partition(String v, String sep, boolean right) {
        if (sep.isEmpty()) throw Exc.valueError("empty separator");
        int i = right ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (i < 0) {
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, PyStr.of(v)) : PyTuple.of(PyStr.of(v), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(v.substring(0, i)), PyStr.of(sep), PyStr.of(v.substring(i + sep.length())));
    }

    private static PyObject justify(String v, PyObject[] a, char how) {
        if (a.length < 1) throw Exc.typeError("justify expected at least 1 argument, got 0");
        int width = Ops.index(a[0]).intValueExact("width");
        String fill = " ";
        if (a.length > 1) {
            fill = argStr("fill", a[1]);
            if (fill.codePointCount(0, fill.length()) != 1) {
                throw Exc.typeError("The fill character must be exactly one character long");
            }
        }
        int len = v.codePointCount(0, v.length());
        if (len >= width) return PyStr.of(v);
        int padN = width - len;
        switch (how) {
            case 'l': return PyStr.of(v + fill.repeat(padN));
            case 'r': return PyStr.of(fill.repeat(padN) + v);
            default: {
                int left = padN / 2 + (padN & width & 1);
                return PyStr.of(fill.repeat(left) + v + fill.repeat(padN - left));
            }
        }
    }

    /** Start and end code-point indices from optional (sub, start, end) arguments. */
    static int[] range(PyStr self, PyObject[] a, int first) {
        int n = self.cpLength();
        long st = 0, en = n;
        if (a.length > first && a[first] != PyNone.INSTANCE) st = Ops.index(a[first]).longValueOr(Long.MAX_VALUE / 2);
        if (a.length > first + 1 && a[first + 1] != PyNone.INSTANCE) en = Ops.index(a[first + 1]).longValueOr(Long.MAX_VALUE / 2);
        if (st < 0) st = Math.max(0, st + n);
        if (en < 0) en = Math.max(0, en + n);
        if (en > n) en = n;
        return new int[] {(int) Math.min(st, n + 1L), (int) en};
    }

    private static int find(PyStr self, PyObject[] a, boolean right, boolean raise) {
        if (a.length < 1) throw Exc.typeError("find() takes at least 1 argument (0 given)");
        String sub = argStr("find", a[0]);
        int[] r = range(self, a, 1);
        int result = -1;
        if (r[0] <= r[1] && r[0] <= self.cpLength()) {
            String v = self.value();
            int from = self.offset(r[0]), to = self.offset(r[1]);
            // Searches in place: a substring copy per call made find() linear in the string length.
            int i = right ? v.lastIndexOf(sub, to - sub.length()) : v.indexOf(sub, from);
            if (i >= from && i + sub.length() <= to) result = r[0] + v.codePointCount(from, i);
        }
        if (result < 0 && raise) throw Exc.valueError("substring not found");
        return result;
    }

    private static PyObject affix(String v, PyObject[] a, boolean start) {
        if (a.length < 1) throw Exc.typeError((start ? "startswith" : "endswith") + "() takes at least 1 argument (0 given)");
        PyStr self = new PyStr(v);
        int[] r = range(self, a, 1);
        if (r[0] > self.cpLength()) return PyBool.FALSE;
        String region = self.cpSubstring(r[0], Math.max(r[0], r[1]));
        PyObject[] options = a[0] instanceof PyTuple t ? t.items() : new PyObject[] {a[0]};
        for (PyObject o : options) {
            if (!(o instanceof PyStr p)) {
                throw Exc.typeError((start ? "startswith" : "endswith") + " first arg must be str or a tuple of str, not "
                        + o.getType().name());
            }
            if (start ? region.startsWith(p.value()) : region.endsWith(p.value())) return PyBool.TRUE;
        }
        return PyBool.FALSE;
    }

    private static String strip(String v, PyObject[] a, boolean left, boolean right) {
        String chars = a.length > 0 && a[0] != PyNone.INSTANCE ? argStr("strip", a[0]) : null;
        int st = 0, en = v.length();
        if (left) while (st < en && (chars == null ? Character.isWhitespace(v.charAt(st)) || v.charAt(st) == '\u00a0' : chars.indexOf(v.charAt(st)) >= 0)) st++;
        if (right) while (en > st && (chars == null ? Character.isWhitespace(v.charAt(en - 1)) || v.charAt(en - 1) == '\u00a0' : chars.indexOf(v.charAt(en - 1)) >= 0)) en--;
        return v.substring(st, en);
    }

    private static PyObject split(String v, PyObject[] a, String[] k, boolean right) {
        PyObject[] p = Args.parse(right ? "rsplit" : "split", a, k, new String[] {"sep", "maxsplit"}, 0);
        String sep = p[0] == null || p[0] == PyNone.INSTANCE ? null : argStr("split", p[0]);
        long max = p[1] == null ? -1 : Ops.index(p[1]).longValueOr(Long.MAX_VALUE);
        if (max < 0) max = Long.MAX_VALUE;
        List<PyObject> out = new ArrayList<>();
        if (sep == null) {
            if (!right) {
                int i = 0, n = v.length();
                long splits = 0;
                while (true) {
                    while (i < n && Character.isWhitespace(v.charAt(i))) i++;
                    if (i >= n) break;
                    if (splits >= max) {
                        int e = n;
                        while (e > i && Character.isWhitespace(v.charAt(e - 1))) e--;
                        out.add(PyStr.of(v.substring(i, e)));
                        break;
                    }
                    int j = i;
                    while (j < n && !Character.isWhitespace(v.charAt(j))) j++;
                    out.add(PyStr.of(v.substring(i, j)));
                    splits++;
                    i = j;
                }
            } else {
                int i = v.length();
                long splits = 0;
                while (true) {
                    while (i > 0 && Character.isWhitespace(v.charAt(i - 1))) i--;
                    if (i <= 0) break;
                    if (splits >= max) {
                        int s0 = 0;
                        while (s0 < i && Character.isWhitespace(v.charAt(s0))) s0++;
                        out.add(0, PyStr.of(v.substring(s0, i)));
                        break;
                    }
                    int j = i;
                    while (j > 0 && !Character.isWhitespace(v.charAt(j - 1))) j--;
                    out.add(0, PyStr.of(v.substring(j, i)));
                    splits++;
                    i = j;
                }
            }
            return new PyList(out);
        }
        if (sep.isEmpty()) throw Exc.valueError("empty separator");
        if (!right) {
            int from = 0;
            long n = 0;
            while (n < max) {
                int i = v.indexOf(sep, from);
                if (i < 0) break;
                out.add(PyStr.of(v.substring(from, i)));
                from = i + sep.length();
                n++;
            }
            out.add(PyStr.of(v.substring(from)));
        } else {
            int to = v.length();
            long n = 0;
            while (n < max) {
                int i = v.lastIndexOf(sep, to - sep.length());
                if (i < 0) break;
                out.add(0, PyStr.of(v.substring(i + sep.length(), to)));
                to = i;
                n++;
            }
            out.add(0, PyStr.of(v.substring(0, to)));
        }
        return new PyList(out);
    }
}
