package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.runtime.text.StrOps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The common methods of {@code bytes}. Bytes map one-to-one onto Latin-1 strings, so searching,
 * splitting on a separator and replacing reuse {@link StrOps}; what differs for bytes (ASCII-only
 * whitespace and case) is done here.
 */
final class BytesMethods {
    private BytesMethods() {}

    static String latin(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String self(PyObject s) {
        return latin(((PyBytes) s).data);
    }

    /** A bytes-like argument (bytes only here), with CPython's message otherwise. */
    private static String arg(PyObject o) {
        if (o instanceof PyBytes b) return latin(b.data);
        throw Exc.typeError("a bytes-like object is required, not '" + o.getType().name() + "'");
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

    private static PyList list(List<String> parts) {
        PyList out = new PyList();
        for (String p : parts) out.append(bytes(p));
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
        return arg(o);
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
        if (!(what instanceof PyBytes)) {
            throw Exc.typeError(name + " first arg must be bytes or a tuple of bytes, not " + what.getType().name());
        }
        return prefix ? StrOps.startsWith(s, arg(what), start, end) : StrOps.endsWith(s, arg(what), start, end);
    }

    static void init(PyType t) {
        t.method("split", (s, a, k) -> {
            PyObject[] p = Args.parse("split", a, k, new String[] {"sep", "maxsplit"}, 0);
            long max = p[1] == null ? -1 : Ops.index(p[1]).longValueOr(Long.MAX_VALUE);
            if (p[0] == null || p[0] == PyNone.INSTANCE) return list(splitWs(self(s), max, false));
            String sep = arg(p[0]);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            return guard(() -> list(StrOps.split(self(s), sep, max)));
        });
        t.method("rsplit", (s, a, k) -> {
            PyObject[] p = Args.parse("rsplit", a, k, new String[] {"sep", "maxsplit"}, 0);
            long max = p[1] == null ? -1 : Ops.index(p[1]).longValueOr(Long.MAX_VALUE);
            if (p[0] == null || p[0] == PyNone.INSTANCE) return list(splitWs(self(s), max, true));
            String sep = arg(p[0]);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            return guard(() -> list(StrOps.rsplit(self(s), sep, max)));
        });
        t.method("strip", (s, a, k) -> bytes(strip(self(s), a.length > 0 ? a[0] : null, 0)));
        t.method("lstrip", (s, a, k) -> bytes(strip(self(s), a.length > 0 ? a[0] : null, -1)));
        t.method("rstrip", (s, a, k) -> bytes(strip(self(s), a.length > 0 ? a[0] : null, 1)));
        t.method1("join", (s, it) -> {
            String sep = self(s);
            StringBuilder sb = new StringBuilder();
            int[] i = {0};
            Ops.forEach(it, o -> {
                if (!(o instanceof PyBytes b)) {
                    throw Exc.typeError("sequence item " + i[0] + ": expected a bytes-like object, " + o.getType().name() + " found");
                }
                if (i[0]++ > 0) sb.append(sep);
                sb.append(latin(b.data));
            });
            return bytes(sb.toString());
        });
        t.method("startswith", (s, a, k) -> PyBool.of(affix(s, a, "startswith", true)));
        t.method("endswith", (s, a, k) -> PyBool.of(affix(s, a, "endswith", false)));
        t.method("find", (s, a, k) -> guard(() -> PyInt.of(StrOps.find(self(s), sub(a[0]), bound(a, 1), bound(a, 2)))));
        t.method("rfind", (s, a, k) -> guard(() -> PyInt.of(StrOps.rfind(self(s), sub(a[0]), bound(a, 1), bound(a, 2)))));
        t.method("index", (s, a, k) -> {
            int i = StrOps.find(self(s), sub(a[0]), bound(a, 1), bound(a, 2));
            if (i < 0) throw Exc.valueError("subsection not found");
            return PyInt.of(i);
        });
        t.method("rindex", (s, a, k) -> {
            int i = StrOps.rfind(self(s), sub(a[0]), bound(a, 1), bound(a, 2));
            if (i < 0) throw Exc.valueError("subsection not found");
            return PyInt.of(i);
        });
        t.method("count", (s, a, k) -> guard(() -> PyInt.of(StrOps.count(self(s), sub(a[0]), bound(a, 1), bound(a, 2)))));
        t.method("replace", (s, a, k) -> {
            if (a.length < 2) throw Exc.typeError("replace expected at least 2 arguments, got " + a.length);
            long n = a.length > 2 ? Ops.index(a[2]).longValueOr(Long.MAX_VALUE) : -1;
            return guard(() -> bytes(StrOps.replace(self(s), arg(a[0]), arg(a[1]), n)));
        });
        t.method1("removeprefix", (s, o) -> bytes(StrOps.removePrefix(self(s), arg(o))));
        t.method1("removesuffix", (s, o) -> bytes(StrOps.removeSuffix(self(s), arg(o))));
        t.method1("partition", (s, o) -> {
            String sep = arg(o);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            String[] r = StrOps.partition(self(s), sep);
            return PyTuple.of(bytes(r[0]), bytes(r[1]), bytes(r[2]));
        });
        t.method1("rpartition", (s, o) -> {
            String sep = arg(o);
            if (sep.isEmpty()) throw Exc.valueError("empty separator");
            String[] r = StrOps.rpartition(self(s), sep);
            return PyTuple.of(bytes(r[0]), bytes(r[1]), bytes(r[2]));
        });
        t.method0("upper", s -> {
            byte[] d = ((PyBytes) s).data.clone();
            for (int i = 0; i < d.length; i++) if (d[i] >= 'a' && d[i] <= 'z') d[i] -= 32;
            return new PyBytes(d);
        });
        t.method0("lower", s -> {
            byte[] d = ((PyBytes) s).data.clone();
            for (int i = 0; i < d.length; i++) if (d[i] >= 'A' && d[i] <= 'Z') d[i] += 32;
            return new PyBytes(d);
        });
        t.method0("isdigit", s -> PyBool.of(all(((PyBytes) s).data, c -> c >= '0' && c <= '9')));
        t.method0("isalpha", s -> PyBool.of(all(((PyBytes) s).data, c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')));
        t.method0("isalnum", s -> PyBool.of(all(((PyBytes) s).data,
                c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')));
        t.method0("isspace", s -> PyBool.of(all(((PyBytes) s).data, c -> ws((char) c))));
        t.method0("isascii", s -> {
            for (byte b : ((PyBytes) s).data) if (b < 0) return PyBool.FALSE;
            return PyBool.TRUE;
        });
        t.method("splitlines", (s, a, k) -> {
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
            return list(out);
        });
        t.staticMethod("fromhex", (a, k) -> {
            if (a.length != 1 || !(a[0] instanceof PyStr hs)) throw Exc.typeError("fromhex() argument must be str");
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
            return new PyBytes(out.toByteArray());
        });
    }

    private static boolean all(byte[] d, java.util.function.IntPredicate p) {
        if (d.length == 0) return false;
        for (byte b : d) if (!p.test(b & 0xff)) return false;
        return true;
    }
}
