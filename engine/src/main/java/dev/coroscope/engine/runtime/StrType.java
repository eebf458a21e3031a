package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.runtime.text.StrOps;
import dev.coroscope.engine.runtime.text.Unicode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code str}'s constructor and methods: argument handling with CPython's messages around the
 * {@link StrOps} algorithms. Methods called on instances of str subclasses return plain strs.
 */
final class StrType {
    private StrType() {}

    static String s(PyObject o) {
        return ((PyStr) o).value();
    }

    /** A str argument, or CPython's {@code must be str, not int}. */
    static String argStr(String method, PyObject o) {
        if (o instanceof PyStr p) return p.value();
        throw Exc.typeError("must be str, not " + o.getType().tpName());
    }

    /** A str argument checked by Argument Clinic: {@code replace() argument 1 must be str, not int}. */
    private static String clinicStr(String method, int pos, PyObject o) {
        if (o instanceof PyStr p) return p.value();
        throw Exc.typeError(method + "() argument " + pos + " must be str, not " + o.getType().tpName());
    }

    private static PyStr result(PyObject self, String r) {
        // Unchanged exact strs are returned as they are (CPython returns self for them).
        if (self.getClass() == PyStr.class && r.equals(((PyStr) self).value())) return (PyStr) self;
        return PyStr.of(r);
    }

    /**
     * The result of a case method (upper, lower, casefold, swapcase, title, capitalize): always a
     * new str, even when nothing changed or it is one Latin-1 char (CPython 3.11.7 builds a fresh
     * string there and does not use its cached one-char strs: {@code s.upper() is s} is False for
     * any non-empty s); the empty str is the one empty str.
     */
    private static PyStr caseResult(String r) {
        return r.isEmpty() ? PyStr.EMPTY : new PyStr(r);
    }

    static void init(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (kw == null && args.length == 1) {
                // str(x), by far the most common call: no argument parsing.
                PyObject x = args[0];
                if (x.getClass() == PyStr.class) return cls == PyStr.TYPE ? x : PyStr.ofType(cls, ((PyStr) x).value());
                return cls == PyStr.TYPE ? PyStr.ofText(x, Ops.str(x)) : PyStr.ofType(cls, Ops.str(x));
            }
            if (args.length > 3) throw Exc.typeError("str() takes at most 3 arguments (" + args.length + " given)");
            PyObject[] a = Args.parse("str", args, kw, new String[] {"object", "encoding", "errors"}, 0);
            String v;
            if (a[0] == null) {
                v = "";
            } else if (a[1] != null || a[2] != null) {
                if (a[1] != null && !(a[1] instanceof PyStr)) {
                    throw Exc.typeError("str() argument 'encoding' must be str, not " + a[1].getType().tpName());
                }
                if (a[2] != null && !(a[2] instanceof PyStr)) {
                    throw Exc.typeError("str() argument 'errors' must be str, not " + a[2].getType().tpName());
                }
                byte[] b = BytesMethods.bytesOf(a[0]);
                if (b == null) {
                    throw Exc.typeError("decoding to str: need a bytes-like object, " + a[0].getType().tpName() + " found");
                }
                v = Codecs.decode(b, a[1] == null ? "utf-8" : argStr("str", a[1]),
                        a[2] == null ? "strict" : argStr("str", a[2]));
            } else if (a[0].getClass() == PyStr.class) {
                if (cls == PyStr.TYPE) return a[0];
                v = ((PyStr) a[0]).value();
            } else {
                v = Ops.str(a[0]);
            }
            return PyStr.ofType(cls, v);
        }});
        Slots.repr(t);
        Slots.str(t);
        Slots.hash(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.getitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.format(t);
        t.method1("__add__", new PyMethodDescriptor.OperatorForm() {
            public PyObject operator(PyObject self, PyObject o) {
                return o instanceof PyStr ? self.binaryOp(Ops.ADD, o) : PyNotImplemented.INSTANCE;
            }

            public PyObject call(PyObject self, PyObject o) {
                if (!(o instanceof PyStr)) {
                    throw Exc.typeError("can only concatenate str (not \"" + o.getType().tpName() + "\") to str");
                }
                return self.binaryOp(Ops.ADD, o);
            }
        });
        Slots.repeat(t);
        t.method1("__mod__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject o) {
            return self.binaryOp(Ops.MOD, o);
        }});
        t.method1("__rmod__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject o) {
            return PyNotImplemented.INSTANCE;
        }});
        t.method0("__getnewargs__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyTuple.of(((PyStr) self).exact());
        }});
        t.method0("__sizeof__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyInt.of(49 + ((PyStr) self).value().length());
        }});

        t.method1("join", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject a, PyObject b) { return StrType.join(a, b); } });
        t.method("split", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return split(self, a, k, false);
        }});
        t.method("rsplit", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return split(self, a, k, true);
        }});
        t.method("splitlines", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("splitlines", a, k, new String[] {"keepends"}, 0);
            // keepends is converted as a C int (any int or __index__ object; a float is refused).
            boolean keep = p[0] != null && cInt(Ops.index(p[0])) != 0;
            List<String> lines = StrOps.splitlines(s(self), keep);
            // No line break: an exact str is its own only line.
            if (lines.size() == 1 && self.getClass() == PyStr.class && lines.get(0).length() == s(self).length()) return soleItem(self);
            return strList(lines);
        }});
        t.method("strip", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return strip(self, a, k, "strip", 0);
        }});
        t.method("lstrip", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return strip(self, a, k, "lstrip", 1);
        }});
        t.method("rstrip", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return strip(self, a, k, "rstrip", 2);
        }});
        t.method("startswith", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return affix(self, a, k, true);
        }});
        t.method("endswith", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return affix(self, a, k, false);
        }});
        t.method("find", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return search(self, a, k, "find");
        }});
        t.method("rfind", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return search(self, a, k, "rfind");
        }});
        t.method("index", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return search(self, a, k, "index");
        }});
        t.method("rindex", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return search(self, a, k, "rindex");
        }});
        t.method("count", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return search(self, a, k, "count");
        }});
        t.method("replace", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            Args.noKeywords("str.replace", k);
            if (a.length < 2 || a.length > 3) {
                throw Exc.typeError("replace expected " + (a.length < 2 ? "at least 2" : "at most 3") + " arguments, got " + a.length);
            }
            String old = clinicStr("replace", 1, a[0]);
            String rep = clinicStr("replace", 2, a[1]);
            long count = a.length > 2 ? ssize(Ops.index(a[2])) : -1;
            try {
                return result(self, StrOps.replace(s(self), old, rep, count, bmp(self) && bmp(a[0])));
            } catch (PythonError e) {
                throw Exc.from(e);
            }
        }});
        t.method0("upper", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return caseResult(StrOps.upper(s(self)));
        }});
        t.method0("lower", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return caseResult(StrOps.lower(s(self)));
        }});
        t.method0("casefold", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return caseResult(StrOps.casefold(s(self)));
        }});
        t.method0("swapcase", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return caseResult(StrOps.swapcase(s(self)));
        }});
        t.method0("title", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return caseResult(StrOps.title(s(self)));
        }});
        t.method0("capitalize", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return caseResult(StrOps.capitalize(s(self)));
        }});
        t.method("format", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return Formatting.strFormat(s(self), a, k);
        }});
        t.method1("format_map", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject m) {
            return Formatting.strFormatMap(s(self), m);
        }});
        RecursionCost.countMethods(t, "join", "format", "format_map");
        t.method("ljust", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return justify(self, a, k, "ljust");
        }});
        t.method("rjust", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return justify(self, a, k, "rjust");
        }});
        t.method("center", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            return justify(self, a, k, "center");
        }});
        t.method1("zfill", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject w) {
            long width = ssize(Ops.index(w));
            try {
                return result(self, StrOps.zfill(s(self), ((PyStr) self).cpLength(), width));
            } catch (PythonError e) {
                throw Exc.from(e);
            }
        }});
        t.method("expandtabs", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("expandtabs", a, k, new String[] {"tabsize"}, 0);
            long ts = p[0] == null ? 8 : cInt(Ops.index(p[0]));
            try {
                return result(self, StrOps.expandtabs(s(self), ts));
            } catch (PythonError e) {
                throw Exc.from(e);
            }
        }});
        t.method0("isdigit", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isDigit(s(self)));
        }});
        t.method0("isdecimal", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isDecimal(s(self)));
        }});
        t.method0("isnumeric", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isNumeric(s(self)));
        }});
        t.method0("isalpha", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isAlpha(s(self)));
        }});
        t.method0("isalnum", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isAlnum(s(self)));
        }});
        t.method0("isspace", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isSpace(s(self)));
        }});
        t.method0("isascii", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isAscii(s(self)));
        }});
        t.method0("isprintable", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isPrintable(s(self)));
        }});
        t.method0("isupper", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isUpper(s(self)));
        }});
        t.method0("islower", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isLower(s(self)));
        }});
        t.method0("istitle", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isTitle(s(self)));
        }});
        t.method0("isidentifier", new Function<PyObject, PyObject>() { public PyObject apply(PyObject self) {
            return PyBool.of(StrOps.isIdentifier(s(self)));
        }});
        t.method1("partition", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject sep) {
            return partition(self, sep, false);
        }});
        t.method1("rpartition", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject sep) {
            return partition(self, sep, true);
        }});
        t.method1("removeprefix", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject p) {
            if (!(p instanceof PyStr ps)) throw Exc.typeError("removeprefix() argument must be str, not " + p.getType().tpName());
            return result(self, StrOps.removePrefix(s(self), ps.value()));
        }});
        t.method1("removesuffix", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject p) {
            if (!(p instanceof PyStr ps)) throw Exc.typeError("removesuffix() argument must be str, not " + p.getType().tpName());
            return result(self, StrOps.removeSuffix(s(self), ps.value()));
        }});
        t.method("encode", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("encode", a, k, new String[] {"encoding", "errors"}, 0);
            String enc = p[0] == null ? "utf-8" : clinicStr("encode", 1, p[0]);
            String errors = p[1] == null ? "strict" : clinicStr("encode", 2, p[1]);
            return PyBytes.of(Codecs.encode(s(self), enc, errors));
        }});
        t.staticMethod("maketrans", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] b) { return StrType.maketrans(a, b); } });
        t.method1("translate", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject self, PyObject table) {
            StringBuilder sb = new StringBuilder();
            String v = s(self);
            for (int i = 0; i < v.length(); ) {
                int c = v.codePointAt(i);
                i += Character.charCount(c);
                PyObject r;
                try {
                    r = Ops.getItem(table, PyInt.of(c));
                } catch (PyError e) {
                    if (!e.exc.isInstance(Exc.LookupError)) throw e;
                    sb.appendCodePoint(c);
                    continue;
                }
                if (r == PyNone.INSTANCE) continue;
                if (r instanceof PyInt ri) {
                    long cp = ri.longValueOr(-1);
                    if (cp < 0 || cp > 0x10FFFF) throw Exc.valueError("character mapping must be in range(0x110000)");
                    sb.appendCodePoint((int) cp);
                } else if (r instanceof PyStr rs) {
                    sb.append(rs.value());
                } else {
                    throw Exc.typeError("character mapping must return integer, None or str");
                }
            }
            return PyStr.of(sb.toString()); // always a new str (CPython's one-char and empty ones are its cached ones)
        }});
    }

    private static PyObject strList(List<String> parts) {
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.of(parts.get(i));
        return new PyList(out);
    }

    /** {@link #strList} for pieces of a string without surrogates. */
    private static PyObject bmpList(List<String> parts) {
        PyObject[] out = new PyObject[parts.size()];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.ofBmp(parts.get(i));
        return new PyList(out);
    }

    /** Whether the str has no surrogates (cached in the PyStr, so this is cheap after the first call). */
    private static boolean bmp(PyObject o) {
        return ((PyStr) o).isBmp();
    }

    /**
     * {@code sep.join(iterable)} as CPython's PyUnicode_Join: an exact list or tuple is read in
     * place, anything else is first collected into a list; a first pass checks the items and sums
     * the length (one reservation, an exactly sized builder), a second copies. A single exact str
     * item is returned itself.
     */
    private static PyObject join(PyObject self, PyObject it) {
        if (it.getClass() == PyList.class) {
            PyList l = (PyList) it;
            return joinItems(s(self), l.rawItems(), l.size());
        }
        if (it.getClass() == PyTuple.class) {
            PyObject[] items = ((PyTuple) it).items;
            return joinItems(s(self), items, items.length);
        }
        if (!Ops.isIterable(it)) throw Exc.typeError("can only join an iterable");
        // Collected as a list is (PyList.append accounts for the memory): an endless iterator
        // meets the memory cap or the step budget, not the Java heap's end.
        PyList collected = new PyList();
        Ops.forEach(it, new Consumer<PyObject>() { public void accept(PyObject x) { collected.append(x); } });
        return joinItems(s(self), collected.rawItems(), collected.size());
    }

    private static PyObject joinItems(String sep, PyObject[] items, int n) {
        long total = (long) sep.length() * Math.max(0, n - 1);
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof PyStr p)) {
                throw Exc.typeError("sequence item " + i + ": expected str instance, " + items[i].getType().tpName() + " found");
            }
            total += p.charLength();
        }
        if (n == 1 && items[0].getClass() == PyStr.class) return items[0];
        if (total > Limits.MAX_STRING) throw Exc.memoryError();
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(total);
        StringBuilder sb = new StringBuilder((int) total);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(sep);
            sb.append(((PyStr) items[i]).value());
        }
        return PyStr.of(sb.toString());
    }

    private static final String[] SPLIT_PARAMS = {"sep", "maxsplit"};

    private static PyObject split(PyObject self, PyObject[] a, String[] k, boolean right) {
        String name = right ? "rsplit" : "split";
        // s.split() and s.split(sep), by far the most common calls: no keyword parsing.
        PyObject[] p = k == null && a.length <= 2 ? new PyObject[] {a.length > 0 ? a[0] : null, a.length > 1 ? a[1] : null}
                : Args.parse(name, a, k, SPLIT_PARAMS, 0);
        String sep = null;
        if (p[0] != null && p[0] != PyNone.INSTANCE) {
            if (!(p[0] instanceof PyStr ps)) throw Exc.typeError("must be str or None, not " + p[0].getType().tpName());
            sep = ps.value();
        }
        long max = p[1] == null ? -1 : ssize(Ops.index(p[1]));
        String v = s(self);
        // A separator longer than the string, or with wider characters than it has, leaves the
        // string itself as the only piece in CPython, an instance of a str subclass too.
        if (sep != null && self.getClass() != PyStr.class && cannotContain((PyStr) self, (PyStr) p[0])) return soleItem(self);
        boolean bmp = bmp(self) && (sep == null || bmp(p[0]));
        try {
            if (bmp && !right) return splitBmp(self, v, sep, max);
            List<String> parts = right ? StrOps.rsplit(v, sep, max, bmp) : StrOps.split(v, sep, max, bmp);
            // An exact str left whole (no separator in it; no whitespace, unless maxsplit is 0)
            // is its own piece, as in CPython.
            if (parts.size() == 1 && self.getClass() == PyStr.class && (sep != null || max != 0)
                    && parts.get(0).length() == v.length()) {
                return soleItem(self);
            }
            return bmp ? bmpList(parts) : strList(parts);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    /** An int argument converted to C's Py_ssize_t: OverflowError past 64 bits, as CPython. */
    private static long ssize(PyInt n) {
        if (n.isBig()) throw Exc.overflowError("Python int too large to convert to C ssize_t");
        return n.longValueOr(0);
    }

    /** An int argument converted to a C int: OverflowError outside 32 bits, as CPython. */
    private static int cInt(PyInt n) {
        long v = n.longValueOr(Long.MAX_VALUE);
        if (n.isBig() || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw Exc.overflowError("Python int too large to convert to C int");
        }
        return (int) v;
    }

    private static PyObject soleItem(PyObject item) {
        return new PyList(new PyObject[] {item});
    }

    /** Whether {@code sep} cannot occur in {@code s}: it is longer, or has a character wider than all of s's. */
    private static boolean cannotContain(PyStr s, PyStr sep) {
        return s.cpLength() < sep.cpLength() || StrOps.kind(s.value()) < StrOps.kind(sep.value());
    }

    /**
     * {@code s.split(sep, max)} when neither s nor sep has a surrogate pair: each piece is made a str
     * at once, into an array of the final size (the separator's occurrences are counted first).
     * An exact str that is not split is its own only piece, as in CPython.
     */
    private static PyObject splitBmp(PyObject self, String s, String sep, long max) {
        int n = s.length();
        if (max < 0) max = Long.MAX_VALUE;
        if (sep == null) {
            if (n >= 64) {
                // Without surrogates, as many UTF-8 bytes as chars means every char is ASCII.
                byte[] ascii = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                if (ascii.length == n) return splitAsciiWhitespace(self, s, ascii, max);
            }
            PyObject[] out = new PyObject[8];
            int count = 0;
            int i = 0;
            for (long left = max; left > 0; left--) {
                while (i < n && Unicode.isSpace(s.charAt(i))) i++;
                if (i == n) break;
                int j = i + 1;
                while (j < n && !Unicode.isSpace(s.charAt(j))) j++;
                if (j - i == n && self.getClass() == PyStr.class) return soleItem(self);
                if (count == out.length) out = copyOf(out, count * 2);
                out[count++] = PyStr.ofBmp(s.substring(i, j));
                i = j;
            }
            // Pieces left when maxsplit ran out: the rest after its leading whitespace.
            while (i < n && Unicode.isSpace(s.charAt(i))) i++;
            if (i < n) {
                if (count == out.length) out = copyOf(out, count + 1);
                out[count++] = PyStr.ofBmp(s.substring(i));
            }
            return new PyList(count == out.length ? out : copyOf(out, count));
        }
        int m = sep.length();
        if (m == 0) throw Exc.valueError("empty separator");
        char c = sep.charAt(0);
        int count = 0;
        for (int at = m == 1 ? s.indexOf(c) : s.indexOf(sep); at >= 0 && count < max;
                at = m == 1 ? s.indexOf(c, at + 1) : s.indexOf(sep, at + m)) {
            count++;
        }
        if (count == 0) return soleItem(self.getClass() == PyStr.class ? self : PyStr.ofBmp(s));
        PyObject[] out = new PyObject[count + 1];
        int i = 0;
        for (int k = 0; k < count; k++) {
            int at = m == 1 ? s.indexOf(c, i) : s.indexOf(sep, i);
            out[k] = PyStr.ofBmp(s.substring(i, at));
            i = at + m;
        }
        out[count] = PyStr.ofBmp(s.substring(i));
        return new PyList(out);
    }

    /**
     * {@code s.split()} (at most {@code max} splits) for an ASCII {@code s}, whose chars are
     * {@code b}: the char loop's pieces, found by scanning the bytes. A long str is usually split
     * once (a whole file's text), so this runs as the profiled first compilation or, after a
     * branch the compiled caller had not seen, interpreted until an on-stack compilation: a
     * byte array read costs far less there than String.charAt (strings.py's split of 5 MB into
     * 840,000 words).
     */
    private static PyObject splitAsciiWhitespace(PyObject self, String s, byte[] b, long max) {
        int n = b.length;
        PyObject[] out = new PyObject[Math.max(8, n >> 4)];
        int count = 0;
        int i = 0;
        for (long left = max; left > 0; left--) {
            while (i < n && Unicode.isAsciiSpace(b[i])) i++;
            if (i == n) break;
            int j = i + 1;
            while (j < n && !Unicode.isAsciiSpace(b[j])) j++;
            if (j - i == n && self.getClass() == PyStr.class) return soleItem(self);
            if (count == out.length) out = copyOf(out, count * 2);
            out[count++] = PyStr.ofLatin1(b, i, j);
            i = j;
        }
        while (i < n && Unicode.isAsciiSpace(b[i])) i++;
        if (i < n) {
            if (count == out.length) out = copyOf(out, count + 1);
            out[count++] = PyStr.ofLatin1(b, i, n);
        }
        return new PyList(count == out.length ? out : copyOf(out, count));
    }

    /** The first {@code n} items of {@code a} in a new array of length {@code n} (n may exceed a's length). */
    private static PyObject[] copyOf(PyObject[] a, int n) {
        PyObject[] b = new PyObject[n];
        System.arraycopy(a, 0, b, 0, Math.min(n, a.length));
        return b;
    }

    private static PyObject strip(PyObject self, PyObject[] a, String[] k, String name, int how) {
        if (k != null) Args.noKeywords("str.".concat(name), k);
        if (a.length > 1) throw Exc.typeError(name + " expected at most 1 argument, got " + a.length);
        String chars = null;
        if (a.length == 1 && a[0] != PyNone.INSTANCE) {
            if (!(a[0] instanceof PyStr ps)) throw Exc.typeError(name + " arg must be None or str");
            chars = ps.value();
        }
        String v = s(self);
        boolean bmp = bmp(self) && (chars == null || bmp(a[0]));
        return result(self, StrOps.strip(v, chars, how != 2, how != 1, bmp));
    }

    /** An optional start/end argument: null when absent or None. */
    private static Long bound(PyObject[] a, int i) {
        if (a.length <= i || a[i] == PyNone.INSTANCE) return null;
        PyInt n = Ops.indexForSlice(a[i]);
        return n.isBig() ? (n.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4) : n.v;
    }

    private static PyObject search(PyObject self, PyObject[] a, String[] k, String name) {
        if (k != null) Args.noKeywords("str.".concat(name), k);
        if (a.length < 1) throw Exc.typeError(name + "() takes at least 1 argument (0 given)");
        if (a.length > 3) throw Exc.typeError(name + "() takes at most 3 arguments (" + a.length + " given)");
        String sub = argStr(name, a[0]);
        Long st = bound(a, 1), en = bound(a, 2);
        String v = s(self);
        boolean bmp = bmp(self) && bmp(a[0]);
        try {
            return PyInt.of(switch (name) {
                case "find" -> StrOps.find(v, sub, st, en, bmp);
                case "rfind" -> StrOps.rfind(v, sub, st, en, bmp);
                case "index" -> StrOps.index(v, sub, st, en, bmp);
                case "rindex" -> StrOps.rindex(v, sub, st, en, bmp);
                default -> StrOps.count(v, sub, st, en, bmp);
            });
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    private static PyObject affix(PyObject self, PyObject[] a, String[] k, boolean start) {
        String name = start ? "startswith" : "endswith";
        if (k != null) Args.noKeywords("str.".concat(name), k);
        if (a.length < 1) throw Exc.typeError(name + "() takes at least 1 argument (0 given)");
        if (a.length > 3) throw Exc.typeError(name + "() takes at most 3 arguments (" + a.length + " given)");
        Long st = bound(a, 1), en = bound(a, 2);
        String v = s(self);
        if (a[0] instanceof PyTuple tup) {
            for (PyObject o : tup.items()) {
                if (!(o instanceof PyStr p)) {
                    throw Exc.typeError("tuple for " + name + " must only contain str, not " + o.getType().tpName());
                }
                if (matches(self, v, p, st, en, start)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }
        if (!(a[0] instanceof PyStr p)) {
            throw Exc.typeError(name + " first arg must be str or a tuple of str, not " + a[0].getType().tpName());
        }
        return PyBool.of(matches(self, v, p, st, en, start));
    }

    private static boolean matches(PyObject self, String v, PyStr affix, Long st, Long en, boolean start) {
        if (st == null && en == null) return start ? v.startsWith(affix.value()) : v.endsWith(affix.value());
        boolean bmp = bmp(self) && affix.isBmp();
        return start ? StrOps.startsWith(v, affix.value(), st, en, bmp) : StrOps.endsWith(v, affix.value(), st, en, bmp);
    }

    private static PyObject partition(PyObject self, PyObject sepObj, boolean right) {
        String sep = argStr(right ? "rpartition" : "partition", sepObj);
        String[] parts;
        try {
            parts = right ? StrOps.rpartition(s(self), sep) : StrOps.partition(s(self), sep);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
        // Not found: the str itself is the whole part (a subclass's instance too, as in CPython).
        if (parts[1].isEmpty()) {
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self) : PyTuple.of(self, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(parts[0]), PyStr.of(parts[1]), PyStr.of(parts[2]));
    }

    private static PyObject justify(PyObject self, PyObject[] a, String[] k, String name) {
        if (k != null) Args.noKeywords("str.".concat(name), k);
        if (a.length < 1) throw Exc.typeError(name + " expected at least 1 argument, got 0");
        if (a.length > 2) throw Exc.typeError(name + " expected at most 2 arguments, got " + a.length);
        long width = ssize(Ops.index(a[0]));
        String fill = " ";
        if (a.length > 1) {
            if (!(a[1] instanceof PyStr fs)) {
                throw Exc.typeError(name + "() argument 2 must be str of length 1, not " + a[1].getType().tpName());
            }
            fill = fs.value();
        }
        String v = s(self);
        int len = ((PyStr) self).cpLength();
        try {
            return result(self, switch (name) {
                case "ljust" -> StrOps.ljust(v, len, width, fill);
                case "rjust" -> StrOps.rjust(v, len, width, fill);
                default -> StrOps.center(v, len, width, fill);
            });
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    private static PyObject maketrans(PyObject[] a, String[] k) {
        Args.noKeywords("str.maketrans", k);
        if (a.length < 1 || a.length > 3) {
            throw Exc.typeError("maketrans expected " + (a.length < 1 ? "at least 1 argument, got 0" : "at most 3 arguments, got " + a.length));
        }
        PyDict d = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict m)) throw Exc.typeError("if you give only one argument to maketrans it must be a dict");
            for (var e : m.entryList()) {
                PyObject key = e.getKey();
                if (key instanceof PyStr ks) {
                    if (ks.cpLength() != 1) throw Exc.valueError("string keys in translate table must be of length 1");
                    key = PyInt.of(ks.value().codePointAt(0));
                } else if (!(key instanceof PyInt)) {
                    throw Exc.typeError("keys in translate table must be strings or integers");
                }
                d.put(key, e.getValue());
            }
            return d;
        }
        String x = clinicStr("maketrans", 1, a[0]), y = clinicStr("maketrans", 2, a[1]);
        int[] xs = StrOps.codePoints(x), ys = StrOps.codePoints(y);
        if (xs.length != ys.length) throw Exc.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < xs.length; i++) d.put(PyInt.of(xs[i]), PyInt.of(ys[i]));
        if (a.length > 2) {
            String z = clinicStr("maketrans", 3, a[2]);
            z.codePoints().forEach(c -> d.put(PyInt.of(c), PyNone.INSTANCE));
        }
        return d;
    }

    /** UTF-8 (also with a signature), ASCII, Latin-1, UTF-16 and UTF-32 with CPython's error messages. */
    static final class Codecs {
        private Codecs() {}

        static String normalize(String enc) {
            String e = enc.toLowerCase().replace('_', '-').replace(' ', '-');
            return switch (e) {
                case "utf-8", "utf8", "u8", "utf" -> "utf-8";
                case "ascii", "us-ascii", "646" -> "ascii";
                case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin" -> "latin-1";
                case "utf-8-sig" -> "utf-8-sig";
                case "utf-16", "utf16", "u16" -> "utf-16";
                case "utf-16-le", "utf-16le", "unicodelittleunmarked" -> "utf-16-le";
                case "utf-16-be", "utf-16be", "unicodebigunmarked" -> "utf-16-be";
                case "utf-32", "utf32", "u32" -> "utf-32";
                case "utf-32-le", "utf-32le" -> "utf-32-le";
                case "utf-32-be", "utf-32be" -> "utf-32-be";
                default -> throw Exc.error(Exc.LookupError, "unknown encoding: " + enc);
            };
        }

        static byte[] encode(String s, String encoding, String errors) {
            String enc = normalize(encoding);
            if (UtfCodecs.isUtf1632(enc)) return UtfCodecs.encode(s, enc, errors);
            if (enc.equals("utf-8-sig")) {
                byte[] body = encode(s, "utf-8", errors);
                byte[] out = new byte[body.length + 3];
                out[0] = (byte) 0xef;
                out[1] = (byte) 0xbb;
                out[2] = (byte) 0xbf;
                System.arraycopy(body, 0, out, 3, body.length);
                return out;
            }
            if (enc.equals("utf-8")) {
                boolean lone = false;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        lone = true;
                        if (errors.equals("strict")) break;
                    }
                }
                if (!lone) return s.getBytes(StandardCharsets.UTF_8);
            }
            int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : 0x110000;
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int pos = 0;
            for (int i = 0; i < s.length(); pos++) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (c < limit && !(limit == 0x110000 && c >= 0xD800 && c <= 0xDFFF)) {
                    byte[] b = new String(Character.toChars(c)).getBytes(limit == 0x110000 ? StandardCharsets.UTF_8
                            : StandardCharsets.ISO_8859_1);
                    out.write(b, 0, b.length);
                    continue;
                }
                if (limit == 0x110000 && errors.equals("surrogatepass")) {
                    // A lone surrogate as the three bytes UTF-8 would give its code point.
                    out.write(0xE0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3F));
                    out.write(0x80 | (c & 0x3F));
                    continue;
                }
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> out.write('?');
                    case "backslashreplace" -> {
                        String esc = c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c)
                                : String.format("\\U%08x", c);
                        out.write(esc.getBytes(StandardCharsets.ISO_8859_1), 0, esc.length());
                    }
                    case "xmlcharrefreplace" -> {
                        String esc = "&#" + c + ";";
                        out.write(esc.getBytes(StandardCharsets.ISO_8859_1), 0, esc.length());
                    }
                    case "namereplace" -> {
                        String esc = nameEscape(c);
                        out.write(esc.getBytes(StandardCharsets.ISO_8859_1), 0, esc.length());
                    }
                    default -> {
                        // CPython reports the whole run of characters the codec cannot take.
                        int end = pos + 1;
                        for (int j = i; j < s.length(); end++) {
                            int d = s.codePointAt(j);
                            if (d < limit && !(limit == 0x110000 && d >= 0xD800 && d <= 0xDFFF)) break;
                            j += Character.charCount(d);
                        }
                        throw UnicodeErrors.encode(enc.equals("ascii") ? "ascii" : enc.equals("latin-1") ? "latin-1" : "utf-8",
                                s, pos, end, limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")");
                    }
                }
            }
            return out.toByteArray();
        }

        /**
         * The {@code namereplace} error handler's text for {@code c}: {@code \N{NAME}} with the name
         * unicodedata gives, or the backslash escape when the character has none.
         */
        static String nameEscape(int c) {
            PyObject ud = dev.coroscope.engine.vm.Interp.current().rt.modules.importName("unicodedata", PyNone.INSTANCE, PyInt.ZERO);
            PyObject n = Ops.callMethod(ud, "name", PyStr.of(new String(Character.toChars(c))), PyNone.INSTANCE);
            if (n instanceof PyStr ns) return "\\N{" + ns.value() + "}";
            return c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
        }

        static String decode(byte[] b, String encoding, String errors) {
            String enc = normalize(encoding);
            if (UtfCodecs.isUtf1632(enc)) return UtfCodecs.decode(b, enc, errors);
            if (enc.equals("utf-8-sig")) {
                boolean bom = b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
                return decode(bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b, "utf-8", errors);
            }
            if (enc.equals("latin-1")) return new String(b, StandardCharsets.ISO_8859_1);
            if (enc.equals("ascii")) {
                StringBuilder sb = new StringBuilder(b.length);
                for (int i = 0; i < b.length; i++) {
                    int c = b[i] & 0xff;
                    if (c < 128) {
                        sb.append((char) c);
                        continue;
                    }
                    switch (errors) {
                        case "ignore" -> { }
                        case "replace" -> sb.append('\ufffd');
                        case "backslashreplace" -> sb.append(String.format("\\x%02x", c));
                        default -> throw UnicodeErrors.decode("ascii", b, i, i + 1, "ordinal not in range(128)");
                    }
                }
                return sb.toString();
            }
            java.nio.charset.CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            try {
                return dec.decode(java.nio.ByteBuffer.wrap(b)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                if (errors.equals("replace")) return new String(b, StandardCharsets.UTF_8);
                if (errors.equals("ignore")) return new String(b, StandardCharsets.UTF_8).replace("\ufffd", "");
                int[] bad = firstBadUtf8(b);
                int pos = bad[0], end = bad[1];
                String why = bad[2] == 0 ? "invalid start byte" : bad[2] == 1 ? "unexpected end of data" : "invalid continuation byte";
                throw UnicodeErrors.decode("utf-8", b, pos, end, why);
            }
        }


        /**
         * The first malformed sequence: {start, end (exclusive), reason} with reason 0 invalid
         * start byte, 1 unexpected end of data, 2 invalid continuation byte (CPython's decoder).
         */
        private static int[] firstBadUtf8(byte[] b) {
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                int n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
                if (n < 0) return new int[] {i, i + 1, 0};
                for (int j = 1; j <= n; j++) {
                    if (i + j >= b.length) return new int[] {i, b.length, 1};
                    int d = b[i + j] & 0xff;
                    int lo = 0x80, hi = 0xbf;
                    if (j == 1) {
                        if (c == 0xe0) lo = 0xa0;
                        else if (c == 0xed) hi = 0x9f;
                        else if (c == 0xf0) lo = 0x90;
                        else if (c == 0xf4) hi = 0x8f;
                    }
                    if (d < lo || d > hi) return new int[] {i, i + j, 2};
                }
                i += n + 1;
            }
            return new int[] {Math.max(0, b.length - 1), b.length, 0};
        }
    }
}
