package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.runtime.text.StrOps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The common methods of {@code bytes} and {@code bytearray}. Bytes map one-to-one onto Latin-1
 * strings, so searching, splitting on a separator and replacing reuse {@link StrOps}; what differs
 * for bytes (ASCII-only whitespace and case) is done here. Every method reads its receiver through
 * {@link #data} and builds results with {@link #make}, so a {@code bytearray} receiver gets
 * {@code bytearray} results, as in CPython.
 */
final class BytesMethods {
    private BytesMethods() {}

    static String latin(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The bytes of a bytes-like object (bytes, bytearray, memoryview; a copy for the mutable ones), or null. */
    static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) return b.data;
        if (o instanceof PyByteArray b) return b.toBytes();
        if (o instanceof PyMemoryView m) return m.toBytes();
        return null;
    }

    /** A bytes-like argument, with CPython's message otherwise. */
    static byte[] need(PyObject o) {
        byte[] b = bytesOf(o);
        if (b == null) throw Exc.typeError("a bytes-like object is required, not '" + o.getType().tpName() + "'");
        return b;
    }

    static byte[] data(PyObject s) {
        return s instanceof PyByteArray b ? b.toBytes() : ((PyBytes) s).data;
    }

    /** A result of the receiver's kind: bytes for bytes, bytearray for bytearray. */
    static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : PyBytes.of(b);
    }

    /** {@link #make} for a result CPython allocates and then fills (shared only when empty): replace, join, the case methods. */
    static PyObject makeFresh(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : PyBytes.fresh(b);
    }

    private static PyObject makeFresh(PyObject self, String latin) {
        return makeFresh(self, latin.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PyObject make(PyObject self, String latin) {
        return make(self, latin.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String self(PyObject s) {
        return latin(data(s));
    }

    private static String arg(PyObject o) {
        return latin(need(o));
    }

    private static boolean ws(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private interface Body {
        PyObject run();
    }

    private static PyObject guard(Body b) {
        try {
            return b.run();
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    /**
     * A method's result that may be the receiver unchanged: exact bytes are then returned
     * themselves, as CPython does (strip, zfill, the paddings, removeprefix, translate); a
     * bytearray always gets a new one.
     */
    private static PyObject same(PyObject self, String r) {
        if (self.getClass() == PyBytes.class && r.length() == ((PyBytes) self).data.length && r.equals(self(self))) return self;
        return make(self, r);
    }

    private static PyList list(PyObject self, List<String> parts) {
        // One piece, the whole of exact bytes (no separator, no line break): the bytes themselves.
        if (parts.size() == 1 && self.getClass() == PyBytes.class && parts.get(0).length() == ((PyBytes) self).data.length) {
            PyList one = new PyList();
            one.append(self);
            return one;
        }
        PyList out = new PyList();
        for (String p : parts) out.append(make(self, p));
        return out;
    }

    private static List<String> splitWs(String s, long max, boolean right) {
        List<String> out = new ArrayList<>();
        if (max < 0) max = Long.MAX_VALUE;
        if (!right) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && ws(s.charAt(i))) i++;
                if (i >= n) break;
                if (out.size() >= max) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !ws(s.charAt(j))) j++;
                out.add(s.substring(i, j));
                i = j;
            }
        } else {
            int i = s.length();
            while (true) {
                while (i > 0 && ws(s.charAt(i - 1))) i--;
                if (i <= 0) break;
                if (out.size() >= max) {
                    out.add(s.substring(0, i));
                    break;
                }
                int j = i;
                while (j > 0 && !ws(s.charAt(j - 1))) j--;
                out.add(s.substring(j, i));
                i = j;
            }
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static String strip(String s, PyObject chars, int how) {
        String set = chars == null || chars == PyNone.INSTANCE ? null : arg(chars);
        int b = 0, e = s.length();
        if (how <= 0) while (b < e && (set == null ? ws(s.charAt(b)) : set.indexOf(s.charAt(b)) >= 0)) b++;
        if (how >= 0) while (e > b && (set == null ? ws(s.charAt(e - 1)) : set.indexOf(s.charAt(e - 1)) >= 0)) e--;
        return s.substring(b, e);
    }

    private static Long bound(PyObject[] a, int i) {
        if (a.length <= i || a[i] == PyNone.INSTANCE) return null;
        return Ops.index(a[i]).longValueOr(Long.MAX_VALUE / 2);
    }

    private static String sub(PyObject o) {
        if (o instanceof PyInt i) {
            long v = i.longValueOr(-1);
            if (v < 0 || v > 255) throw Exc.valueError("byte must be in range(0, 256)");
            return String.valueOf((char) v);
        }
        byte[] b = bytesOf(o);
        if (b == null) {
            PyInt i = Ops.indexOrNull(o);
            if (i != null) return sub(i);
            throw Exc.typeError("argument should be integer or bytes-like object, not '" + o.getType().tpName() + "'");
        }
        return latin(b);
    }

    private static boolean affix(PyObject self, PyObject[] a, String name, boolean prefix) {
        if (a.length < 1) throw Exc.typeError(name + " expected at least 1 argument, got 0");
        String s = self(self);
        Long start = bound(a, 1), end = bound(a, 2);
        PyObject what = a[0];
        if (what instanceof PyTuple t) {
            for (PyObject o : t.items()) {
                if (prefix ? StrOps.startsWith(s, arg(o), start, end) : StrOps.endsWith(s, arg(o), start, end)) return true;
            }
            return false;
        }
        if (bytesOf(what) == null) {
            throw Exc.typeError(name + " first arg must be bytes or a tuple of bytes, not " + what.getType().tpName());
        }
        return prefix ? StrOps.startsWith(s, arg(what), start, end) : StrOps.endsWith(s, arg(what), start, end);
    }

    static void init(PyType t) {
        t.method("split", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("split", a, k, new String[] {"sep", "maxsplit"}, 0);
            long max = p[1] == null ? -1 : Ops.index(p[1]).longValueOr(Long.MAX_VALUE);
            if (p[0] == null || p[0] == PyNone.INSTANCE) return list(s, splitWs(self(s), max, false));
            String sep = arg(p[0]);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            return guard(() -> list(s, StrOps.split(self(s), sep, max)));
        }});
        t.method("rsplit", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("rsplit", a, k, new String[] {"sep", "maxsplit"}, 0);
            long max = p[1] == null ? -1 : Ops.index(p[1]).longValueOr(Long.MAX_VALUE);
            if (p[0] == null || p[0] == PyNone.INSTANCE) return list(s, splitWs(self(s), max, true));
            String sep = arg(p[0]);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            return guard(() -> list(s, StrOps.rsplit(self(s), sep, max)));
        }});
        t.method("strip", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            stripArgs(s, "strip", a, k);
            return same(s, strip(self(s), a.length > 0 ? a[0] : null, 0));
        }});
        t.method("lstrip", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            stripArgs(s, "lstrip", a, k);
            return same(s, strip(self(s), a.length > 0 ? a[0] : null, -1));
        }});
        t.method("rstrip", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            stripArgs(s, "rstrip", a, k);
            return same(s, strip(self(s), a.length > 0 ? a[0] : null, 1));
        }});
        t.method1("join", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject it) {
            // bytes.join of one exact bytes item is that item, as in CPython.
            PyObject only = it instanceof PyList l && l.size() == 1 ? l.get(0) : it instanceof PyTuple tu && tu.length() == 1 ? tu.items()[0] : null;
            if (s.getClass() == PyBytes.class && only != null && only.getClass() == PyBytes.class) return only;
            String sep = self(s);
            StringBuilder sb = new StringBuilder();
            int[] i = {0};
            Ops.forEach(it, o -> {
                byte[] b = bytesOf(o);
                if (b == null) {
                    throw Exc.typeError("sequence item " + i[0] + ": expected a bytes-like object, " + o.getType().tpName() + " found");
                }
                if (i[0]++ > 0) sb.append(sep);
                sb.append(latin(b));
            });
            return makeFresh(s, sb.toString());
        }});
        t.method("startswith", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return PyBool.of(affix(s, a, "startswith", true));
        }});
        t.method("endswith", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return PyBool.of(affix(s, a, "endswith", false));
        }});
        t.method("find", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return guard(new BytesMethods.Body() { public PyObject run() { return PyInt.of(StrOps.find(self(s), sub(a[0]), bound(a, 1), bound(a, 2))); } });
        }});
        t.method("rfind", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return guard(new BytesMethods.Body() { public PyObject run() { return PyInt.of(StrOps.rfind(self(s), sub(a[0]), bound(a, 1), bound(a, 2))); } });
        }});
        t.method("index", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            int i = StrOps.find(self(s), sub(a[0]), bound(a, 1), bound(a, 2));
            if (i < 0) throw Exc.valueError("subsection not found");
            return PyInt.of(i);
        }});
        t.method("rindex", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            int i = StrOps.rfind(self(s), sub(a[0]), bound(a, 1), bound(a, 2));
            if (i < 0) throw Exc.valueError("subsection not found");
            return PyInt.of(i);
        }});
        t.method("count", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return guard(new BytesMethods.Body() { public PyObject run() { return PyInt.of(StrOps.count(self(s), sub(a[0]), bound(a, 1), bound(a, 2))); } });
        }});
        t.method("replace", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            if (a.length < 2) throw Exc.typeError("replace expected at least 2 arguments, got " + a.length);
            long n = a.length > 2 ? Ops.index(a[2]).longValueOr(Long.MAX_VALUE) : -1;
            String old = arg(a[0]), rep = arg(a[1]);
            // Nothing to replace (no occurrence, or a count of 0): exact bytes are returned themselves.
            if (s.getClass() == PyBytes.class && (n == 0 || !old.isEmpty() && self(s).indexOf(old) < 0)) return s;
            return guard(() -> makeFresh(s, StrOps.replace(self(s), old, rep, n)));
        }});
        t.method1("removeprefix", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return same(s, StrOps.removePrefix(self(s), arg(o)));
        }});
        t.method1("removesuffix", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return same(s, StrOps.removeSuffix(self(s), arg(o)));
        }});
        t.method1("partition", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            String sep = arg(o);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            String[] r = StrOps.partition(self(s), sep);
            if (r[1].isEmpty() && s instanceof PyBytes) return PyTuple.of(s, PyBytes.EMPTY, PyBytes.EMPTY); // a subclass's instance too
            return PyTuple.of(make(s, r[0]), make(s, r[1]), make(s, r[2]));
        }});
        t.method1("rpartition", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            String sep = arg(o);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            String[] r = StrOps.rpartition(self(s), sep);
            if (r[1].isEmpty() && s instanceof PyBytes) return PyTuple.of(PyBytes.EMPTY, PyBytes.EMPTY, s);
            return PyTuple.of(make(s, r[0]), make(s, r[1]), make(s, r[2]));
        }});
        t.method0("upper", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return makeFresh(s, mapCase(data(s), 1)); } });
        t.method0("lower", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return makeFresh(s, mapCase(data(s), -1)); } });
        t.method0("swapcase", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return makeFresh(s, mapCase(data(s), 0)); } });
        t.method0("capitalize", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            byte[] d = mapCase(data(s), -1);
            if (d.length > 0 && lower(d[0])) d[0] -= 32;
            return makeFresh(s, d);
        }});
        t.method0("title", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            byte[] d = data(s).clone();
            boolean prevCased = false;
            for (int i = 0; i < d.length; i++) {
                if (upper(d[i])) {
                    if (prevCased) d[i] += 32;
                    prevCased = true;
                } else if (lower(d[i])) {
                    if (!prevCased) d[i] -= 32;
                    prevCased = true;
                } else {
                    prevCased = false;
                }
            }
            return makeFresh(s, d);
        }});
        t.method0("isupper", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(cased(data(s), true));
        }});
        t.method0("islower", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(cased(data(s), false));
        }});
        t.method0("istitle", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            boolean prevCased = false, any = false;
            for (byte b : data(s)) {
                if (upper(b)) {
                    if (prevCased) return PyBool.FALSE;
                    prevCased = any = true;
                } else if (lower(b)) {
                    if (!prevCased) return PyBool.FALSE;
                    prevCased = any = true;
                } else {
                    prevCased = false;
                }
            }
            return PyBool.of(any);
        }});
        t.method("center", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return pad(s, a, k, "center", 0);
        }});
        t.method("ljust", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return pad(s, a, k, "ljust", -1);
        }});
        t.method("rjust", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return pad(s, a, k, "rjust", 1);
        }});
        t.method1("zfill", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject w) {
            String v = self(s);
            long width = Ops.index(w).longValueOr(Long.MAX_VALUE);
            if (width <= v.length()) return same(s, v);
            int fill = (int) (width - v.length());
            String sign = !v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-') ? v.substring(0, 1) : "";
            return makeFresh(s, sign + "0".repeat(fill) + v.substring(sign.length()));
        }});
        t.method("expandtabs", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("expandtabs", a, k, new String[] {"tabsize"}, 0);
            long tab = p[0] == null ? 8 : Ops.index(p[0]).longValueOr(8);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : self(s).toCharArray()) {
                if (c == '\t') {
                    if (tab > 0) {
                        int n = (int) (tab - col % tab);
                        sb.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return make(s, sb.toString());
        }});
        t.method("decode", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("decode", a, k, new String[] {"encoding", "errors"}, 0);
            String enc = p[0] == null ? "utf-8" : strArg("decode", 1, p[0]);
            String errors = p[1] == null ? "strict" : strArg("decode", 2, p[1]);
            return PyStr.of(StrType.Codecs.decode(data(s), enc, errors));
        }});
        t.method("hex", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return hex(data(s), a, k);
        }});
        t.method("translate", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("translate", a, k, new String[] {"", "delete"}, 1);
            byte[] table = null;
            if (p[0] != PyNone.INSTANCE) {
                table = need(p[0]);
                if (table.length != 256) throw Exc.valueError("translation table must be 256 characters long");
            }
            String del = p[1] == null ? "" : arg(p[1]);
            String v = self(s);
            StringBuilder sb = new StringBuilder();
            for (char c : v.toCharArray()) {
                if (del.indexOf(c) >= 0) continue;
                sb.append(table == null ? c : (char) (table[c] & 0xff));
            }
            String r = sb.toString();
            return r.equals(v) ? same(s, r) : makeFresh(s, r);
        }});
        t.staticMethod("maketrans", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (a.length != 2) throw Exc.typeError("maketrans expected 2 arguments, got " + a.length);
            byte[] from = need(a[0]), to = need(a[1]);
            if (from.length != to.length) throw Exc.valueError("maketrans arguments must have same length");
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte) i;
            for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = to[i];
            return new PyBytes(table);
        }});
        t.method0("isdigit", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(all(data(s), new IntPredicate() { public boolean test(int c) { return c >= '0' && c <= '9'; } }));
        }});
        t.method0("isalpha", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(all(data(s), new IntPredicate() { public boolean test(int c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; } }));
        }});
        t.method0("isalnum", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return PyBool.of(all(data(s),
                c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')); } });
        t.method0("isspace", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(all(data(s), new IntPredicate() { public boolean test(int c) { return ws((char) c); } }));
        }});
        t.method0("isascii", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            for (byte b : data(s)) if (b < 0) return PyBool.FALSE;
            return PyBool.TRUE;
        }});
        t.method("splitlines", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("splitlines", a, k, new String[] {"keepends"}, 0);
            boolean keep = p[0] != null && Ops.isTrue(p[0]);
            String v = self(s);
            List<String> out = new ArrayList<>();
            int i = 0, n = v.length();
            while (i < n) {
                int j = i;
                while (j < n && v.charAt(j) != '\n' && v.charAt(j) != '\r') j++;
                int e = j;
                if (j < n) j += v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n' ? 2 : 1;
                out.add(v.substring(i, keep ? j : e));
                i = j;
            }
            return list(s, out);
        }});
        t.classMethod("fromhex", new PyMethodDescriptor.Impl() { public PyObject call(PyObject cls, PyObject[] a, String[] k) {
            if (a.length != 1 || !(a[0] instanceof PyStr hs)) {
                throw Exc.typeError("fromhex() argument must be str, not " + (a.length == 0 ? "nothing" : a[0].getType().tpName()));
            }
            String h = hs.value();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int i = 0;
            while (i < h.length()) {
                if (h.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                int hi = i < h.length() ? Character.digit(h.charAt(i), 16) : -1;
                int lo = i + 1 < h.length() ? Character.digit(h.charAt(i + 1), 16) : -1;
                if (hi < 0 || lo < 0 || h.charAt(i) > 0x7f || h.charAt(i + 1) > 0x7f) {
                    int at = hi < 0 ? i : i + 1;
                    throw Exc.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
                }
                out.write(hi * 16 + lo);
                i += 2;
            }
            byte[] r = out.toByteArray();
            if (cls == PyBytes.TYPE) return PyBytes.of(r);
            if (cls == PyByteArray.TYPE) return new PyByteArray(r);
            return Ops.call(cls, new PyBytes(r)); // a subclass gets cls(bytes), as in CPython
        }});
    }

    private static boolean upper(byte b) {
        return b >= 'A' && b <= 'Z';
    }

    private static boolean lower(byte b) {
        return b >= 'a' && b <= 'z';
    }

    /** ASCII case mapping: 1 upper, -1 lower, 0 swap. */
    private static byte[] mapCase(byte[] src, int how) {
        byte[] d = src.clone();
        for (int i = 0; i < d.length; i++) {
            if (how >= 0 && lower(d[i])) d[i] -= 32;
            else if (how <= 0 && upper(d[i])) d[i] += 32;
        }
        return d;
    }

    private static boolean cased(byte[] d, boolean up) {
        boolean any = false;
        for (byte b : d) {
            if (up ? lower(b) : upper(b)) return false;
            if (up ? upper(b) : lower(b)) any = true;
        }
        return any;
    }

    /** strip/lstrip/rstrip take one optional positional argument. */
    private static void stripArgs(PyObject s, String name, PyObject[] a, String[] k) {
        Args.noKeywords((s instanceof PyByteArray ? "bytearray." : "bytes.").concat(name), k);
        if (a.length > 1) throw Exc.typeError(name + " expected at most 1 argument, got " + a.length);
    }

    private static PyObject pad(PyObject s, PyObject[] a, String[] k, String name, int how) {
        Args.noKeywords((s instanceof PyByteArray ? "bytearray." : "bytes.").concat(name), k);
        if (a.length < 1 || a.length > 2) {
            throw Exc.typeError(name + " expected " + (a.length < 1 ? "at least 1 argument, got 0" : "at most 2 arguments, got " + a.length));
        }
        long width = Ops.index(a[0]).longValueOr(Long.MAX_VALUE);
        char fill = ' ';
        if (a.length > 1) {
            byte[] f = bytesOf(a[1]);
            if (f == null || f.length != 1) {
                throw Exc.typeError(name + "() argument 2 must be a byte string of length 1, not " + a[1].getType().tpName());
            }
            fill = (char) (f[0] & 0xff);
        }
        String v = self(s);
        if (width <= v.length()) return same(s, v);
        int total = (int) (width - v.length());
        int left = how < 0 ? 0 : how > 0 ? total : total / 2 + (total & (int) width & 1);
        String f = String.valueOf(fill);
        return makeFresh(s, f.repeat(left) + v + f.repeat(total - left));
    }

    private static String strArg(String fn, int pos, PyObject o) {
        if (o instanceof PyStr s) return s.value();
        throw Exc.typeError(fn + "() argument " + pos + " must be str, not " + o.getType().tpName());
    }

    /** {@code hex([sep[, bytes_per_sep]])}. */
    static PyObject hex(byte[] d, PyObject[] a, String[] k) {
        PyObject[] p = Args.parse("hex", a, k, new String[] {"sep", "bytes_per_sep"}, 0);
        String sep = null;
        if (p[0] != null) {
            if (p[0] instanceof PyStr ps) sep = ps.value();
            else if (bytesOf(p[0]) != null) sep = latin(bytesOf(p[0]));
            else throw Exc.typeError("sep must be str or bytes.");
            if (sep.length() != 1) throw Exc.valueError("sep must be length 1.");
        }
        long per = p[1] == null ? 1 : Ops.index(p[1]).longValueOr(1);
        StringBuilder sb = new StringBuilder();
        int n = d.length;
        long group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0) {
                // Positive counts group from the right, negative from the left.
                boolean cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (cut) sb.append(sep);
            }
            sb.append(Character.forDigit((d[i] >> 4) & 0xf, 16)).append(Character.forDigit(d[i] & 0xf, 16));
        }
        return PyStr.of(sb.toString());
    }

    /**
     * The bytes a {@code bytes()} or {@code bytearray()} constructor call describes: nothing, a
     * str with an encoding, a count of zero bytes, a bytes-like object, or an iterable of ints.
     */
    static byte[] fromSource(String name, PyObject[] args, String[] kw) {
        PyObject[] p = Args.parse(name, args, kw, new String[] {"source", "encoding", "errors"}, 0);
        PyObject a = p[0];
        if (a == null) {
            if (p[1] != null || p[2] != null) {
                throw Exc.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (a instanceof PyStr s) {
            if (p[1] == null) throw Exc.typeError("string argument without an encoding");
            return StrType.Codecs.encode(s.value(), strArg(name, 2, p[1]), p[2] == null ? "strict" : strArg(name, 3, p[2]));
        }
        if (p[1] != null || p[2] != null) {
            throw Exc.typeError(p[1] != null ? "encoding without a string argument" : "errors without a string argument");
        }
        byte[] direct = bytesOf(a);
        if (direct != null) return a instanceof PyBytes ? direct.clone() : direct;
        PyInt n = a instanceof PyInt ? (PyInt) a : a instanceof PyFloat || a instanceof PyStr ? null : Ops.indexOrNull(a);
        if (n != null) {
            long c = n.longValueOr(Long.MAX_VALUE);
            if (c < 0) throw Exc.valueError("negative count");
            if (c > Limits.MAX_SEQUENCE) throw Exc.memoryError();
            dev.coroscope.engine.runtime.num.MemoryCap.reserve(c, 1);
            return new byte[(int) c];
        }
        if (!Ops.isIterable(a)) {
            throw Exc.typeError("cannot convert '" + a.getType().tpName() + "' object to " + name);
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Ops.forEach(a, o -> out.write(byteValue(o, name.equals("bytes") ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)")));
        return out.toByteArray();
    }

    /** An int in range(256) from {@code o}, with CPython's errors. */
    static int byteValue(PyObject o, String rangeMessage) {
        PyInt i = Ops.indexOrNull(o);
        if (i == null) throw Exc.typeError("'" + o.getType().tpName() + "' object cannot be interpreted as an integer");
        long v = i.longValueOr(-1);
        if (v < 0 || v > 255) throw Exc.valueError(rangeMessage);
        return (int) v;
    }

    private static boolean all(byte[] d, java.util.function.IntPredicate p) {
        if (d.length == 0) return false;
        for (byte b : d) if (!p.test(b & 0xff)) return false;
        return true;
    }
}
