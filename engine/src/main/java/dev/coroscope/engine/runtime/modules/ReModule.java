package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.function.Consumer;

/**
 * {@code _re}: the core of the {@code re} module (the bundled {@code re.py} adds the flags, the
 * error class and the module-level functions). A Python pattern is translated by {@link ReSyntax}
 * and run by {@code java.util.regex}; this class gives it Python's semantics on top: positions in
 * code points, {@code pos}/{@code endpos}, the 3.7+ rules for empty matches while iterating (an
 * empty match may not be followed by another empty match at the same place, but a non-empty one
 * starting there is tried first), replacement templates and {@code split} as CPython does them.
 * Only str patterns are supported; each run has its own compile cache.
 */
public final class ReModule {
    private ReModule() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("re");
    }

    public static void init(Interp in, PyModule m) {
        Map<String, PatternObj> cache = new HashMap<>();
        m.put("Pattern", PatternObj.TYPE);
        m.put("Match", MatchObj.TYPE);
        m.put("compile", fn("compile", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parsePy("compile", a, k, new String[] {"pattern", "flags"}, 1);
            PyObject pat = p[0];
            int flags = p[1] == null ? 0 : (int) Ops.index(p[1]).longValueOr(0);
            if (pat instanceof PatternObj po) {
                if (flags != 0) throw Exc.valueError("cannot process flags argument with a compiled pattern");
                return po;
            }
            if (pat instanceof PyBytes) throw Exc.typeError("bytes patterns are not supported in Coroscope");
            if (!(pat instanceof PyStr s)) throw Exc.typeError("first argument must be string or compiled pattern");
            String key = flags + ":" + s.value();
            PatternObj cached = cache.get(key);
            if (cached != null) return cached;
            PatternObj po = compile(s.value(), flags);
            if (cache.size() > 512) cache.clear();
            cache.put(key, po);
            return po;
        }}));
        m.put("purge", fn("purge", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            cache.clear();
            return PyNone.INSTANCE;
        }}));
    }

    static PyError reError(String msg, String pattern, int pos) {
        PyModule re = Interp.current().rt.modules.get("re");
        PyObject cls = re == null ? null : re.get("error");
        if (cls == null) return Exc.valueError(msg);
        PyObject exc = Ops.call(cls, PyStr.of(msg), PyStr.of(pattern), pos < 0 ? PyNone.INSTANCE : PyInt.of(pos));
        return new PyError((PyBaseException) exc);
    }

    static PatternObj compile(String src, int flags) {
        ReSyntax t;
        try {
            t = ReSyntax.translate(src, flags);
        } catch (ReSyntax.Error e) {
            throw reError(e.msg, src, e.pos < 0 ? -1 : src.codePointCount(0, Math.min(e.pos, src.length())));
        }
        int jf = Pattern.UNIX_LINES;
        boolean unicode = (t.flags & ReSyntax.UNICODE) != 0;
        if ((t.flags & ReSyntax.IGNORECASE) != 0) jf |= Pattern.CASE_INSENSITIVE | (unicode ? Pattern.UNICODE_CASE : 0);
        if ((t.flags & ReSyntax.MULTILINE) != 0) jf |= Pattern.MULTILINE;
        if ((t.flags & ReSyntax.DOTALL) != 0) jf |= Pattern.DOTALL;
        if (unicode) jf |= Pattern.UNICODE_CHARACTER_CLASS;
        Pattern jp;
        try {
            jp = Pattern.compile(t.out.toString(), jf);
        } catch (PatternSyntaxException e) {
            String d = e.getDescription() == null ? "" : e.getDescription();
            if (d.contains("Look-behind")) throw reError("look-behind requires fixed-width pattern", src, -1);
            throw reError("unsupported pattern", src, -1);
        } catch (StackOverflowError e) {
            throw reError("pattern too complex", src, -1);
        }
        return new PatternObj(src, t.flags, jp, t.out.toString(), jf, t.groups, t.groupNames, t.parents());
    }

    // ---- Pattern ----------------------------------------------------------------------------------

    /** {@code re.Pattern}: a compiled pattern; immutable. */
    public static final class PatternObj extends PyObject {
        public static final PyType TYPE = PyType.builtin("re", "Pattern", null, false, new Consumer<PyType>() { public void accept(PyType x) {
            PatternObj.initType(x);
        }});

        final String pattern;
        final int flags;
        final Pattern java;
        private final String javaSrc;
        private final int javaFlags;
        private Pattern nonEmpty;
        final int groups;
        final Map<String, Integer> names;
        /** The enclosing capturing group of each group (0: none). */
        final int[] parents;

        PatternObj(String pattern, int flags, Pattern java, String javaSrc, int javaFlags, int groups, Map<String, Integer> names,
                int[] parents) {
            this.parents = parents;
            this.pattern = pattern;
            this.flags = flags;
            this.java = java;
            this.javaSrc = javaSrc;
            this.javaFlags = javaFlags;
            this.groups = groups;
            this.names = names;
        }

        /** The same pattern, refusing to match empty where it starts (\G is the search start). */
        Pattern nonEmpty() {
            if (nonEmpty == null) nonEmpty = Pattern.compile("(?:" + javaSrc + ")(?!\\G)", javaFlags);
            return nonEmpty;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            String r = PyStr.repr(pattern);
            if (r.length() > 200) r = r.substring(0, 200);
            int shown = flags & ~ReSyntax.UNICODE;
            if (shown == 0) return "re.compile(" + r + ")";
            return "re.compile(" + r + ", " + flagsRepr(shown) + ")";
        }

        @Override
        public long hash() {
            return pattern.hashCode() * 31L + flags;
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof PatternObj o)) return PyNotImplemented.INSTANCE;
            boolean eq = o.pattern.equals(pattern) && o.flags == flags;
            return PyBool.of(op == Ops.EQ ? eq : !eq);
        }

        private static PatternObj self(PyObject s) {
            return (PatternObj) s;
        }

        private static void initType(PyType t) {
            t.method("match", (s, a, k) -> self(s).matchAt(a, k, "match", 0));
            t.method("search", (s, a, k) -> self(s).matchAt(a, k, "search", 1));
            t.method("fullmatch", (s, a, k) -> self(s).matchAt(a, k, "fullmatch", 2));
            t.method("findall", (s, a, k) -> self(s).findall(a, k));
            t.method("finditer", (s, a, k) -> self(s).finditer(a, k));
            t.method("sub", (s, a, k) -> self(s).sub(a, k, "sub", false));
            t.method("subn", (s, a, k) -> self(s).sub(a, k, "subn", true));
            t.method("split", (s, a, k) -> self(s).split(a, k));
            t.getter("pattern", s -> PyStr.of(self(s).pattern));
            t.getter("flags", s -> PyInt.of(self(s).flags));
            t.getter("groups", s -> PyInt.of(self(s).groups));
            t.getter("groupindex", s -> {
                PyDict d = new PyDict();
                for (var e : self(s).names.entrySet()) d.put(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
                return d;
            });
            t.method0("__copy__", Slots.SELF);
            t.method1("__deepcopy__", (s, memo) -> s);
            t.method1("__class_getitem__", (s, item) -> Ops.call(PyGenericAlias.TYPE, s, item));
        }

        private PyStr subject(PyObject o) {
            if (o instanceof PyStr s) return s;
            if (o instanceof PyBytes) throw Exc.typeError("cannot use a string pattern on a bytes-like object");
            throw Exc.typeError("expected string or bytes-like object, got '" + o.getType().tpName() + "'");
        }

        /** Clamps pos/endpos as CPython does. */
        private static int[] bounds(PyStr s, PyObject posO, PyObject endO) {
            int n = s.cpLength();
            long pos = posO == null ? 0 : Ops.index(posO).longValueOr(posO instanceof PyInt pi && pi.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
            long end = endO == null ? n : Ops.index(endO).longValueOr(endO instanceof PyInt pi && pi.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
            if (pos < 0) pos = 0;
            if (pos > n) pos = n;
            if (end < 0) end = 0;
            if (end > n) end = n;
            return new int[] {(int) pos, (int) end};
        }

        private PyObject matchAt(PyObject[] a, String[] k, String name, int mode) {
            PyObject[] p = Args.parse(name, a, k, new String[] {"string", "pos", "endpos"}, 1);
            PyStr s = subject(p[0]);
            int[] b = bounds(s, p[1], p[2]);
            MatchObj m = run(s, b[0], b[1], mode);
            return m == null ? PyNone.INSTANCE : m;
        }

        /** One match: mode 0 match at pos, 1 search from pos, 2 fullmatch. */
        MatchObj run(PyStr s, int pos, int endpos, int mode) {
            if (pos > endpos) return null;
            Scan sc = new Scan(this, s, pos, endpos);
            Matcher m = sc.matcher;
            m.region(sc.jpos, sc.text.length());
            boolean ok = switch (mode) {
                case 0 -> m.lookingAt();
                case 1 -> m.find();
                default -> m.matches();
            };
            Interp.current().tick();
            return ok ? new MatchObj(this, s, pos, endpos, m, sc) : null;
        }

        private PyObject findall(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("findall", a, k, new String[] {"string", "pos", "endpos"}, 1);
            PyStr s = subject(p[0]);
            int[] b = bounds(s, p[1], p[2]);
            PyList out = new PyList();
            if (b[0] > b[1]) return out;
            Scan sc = new Scan(this, s, b[0], b[1]);
            while (sc.next()) {
                MatchResult m = sc.current;
                if (groups == 0) out.append(PyStr.of(m.group()));
                else if (groups == 1) out.append(PyStr.of(orEmpty(m.group(1))));
                else {
                    PyObject[] items = new PyObject[groups];
                    for (int g = 1; g <= groups; g++) items[g - 1] = PyStr.of(orEmpty(m.group(g)));
                    out.append(new PyTuple(items));
                }
            }
            return out;
        }

        private PyObject finditer(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("finditer", a, k, new String[] {"string", "pos", "endpos"}, 1);
            PyStr s = subject(p[0]);
            int[] b = bounds(s, p[1], p[2]);
            List<PyObject> found = new ArrayList<>();
            if (b[0] <= b[1]) {
                Scan sc = new Scan(this, s, b[0], b[1]);
                while (sc.next()) found.add(new MatchObj(this, s, b[0], b[1], sc.current, sc));
            }
            return Ops.iter(new PyList(found.toArray(new PyObject[0])));
        }

        private PyObject sub(PyObject[] a, String[] k, String name, boolean withCount) {
            PyObject[] p = Args.parse(name, a, k, new String[] {"repl", "string", "count"}, 2);
            PyObject repl = p[0];
            PyStr s = subject(p[1]);
            long count = p[2] == null ? 0 : Ops.index(p[2]).longValueOr(Long.MAX_VALUE);
            List<Object> template = null;
            if (repl instanceof PyStr rs) {
                template = rs.value().indexOf('\\') < 0 ? List.of(rs.value()) : parseTemplate(rs.value());
            } else if (!Ops.isCallable(repl)) {
                throw Exc.typeError("expected str instance, " + repl.getType().tpName() + " found");
            }
            Scan sc = new Scan(this, s, 0, s.cpLength());
            StringBuilder sb = new StringBuilder();
            int last = 0;
            long n = 0;
            while ((count <= 0 || n < count) && sc.next()) {
                MatchResult m = sc.current;
                sb.append(sc.text, last, m.start());
                if (template != null) {
                    expand(template, m, sb);
                } else {
                    PyObject r = Ops.call(repl, new MatchObj(this, s, 0, s.cpLength(), m, sc));
                    if (!(r instanceof PyStr rstr)) throw Exc.typeError("expected str instance, " + r.getType().tpName() + " found");
                    sb.append(rstr.value());
                }
                last = m.end();
                n++;
            }
            sb.append(sc.text, last, sc.text.length());
            PyStr res = PyStr.of(sb.toString());
            return withCount ? PyTuple.of(res, PyInt.of(n)) : res;
        }

        private PyObject split(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("split", a, k, new String[] {"string", "maxsplit"}, 1);
            PyStr s = subject(p[0]);
            long max = p[1] == null ? 0 : Ops.index(p[1]).longValueOr(Long.MAX_VALUE);
            PyList out = new PyList();
            Scan sc = new Scan(this, s, 0, s.cpLength());
            int last = 0;
            long n = 0;
            while ((max <= 0 || n < max) && sc.next()) {
                MatchResult m = sc.current;
                out.append(PyStr.of(sc.text.substring(last, m.start())));
                for (int g = 1; g <= groups; g++) {
                    String v = m.group(g);
                    out.append(v == null ? PyNone.INSTANCE : PyStr.of(v));
                }
                last = m.end();
                n++;
            }
            out.append(PyStr.of(sc.text.substring(last)));
            return out;
        }

        /** A replacement template: literal Strings and Integer group numbers. */
        List<Object> parseTemplate(String t) {
            List<Object> parts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int i = 0;
            while (i < t.length()) {
                char c = t.charAt(i);
                if (c != '\\') {
                    lit.append(c);
                    i++;
                    continue;
                }
                if (i + 1 >= t.length()) throw reError("bad escape (end of pattern)", t, i);
                char d = t.charAt(i + 1);
                int g = -1;
                int start = i;
                if (d == 'g') {
                    int lt = i + 2;
                    if (lt >= t.length() || t.charAt(lt) != '<') throw reError("missing <", t, lt);
                    int gt = t.indexOf('>', lt + 1);
                    if (gt < 0) throw reError("missing >, unterminated name", t, lt + 1);
                    String name = t.substring(lt + 1, gt);
                    if (name.isEmpty()) throw reError("missing group name", t, lt + 1);
                    if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                        g = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
                        if (g > groups) throw reError("invalid group reference " + name, t, lt + 1);
                    } else {
                        if (!ReSyntax.isIdentifier(name)) throw reError("bad character in group name '" + name + "'", t, lt + 1);
                        Integer gi = names.get(name);
                        if (gi == null) throw new PyError(Exc.make(Exc.IndexError, "unknown group name '" + name + "'"));
                        g = gi;
                    }
                    i = gt + 1;
                } else if (d == '0') {
                    int j = i + 2;
                    while (j < t.length() && j < i + 4 && t.charAt(j) >= '0' && t.charAt(j) <= '7') j++;
                    lit.append((char) Integer.parseInt(t.substring(i + 1, j), 8));
                    i = j;
                    continue;
                } else if (d >= '1' && d <= '9') {
                    int j = i + 2;
                    if (j < t.length() && Character.isDigit(t.charAt(j)) && t.charAt(j) < 128) {
                        if (d <= '7' && t.charAt(j) <= '7' && j + 1 < t.length() && t.charAt(j + 1) >= '0' && t.charAt(j + 1) <= '7') {
                            int v = Integer.parseInt(t.substring(i + 1, j + 2), 8);
                            if (v > 0377) throw reError("octal escape value \\" + t.substring(i + 1, j + 2) + " outside of range 0-0o377", t, i);
                            lit.append((char) v);
                            i = j + 2;
                            continue;
                        }
                        j++;
                    }
                    g = Integer.parseInt(t.substring(i + 1, j));
                    if (g > groups) throw reError("invalid group reference " + g, t, start + 1);
                    i = j;
                } else {
                    String simple = switch (d) {
                        case 'n' -> "\n";
                        case 't' -> "\t";
                        case 'r' -> "\r";
                        case 'f' -> "\f";
                        case 'v' -> "\u000b";
                        case 'a' -> "\u0007";
                        case 'b' -> "\b";
                        case '\\' -> "\\";
                        default -> null;
                    };
                    if (simple != null) {
                        lit.append(simple);
                    } else if (d < 128 && Character.isLetter(d)) {
                        throw reError("bad escape \\" + d, t, i);
                    } else {
                        lit.append('\\').append(d);
                    }
                    i += 2;
                    continue;
                }
                if (lit.length() > 0) {
                    parts.add(lit.toString());
                    lit.setLength(0);
                }
                parts.add(g);
            }
            if (lit.length() > 0) parts.add(lit.toString());
            return parts;
        }

        static void expand(List<Object> template, MatchResult m, StringBuilder sb) {
            for (Object part : template) {
                if (part instanceof String lit) sb.append(lit);
                else {
                    String v = m.group((Integer) part);
                    if (v != null) sb.append(v);
                }
            }
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String flagsRepr(int f) {
        String[] names = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"};
        StringBuilder sb = new StringBuilder();
        int rest = f;
        for (int b = 0; b < names.length; b++) {
            if ((f & (1 << b)) != 0) {
                if (sb.length() > 0) sb.append('|');
                sb.append("re.").append(names[b]);
                rest &= ~(1 << b);
            }
        }
        if (rest != 0) {
            if (sb.length() > 0) sb.append('|');
            sb.append("0x").append(Integer.toHexString(rest));
        }
        return sb.toString();
    }

    // ---- scanning ----------------------------------------------------------------------------------

    /**
     * Successive matches over one subject with CPython 3.7+'s rules for empty matches. Positions in
     * the Java text are chars; {@link #cp} converts them to code points.
     */
    static final class Scan {
        final PatternObj p;
        final String text;
        final boolean bmp;
        final int jpos;
        final Matcher matcher;
        private final TickingText ticking;
        private Matcher nonEmpty;
        MatchResult current;
        private int at;
        private boolean mustAdvance;
        private boolean done;

        Scan(PatternObj p, PyStr s, int pos, int endpos) {
            this.p = p;
            this.bmp = s.isBmp();
            String full = s.value();
            this.text = bmp ? full.substring(0, endpos) : full.substring(0, s.offset(endpos));
            this.jpos = bmp ? pos : s.offset(pos);
            this.ticking = new TickingText(text, Interp.current());
            this.matcher = p.java.matcher(ticking);
            matcher.useTransparentBounds(true);
            matcher.useAnchoringBounds(false);
            this.at = jpos;
        }

        int cp(int javaIndex) {
            return bmp || javaIndex < 0 ? javaIndex : text.codePointCount(0, javaIndex);
        }

        boolean next() {
            if (done) return false;
            Interp.current().tick();
            if (mustAdvance) {
                if (nonEmpty == null) {
                    nonEmpty = p.nonEmpty().matcher(ticking);
                    nonEmpty.useTransparentBounds(true);
                    nonEmpty.useAnchoringBounds(false);
                }
                nonEmpty.region(at, text.length());
                if (nonEmpty.lookingAt()) {
                    current = nonEmpty;
                    accept(nonEmpty.start(), nonEmpty.end());
                    return true;
                }
                if (at >= text.length()) {
                    done = true;
                    return false;
                }
                at += Character.charCount(text.codePointAt(at));
            }
            if (at > text.length()) {
                done = true;
                return false;
            }
            matcher.region(at, text.length());
            if (!matcher.find()) {
                done = true;
                return false;
            }
            current = matcher;
            accept(matcher.start(), matcher.end());
            return true;
        }

        private void accept(int start, int end) {
            at = end;
            mustAdvance = start == end;
        }
    }

    /**
     * The subject as the Java matcher reads it: every 256 characters read count one step, so a
     * pattern that backtracks for ever is stopped by the step budget or an interrupt like a loop.
     */
    static final class TickingText implements CharSequence {
        private final String s;
        private final Interp in;
        private int reads;

        TickingText(String s, Interp in) {
            this.s = s;
            this.in = in;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 255) == 0) in.tick();
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    // ---- Match -------------------------------------------------------------------------------------

    /** {@code re.Match}: the outcome of one match, copied out of the Java matcher (immutable). */
    public static final class MatchObj extends PyObject {
        public static final PyType TYPE = PyType.builtin("re", "Match", null, false, new Consumer<PyType>() { public void accept(PyType x) {
            MatchObj.initType(x);
        }});

        final PatternObj re;
        final PyStr string;
        final int pos, endpos;
        /** Code-point spans per group, -1 when the group did not take part. */
        final int[] starts, ends;
        final String[] values;

        MatchObj(PatternObj re, PyStr string, int pos, int endpos, MatchResult m, Scan sc) {
            this.re = re;
            this.string = string;
            this.pos = pos;
            this.endpos = endpos;
            int n = re.groups + 1;
            starts = new int[n];
            ends = new int[n];
            values = new String[n];
            for (int g = 0; g < n; g++) {
                int st = m.start(g);
                starts[g] = sc.cp(st);
                ends[g] = sc.cp(m.end(g));
                values[g] = st < 0 ? null : m.group(g);
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<re.Match object; span=(" + starts[0] + ", " + ends[0] + "), match=" + PyStr.repr(values[0]) + ">";
        }

        private static MatchObj self(PyObject s) {
            return (MatchObj) s;
        }

        @Override
        public PyObject getItem(PyObject key) {
            return group(index(key), PyNone.INSTANCE);
        }

        int index(PyObject g) {
            if (g instanceof PyStr s) {
                Integer i = re.names.get(s.value());
                if (i != null) return i;
            } else if (!(g instanceof PyFloat)) {
                PyInt i = Ops.indexOrNull(g);
                if (i != null) {
                    long v = i.longValueOr(-1);
                    if (v >= 0 && v < starts.length) return (int) v;
                }
            }
            throw Exc.indexError("no such group");
        }

        PyObject group(int g, PyObject dflt) {
            return values[g] == null ? dflt : PyStr.of(values[g]);
        }

        private static void initType(PyType t) {
            t.method("group", (s, a, k) -> {
                Args.noKeywords("Match.group", k);
                MatchObj m = self(s);
                if (a.length == 0) return m.group(0, PyNone.INSTANCE);
                if (a.length == 1) return m.group(m.index(a[0]), PyNone.INSTANCE);
                PyObject[] items = new PyObject[a.length];
                for (int i = 0; i < a.length; i++) items[i] = m.group(m.index(a[i]), PyNone.INSTANCE);
                return new PyTuple(items);
            });
            t.method1("__getitem__", (s, g) -> self(s).group(self(s).index(g), PyNone.INSTANCE));
            t.method("groups", (s, a, k) -> {
                PyObject[] p = Args.parse("groups", a, k, new String[] {"default"}, 0);
                MatchObj m = self(s);
                PyObject d = p[0] == null ? PyNone.INSTANCE : p[0];
                PyObject[] items = new PyObject[m.re.groups];
                for (int g = 1; g <= m.re.groups; g++) items[g - 1] = m.group(g, d);
                return new PyTuple(items);
            });
            t.method("groupdict", (s, a, k) -> {
                PyObject[] p = Args.parse("groupdict", a, k, new String[] {"default"}, 0);
                MatchObj m = self(s);
                PyObject d = p[0] == null ? PyNone.INSTANCE : p[0];
                PyDict out = new PyDict();
                for (var e : m.re.names.entrySet()) out.put(PyStr.of(e.getKey()), m.group(e.getValue(), d));
                return out;
            });
            t.method("start", (s, a, k) -> {
                Args.atMost("start", a, 1);
                MatchObj m = self(s);
                return PyInt.of(m.starts[a.length == 0 ? 0 : m.index(a[0])]);
            });
            t.method("end", (s, a, k) -> {
                Args.atMost("end", a, 1);
                MatchObj m = self(s);
                return PyInt.of(m.ends[a.length == 0 ? 0 : m.index(a[0])]);
            });
            t.method("span", (s, a, k) -> {
                Args.atMost("span", a, 1);
                MatchObj m = self(s);
                int g = a.length == 0 ? 0 : m.index(a[0]);
                return PyTuple.of(PyInt.of(m.starts[g]), PyInt.of(m.ends[g]));
            });
            t.method1("expand", (s, tmpl) -> {
                MatchObj m = self(s);
                if (!(tmpl instanceof PyStr ts)) throw Exc.typeError("expected str instance, " + tmpl.getType().tpName() + " found");
                StringBuilder sb = new StringBuilder();
                for (Object part : m.re.parseTemplate(ts.value())) {
                    if (part instanceof String lit) sb.append(lit);
                    else if (m.values[(Integer) part] != null) sb.append(m.values[(Integer) part]);
                }
                return PyStr.of(sb.toString());
            });
            t.getter("string", s -> self(s).string);
            t.getter("re", s -> self(s).re);
            t.getter("pos", s -> PyInt.of(self(s).pos));
            t.getter("endpos", s -> PyInt.of(self(s).endpos));
            t.getter("lastindex", s -> {
                int li = self(s).lastIndex();
                return li < 0 ? PyNone.INSTANCE : PyInt.of(li);
            });
            t.getter("lastgroup", s -> {
                MatchObj m = self(s);
                int li = m.lastIndex();
                if (li < 0) return PyNone.INSTANCE;
                for (var e : m.re.names.entrySet()) if (e.getValue() == li) return PyStr.of(e.getKey());
                return PyNone.INSTANCE;
            });
            t.getter("regs", s -> {
                MatchObj m = self(s);
                PyObject[] items = new PyObject[m.starts.length];
                for (int g = 0; g < items.length; g++) items[g] = PyTuple.of(PyInt.of(m.starts[g]), PyInt.of(m.ends[g]));
                return new PyTuple(items);
            });
            t.method0("__copy__", Slots.SELF);
            t.method1("__deepcopy__", (s, memo) -> s);
            t.method1("__class_getitem__", (s, item) -> Ops.call(PyGenericAlias.TYPE, s, item));
        }

        /**
         * The group that closed last: the latest end; of groups ending at the same place, an
         * enclosing group closes after the groups inside it, and otherwise the later group.
         */
        int lastIndex() {
            int best = -1;
            for (int g = 1; g < starts.length; g++) {
                if (starts[g] < 0) continue;
                if (best < 0 || ends[g] > ends[best] || (ends[g] == ends[best] && !encloses(best, g))) best = g;
            }
            return best;
        }

        private boolean encloses(int outer, int inner) {
            for (int p = re.parents[inner]; p > 0; p = re.parents[p]) if (p == outer) return true;
            return false;
        }
    }
}
