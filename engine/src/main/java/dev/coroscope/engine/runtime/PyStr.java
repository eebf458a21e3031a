package dev.coroscope.engine.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code str}: an immutable Java string. Python indexes strings by code point; strings made only
 * of BMP characters (the common case) index the Java chars directly, others go through code-point
 * offsets. The hash is computed once and cached. Instances of user subclasses of str are
 * {@link Sub}s; str methods return plain strs for them, as in CPython.
 */
public class PyStr extends PyObject {

    public static final PyType TYPE = PyType.builtin("str", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        StrType.init(x);
    }});

    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

    /**
     * Single characters that CPython 3.11.7 has already interned as objects of their own when a
     * program starts (one-letter names in its frozen modules): a literal {@code 'a'} is that
     * interned object, not the cached {@code chr(97)}, so {@code chr(97) is 'a'} is False there
     * while {@code chr(103) is 'g'} is True (measured with python3 for every Latin-1 character).
     */
    private static final String INTERNED_APART = "BCLST_abcdefhijklmnopqrstvwxy";

    /** The cached one-character strings of Latin-1 (indexing, iteration, chr() give these). */
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (char c = 0; c < 256; c++) {
            String v = String.valueOf(c);
            PyStr p = new PyStr(v);
            LATIN1[c] = p;
            INTERNED.put(v, INTERNED_APART.indexOf(c) < 0 ? p : new PyStr(v));
        }
    }

    /**
     * {@code sys.intern(s)}: the interned str equal to {@code s}, which becomes {@code s} itself
     * when there is none yet (an exact str).
     */
    public static PyStr internObject(PyStr s) {
        PyStr known = INTERNED.putIfAbsent(s.value(), s);
        return known != null ? known : s;
    }

    public static final PyStr EMPTY = intern("");

    /**
     * The text: a String, a {@link Pending} while the string is a prefix of a shared builder (see
     * {@link #concat}), or null for a short Latin-1 text held in {@link #shortText} alone until its
     * String is first asked for ({@link #ofLatin1}). One field for all three keeps a str at 32 bytes.
     */
    private Object text;
    /** 0 until computed (never 0 once computed). */
    private int hash;
    /** -1 until computed; equals value().length() when the string has no surrogate pairs. */
    private int cpCount = -1;
    /**
     * Set with {@link #hash}: a text of at most 7 Latin-1 chars itself (length + 1 in the top
     * byte, the chars below it, so always positive), -1 for any other text, 0 while the hash is not
     * computed. Two hashed strings compare by this alone when either is short: a dict lookup of an
     * equal but distinct str key (a word read twice, a tuple of words) then reads neither string's
     * characters, which live in two more objects (the String and its array) a cache miss each.
     */
    private long shortText;

    /** A string made by repeated concatenation: the first {@code len} chars of a builder others may extend. */
    private static final class Pending {
        final StringBuilder sb;
        final int len;

        Pending(StringBuilder sb, int len) {
            this.sb = sb;
            this.len = len;
        }
    }

    public PyStr(String value) {
        this.text = value;
    }

    /** An instance of a user subclass of str. */
    static final class Sub extends PyStr {
        private final PyType type;
        private final PyDict dict;

        Sub(PyType type, String value) {
            super(value);
            this.type = type;
            this.dict = type.instanceDict() ? new PyDict() : null;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }

    /** {@code value} as an instance of {@code cls} (str itself or a user subclass). */
    public static PyStr ofType(PyType cls, String value) {
        return cls == TYPE ? of(value) : new Sub(cls, value);
    }

    /** This string as an exact str (itself when it is one). */
    public PyStr exact() {
        return getClass() == PyStr.class ? this : of(value());
    }

    /** A shared instance for identifiers and constants (names, attribute names). */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p != null) return p;
        return INTERNED.computeIfAbsent(s, new Function<String, PyStr>() { public PyStr apply(String x) { return new PyStr(x); } });
    }

    /** A str of {@code s}: the cached object for a Latin-1 character or the empty string, else a new one. */
    public static PyStr of(String s) {
        if (s.length() <= 1) return s.isEmpty() ? EMPTY : ofChar(s.charAt(0));
        return new PyStr(s);
    }

    /**
     * The str that str(), repr() or ascii() of {@code src} gives with text {@code s}: as {@link #of},
     * except that an int's one-digit text is a new object, as CPython writes an int's digits into a
     * fresh string ({@code str(5) is '5'} is False there), where most other one-character results
     * are its cached Latin-1 objects. A bool's text is the interned 'True' or 'False'.
     */
    public static PyStr ofText(PyObject src, String s) {
        if (s.length() == 1 && src.getClass() == PyInt.class) return new PyStr(s);
        if (src instanceof PyBool) return intern(s);
        return of(s);
    }

    /** {@link #of} for text known to have no surrogates (a piece of such a string), so its length is known too. */
    public static PyStr ofBmp(String s) {
        if (s.length() <= 1) return s.isEmpty() ? EMPTY : ofChar(s.charAt(0));
        PyStr p = new PyStr(s);
        p.cpCount = s.length();
        return p;
    }

    public String value() {
        Object t = text;
        return t instanceof String v ? v : materialize(t);
    }

    /**
     * The text of a pending string (the builder is no longer referenced from now on) or of one
     * held in {@link #shortText}, kept from now on.
     */
    private String materialize(Object t) {
        String v;
        if (t instanceof Pending p) {
            v = p.sb.substring(0, p.len);
        } else {
            long packed = shortText;
            int n = shortLength(packed);
            byte[] b = new byte[n];
            for (int i = n - 1; i >= 0; i--, packed >>>= 8) b[i] = (byte) packed;
            v = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        text = v;
        return v;
    }

    /** The number of chars a positive {@link #shortText} holds (one byte each, below the top one). */
    private static int shortLength(long packed) {
        return (63 - Long.numberOfLeadingZeros(packed)) >>> 3;
    }

    /** Longest text {@link #ofLatin1} keeps without a String: what {@link #shortText} holds. */
    private static final int SHORT_MAX = 7;

    /**
     * A str of the Latin-1 chars {@code b[from..to)}, as {@link #ofBmp} of them would be, made
     * for splitting a long text into many small pieces (words of a file): a piece of at most 7
     * chars gets its hash and {@link #shortText} at once and no String until one is asked for, so
     * it is one object of 32 bytes instead of three of about 80. Dict keys, counting and equality
     * with other hashed strs then never need its String.
     */
    public static PyStr ofLatin1(byte[] b, int from, int to) {
        int n = to - from;
        if (n <= 1) return n == 0 ? EMPTY : ofChar((char) (b[from] & 0xFF));
        if (n > SHORT_MAX) return ofBmp(new String(b, from, n, java.nio.charset.StandardCharsets.ISO_8859_1));
        long chars = 0;
        for (int i = from; i < to; i++) chars = (chars << 8) | (b[i] & 0xFF);
        return ofPacked(chars, n);
    }

    /**
     * A str of the {@code n} (2 to 7) Latin-1 chars in the low bytes of {@code chars}, first char
     * highest, held in {@link #shortText} alone; its hash computed now as {@link #computeHash}
     * would from its String.
     */
    private static PyStr ofPacked(long chars, int n) {
        int h = 0;
        for (int shift = 8 * (n - 1); shift >= 0; shift -= 8) h = 31 * h + (int) ((chars >>> shift) & 0xFF);
        PyStr p = new PyStr((String) null);
        p.cpCount = n;
        p.shortText = (long) (n + 1) << (8 * n) | chars;
        p.hash = mixHash(h);
        return p;
    }

    /** The low {@code n} bytes of {@code v}: a packed text's chars without its length byte. */
    private static long lowBytes(long v, int n) {
        return v & ((1L << (8 * n)) - 1);
    }

    /**
     * This str's chars packed as {@link #shortText} packs them (-1 when it has more than 7 or any
     * above Latin-1), without hashing it when it is not hashed yet: that would cost more than the
     * concatenation or comparison asking.
     */
    private long packedChars() {
        long p = shortText;
        return p != 0 ? p : shortTextOf(value());
    }

    /**
     * {@code a + b} for a total of at most 7 chars: when both are Latin-1, a str held in
     * {@link #shortText} alone (no String: {@code a + b + c} of short words makes one object of
     * 32 bytes per word); else null. Neither operand is hashed for it.
     */
    private static PyStr concatShort(PyStr a, PyStr b, int la, int lb) {
        long pa = a.packedChars(), pb = b.packedChars();
        if (pa < 0 || pb < 0) return null;
        return ofPacked(lowBytes(pa, la) << (8 * lb) | lowBytes(pb, lb), la + lb);
    }

    /** Chars {@code [lo, hi)} (0 <= lo < hi <= length) of a str held in {@link #shortText} alone. */
    private PyStr shortSlice(int lo, int hi) {
        int m = hi - lo;
        long chars = lowBytes(shortText >>> (8 * (cpCount - hi)), m);
        return m == 1 ? ofChar((char) chars) : ofPacked(chars, m);
    }

    private PyStr(StringBuilder pending, int len) {
        this.text = new Pending(pending, len);
    }

    /** Length in chars without materializing. */
    public int charLength() {
        Object t = text;
        if (t instanceof String v) return v.length();
        return t != null ? ((Pending) t).len : shortLength(shortText);
    }

    /** A one-character string (cached for Latin-1, as CPython caches them; a new object above). */
    public static PyStr ofChar(char c) {
        if (c < 256) return LATIN1[c];
        return new PyStr(String.valueOf(c));
    }

    /**
     * {@code a + b}. Long strings built by repeated {@code +=} share one builder, so building a
     * string piece by piece costs linear time as in CPython (which appends in place).
     */
    public static PyStr concat(PyStr a, PyStr b) {
        int la = a.charLength(), lb = b.charLength();
        long total = (long) la + lb;
        if (total > Limits.MAX_STRING) throw Exc.memoryError();
        if (lb == 0) return a.exact();
        if (la == 0) return b.exact();
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(total);
        if (total <= SHORT_MAX) {
            PyStr p = concatShort(a, b, la, lb);
            if (p != null) return p;
        }
        if (total < 512) return new PyStr(a.value().concat(b.value()));
        StringBuilder sb = a.text instanceof Pending p ? p.sb : null;
        if (sb != null && sb.length() == la) {
            sb.append(b.value());
            return new PyStr(sb, (int) total);
        }
        sb = new StringBuilder((int) Math.min(Limits.MAX_STRING, total * 2));
        sb.append(a.value()).append(b.value());
        return new PyStr(sb, (int) total);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    /** Number of code points. */
    public int cpLength() {
        int n = cpCount;
        if (n < 0) {
            n = value().codePointCount(0, value().length());
            cpCount = n;
        }
        return n;
    }

    public boolean isBmp() {
        return cpLength() == charLength();
    }

    /** Java char offset of code point index {@code i} (0..cpLength). */
    public int offset(int cpIndex) {
        return isBmp() ? cpIndex : value().offsetByCodePoints(0, cpIndex);
    }

    /** The substring between code-point indices. */
    public String cpSubstring(int from, int to) {
        if (isBmp()) return value().substring(from, to);
        int a = value().offsetByCodePoints(0, from);
        int b = value().offsetByCodePoints(a, to - from);
        return value().substring(a, b);
    }

    @Override
    public String repr() {
        return repr(value());
    }

    /** Python's repr of a string: quotes chosen as CPython does, non-printables escaped. */
    public static String repr(String s) {
        return dev.coroscope.engine.runtime.text.StrRepr.repr(s);
    }

    /** Python's {@code str.isprintable} for one code point. */
    public static boolean isPrintable(int c) {
        return dev.coroscope.engine.runtime.text.Unicode.isPrintable(c);
    }

    @Override
    public String str() {
        return value();
    }

    @Override
    public PyObject format(String spec) {
        if (spec.isEmpty()) return getClass() == PyStr.class ? this : PyStr.of(Ops.str(this));
        // Neither padded nor cut: the str itself, a subclass's too (CPython writes it as it is).
        String r = Formatting.formatStr(value(), spec, getType().name());
        return r.equals(value()) ? this : new PyStr(r);
    }

    @Override
    public long hash() {
        int h = hash;
        return h != 0 ? h : computeHash();
    }

    /**
     * The first {@link #hash}: computed, cached with {@link #shortText}. The empty string's is 0,
     * as CPython's hash('') (never cached, so its shortText stays 0: compared by its chars).
     */
    private int computeHash() {
        String v = value();
        if (v.isEmpty()) return 0;
        int h = mixHash(v.hashCode());
        shortText = shortTextOf(v);
        hash = h;
        return h;
    }

    /** A str's hash from its String's hashCode: spread, never 0 (not computed) or -1. */
    private static int mixHash(int h) {
        h ^= (h >>> 16) * 0x45d9f3b;
        return h == 0 || h == -1 ? 0x5f3759df : h;
    }

    /** {@link #shortText} of {@code v}: the chars of a Latin-1 text of at most 7, else -1. */
    private static long shortTextOf(String v) {
        int n = v.length();
        if (n > SHORT_MAX) return -1;
        long packed = n + 1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c > 0xFF) return -1;
            packed = (packed << 8) | c;
        }
        return packed;
    }

    /**
     * Whether two exact strs have the same text: by {@link #shortText} when both are hashed and
     * one is short (a short text equals only the same short text), else by their chars.
     */
    public static boolean sameText(PyStr a, PyStr b) {
        long x = a.shortText, y = b.shortText;
        if (x > 0 ? y != 0 : y > 0 && x != 0) return x == y;
        // One held in shortText alone: packing the other's chars is cheaper than making its String.
        if (a.text == null || b.text == null) return a.packedChars() == b.packedChars();
        return a.value().equals(b.value());
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyStr o)) return PyNotImplemented.INSTANCE;
        if (op == Ops.EQ) return PyBool.of(sameText(this, o));
        if (op == Ops.NE) return PyBool.of(!sameText(this, o));
        int c = compareCodePoints(value(), o.value());
        return PyBool.of(Ops.cmpResult(c, op));
    }

    /** Compares by code point (Java's compareTo compares UTF-16 units, which differs past the BMP). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override
    public boolean isTrue() {
        return charLength() != 0;
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return cpLength();
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw Exc.typeError("'in <string>' requires string as left operand, not " + item.getType().tpName());
        }
        return value().contains(s.value());
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int n = cpLength();
            long u = sl.unitRange(n);
            if (u >= 0) {
                int lo = (int) (u >>> 32), hi = (int) u;
                if (hi <= lo) return EMPTY;
                // A whole slice of an exact str is the str itself, as in CPython.
                if (hi - lo == n) return exact();
                if (text == null) return shortSlice(lo, hi);
                return isBmp() ? ofBmp(value().substring(lo, hi)) : of(cpSubstring(lo, hi));
            }
            long[] r = sl.indices(n);
            int start = (int) r[0], stop = (int) r[1], step = (int) r[2], len = (int) r[3];
            if (len <= 0) return EMPTY;
            // A whole slice of an exact str is the str itself, as in CPython.
            if (step == 1 && len == n) return exact();
            if (isBmp()) {
                if (step == 1) return ofBmp(value().substring(start, stop));
                String v = value();
                char[] out = new char[len];
                for (int i = 0, j = start; i < len; i++, j += step) out[i] = v.charAt(j);
                return ofBmp(new String(out));
            }
            if (step == 1) return of(cpSubstring(start, stop));
            StringBuilder sb = new StringBuilder(len);
            {
                int[] cps = dev.coroscope.engine.runtime.text.StrOps.codePoints(value());
                for (int i = 0, j = start; i < len; i++, j += step) sb.appendCodePoint(cps[j]);
            }
            return of(sb.toString());
        }
        PyInt idx = key.asIndex();
        if (idx == null) {
            throw Exc.typeError("string indices must be integers, not '" + key.getType().tpName() + "'");
        }
        int n = cpLength();
        long i = idx.longValueOr(Long.MAX_VALUE);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Exc.indexError("string index out of range");
        if (text == null) return shortSlice((int) i, (int) i + 1);
        if (isBmp()) return ofChar(value().charAt((int) i));
        int off = value().offsetByCodePoints(0, (int) i);
        return of(new String(Character.toChars(value().codePointAt(off))));
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new PyIterators.StrIterator(this);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        switch (op) {
            case Ops.ADD:
                if (other instanceof PyStr o) return concat(this, o);
                PyObject r = Ops.reflectedBeforeConcat(this, other);
                if (r != null) return r;
                throw Exc.typeError("can only concatenate str (not \"" + other.getType().tpName() + "\") to str");
            case Ops.MUL: {
                PyInt n = other.asIndex();
                if (n == null) return PyNotImplemented.INSTANCE;
                return repeat(n);
            }
            case Ops.MOD: {
                String text = Formatting.percent(value(), other);
                PyObject whole = other instanceof PyTuple t && t.length() == 1 ? t.items()[0] : other;
                // '%s' % s (one conversion, no other text, neither padded nor cut) is s itself.
                if (whole.getClass() == PyStr.class && oneStrConversion(value()) && text.equals(((PyStr) whole).value())) return whole;
                return new PyStr(text);
            }
            default:
                return PyNotImplemented.INSTANCE;
        }
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == Ops.MUL) {
            PyInt n = other.asIndex();
            if (n == null) return PyNotImplemented.INSTANCE;
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    /** Whether a %-format is one conversion of an argument by str and nothing else ('%s', '%-8s', '%.3s'). */
    private static boolean oneStrConversion(String fmt) {
        int n = fmt.length();
        if (n < 2 || fmt.charAt(0) != '%' || fmt.charAt(n - 1) != 's' || fmt.indexOf('%', 1) >= 0) return false;
        for (int i = 1; i < n - 1; i++) {
            char c = fmt.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == ' ' || c == '#')) return false;
        }
        return true;
    }

    private PyStr repeat(PyInt n) {
        long k = SeqTypes.repeatCount(n);
        if (k <= 0 || value().isEmpty()) return EMPTY;
        if (k == 1) return exact();
        if (k > Long.MAX_VALUE / value().length()) throw Exc.overflowError("repeated string is too long");
        if ((long) value().length() * k > Limits.MAX_STRING) throw Exc.memoryError();
        dev.coroscope.engine.runtime.num.MemoryCap.reserve(value().length() * k);
        return new PyStr(value().repeat((int) k));
    }
}
