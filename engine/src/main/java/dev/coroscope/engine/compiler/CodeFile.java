package dev.coroscope.engine.compiler;

import dev.coroscope.engine.runtime.PyBool;
import dev.coroscope.engine.runtime.PyBytes;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyComplex;
import dev.coroscope.engine.runtime.PyEllipsis;
import dev.coroscope.engine.runtime.PyFloat;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PySet;
import dev.coroscope.engine.runtime.PyTuple;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A compiled module as bytes, and back: the format of the compiled-library cache
 * ({@link LibraryCache}). Reading a module's code objects this way costs a fraction of lexing,
 * parsing and compiling its source, which every fresh engine process otherwise pays for each
 * bundled module it imports.
 *
 * <p>Invariant: {@code read(write(c, ...), ...)} is a code object equal to {@code c} in every
 * field, with the same sharing: an object reachable twice from {@code c} is one object in the
 * copy, an interned str stays the interned instance ({@link PyStr#intern}), and ints, empty
 * tuples and the singletons come from the same factories the compiler uses. So the VM cannot
 * tell a cached module from a compiled one ({@code LibraryCacheTest} checks every bundled module
 * field by field).
 *
 * <p>Layout: a header (magic, {@link #VERSION}, the stamp of the compiler that wrote it, the
 * source's length and CRC-32), a table of distinct strings, then the constant objects in an
 * order where every object comes after the objects it refers to; the last one is the module's
 * code. Numbers are unsigned LEB128 varints (zigzag for values that may be negative; positions
 * as differences, which are mostly 0 or small). {@link #read} answers null, never throws, for
 * anything it cannot vouch for: other magic or version, a different source, a different compiler
 * stamp, truncated or malformed bytes.
 */
public final class CodeFile {
    private CodeFile() {}

    /** Changed whenever the layout changes; files of another version are ignored. */
    static final int VERSION = 2;
    private static final int MAGIC = 0x43534331; // "CSC1"

    private static final int T_NONE = 0, T_ELLIPSIS = 1, T_TRUE = 2, T_FALSE = 3, T_INT = 4, T_BIGINT = 5,
            T_FLOAT = 6, T_COMPLEX = 7, T_STR = 8, T_STR_INTERNED = 9, T_BYTES = 10, T_TUPLE = 11, T_CODE = 12,
            T_FROZENSET = 13;

    /** CRC-32 of {@code bytes}. */
    public static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes, 0, bytes.length);
        return c.getValue();
    }

    // ---- writing ---------------------------------------------------------------------------------------

    /**
     * The file for {@code module}, compiled from {@code source} by a compiler whose stamp is
     * {@code compilerStamp}.
     */
    public static byte[] write(PyCode module, byte[] source, long compilerStamp) {
        Writer w = new Writer();
        w.object(module);
        Out head = new Out();
        head.fixed32(MAGIC);
        head.fixed32(VERSION);
        head.fixed64(compilerStamp);
        head.varint(source.length);
        head.fixed64(crc(source));
        head.varint(w.strings.size());
        for (String s : w.strings) head.string(s);
        head.varint(w.count);
        head.bytes(w.out.buf, 0, w.out.len);
        return Arrays.copyOf(head.buf, head.len);
    }

    private static final class Writer {
        final Out out = new Out();
        final List<String> strings = new ArrayList<>();
        final Map<String, Integer> stringIndex = new HashMap<>();
        final IdentityHashMap<PyObject, Integer> written = new IdentityHashMap<>();
        int count;

        int string(String s) {
            Integer i = stringIndex.get(s);
            if (i != null) return i;
            int k = strings.size();
            strings.add(s);
            stringIndex.put(s, k);
            return k;
        }

        /** Writes {@code o} (after what it refers to) unless written already; returns its index. */
        int object(PyObject o) {
            Integer done = written.get(o);
            if (done != null) return done;
            if (o instanceof PyTuple t) {
                sequence(T_TUPLE, t.items());
            } else if (o instanceof PySet fs && fs.constantSource() != null) {
                sequence(T_FROZENSET, fs.constantSource());
            } else if (o instanceof PyCode c) {
                code(c);
            } else {
                scalar(o);
            }
            int k = count++;
            written.put(o, k);
            return k;
        }

        /** A tuple or folded frozenset: its items first, then the tag and their indices. */
        private void sequence(int tag, PyObject[] items) {
            int[] refs = new int[items.length];
            for (int i = 0; i < items.length; i++) refs[i] = object(items[i]);
            out.varint(tag);
            out.varint(refs.length);
            for (int r : refs) out.varint(r);
        }

        private void scalar(PyObject o) {
            if (o == PyNone.INSTANCE) {
                out.varint(T_NONE);
            } else if (o == PyEllipsis.INSTANCE) {
                out.varint(T_ELLIPSIS);
            } else if (o == PyBool.TRUE) {
                out.varint(T_TRUE);
            } else if (o == PyBool.FALSE) {
                out.varint(T_FALSE);
            } else if (o.getClass() == PyInt.class) {
                PyInt i = (PyInt) o;
                if (i.isBig()) {
                    byte[] b = i.toBig().toByteArray();
                    out.varint(T_BIGINT);
                    out.varint(b.length);
                    out.bytes(b, 0, b.length);
                } else {
                    out.varint(T_INT);
                    out.zigzag(i.v);
                }
            } else if (o.getClass() == PyFloat.class) {
                out.varint(T_FLOAT);
                out.fixed64(Double.doubleToRawLongBits(((PyFloat) o).value));
            } else if (o.getClass() == PyComplex.class) {
                PyComplex c = (PyComplex) o;
                out.varint(T_COMPLEX);
                out.fixed64(Double.doubleToRawLongBits(c.real));
                out.fixed64(Double.doubleToRawLongBits(c.imag));
            } else if (o.getClass() == PyStr.class) {
                PyStr s = (PyStr) o;
                // Interning here has no effect on the VM: this runs at build time (or in tests).
                out.varint(PyStr.intern(s.value()) == s ? T_STR_INTERNED : T_STR);
                out.varint(string(s.value()));
            } else if (o.getClass() == PyBytes.class) {
                byte[] b = ((PyBytes) o).data;
                out.varint(T_BYTES);
                out.varint(b.length);
                out.bytes(b, 0, b.length);
            } else {
                throw new IllegalArgumentException("no file form for a constant of type " + o.getClass().getName());
            }
        }

        private void code(PyCode c) {
            int[] consts = refs(c.consts);
            int[] names = refs(c.names);
            int[] slots = refs(c.localsplusNames);
            out.varint(T_CODE);
            out.varint(c.code.length);
            for (int insn : c.code) out.varint(insn);
            out.varint(consts.length);
            for (int r : consts) out.varint(r);
            out.varint(names.length);
            for (int r : names) out.varint(r);
            out.varint(slots.length);
            for (int r : slots) out.varint(r);
            out.varint(c.nvarnames);
            out.varint(c.ncells);
            out.varint(c.nfrees);
            for (boolean b : c.isCell) out.varint(b ? 1 : 0);
            out.varint(c.argcount);
            out.varint(c.posonlyargcount);
            out.varint(c.kwonlyargcount);
            out.varint(c.flags);
            out.varint(string(c.name));
            out.varint(string(c.qualname));
            out.varint(string(c.filename));
            out.zigzag(c.firstlineno);
            int prevLine = c.firstlineno;
            for (int i = 0; i < c.code.length; i++) {
                out.zigzag(c.lines[i] - prevLine);
                prevLine = c.lines[i];
                out.zigzag(c.cols[i]);
                out.zigzag(c.endLines[i] - c.lines[i]);
                out.zigzag(c.endCols[i]);
                out.varint(c.lineKind[i]);
            }
            out.varint(c.excStart.length);
            for (int i = 0; i < c.excStart.length; i++) {
                out.varint(c.excStart[i]);
                out.varint(c.excEnd[i]);
                out.varint(c.excTarget[i]);
                out.varint(c.excDepth[i]);
            }
            out.varint(c.stacksize);
            out.varint(c.library ? 1 : 0);
            out.varint(c.kwnames.length);
            for (String[] kw : c.kwnames) {
                out.varint(kw.length);
                for (String s : kw) out.varint(string(s));
            }
        }

        private int[] refs(PyObject[] objs) {
            int[] r = new int[objs.length];
            for (int i = 0; i < objs.length; i++) r[i] = object(objs[i]);
            return r;
        }
    }

    /** A growable byte buffer with the encodings of the format. */
    private static final class Out {
        byte[] buf = new byte[4096];
        int len;

        void ensure(int n) {
            if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }

        void varint(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[len++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[len++] = (byte) v;
        }

        void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void fixed32(int v) {
            ensure(4);
            for (int i = 3; i >= 0; i--) buf[len++] = (byte) (v >>> (8 * i));
        }

        void fixed64(long v) {
            fixed32((int) (v >>> 32));
            fixed32((int) v);
        }

        void bytes(byte[] b, int off, int n) {
            ensure(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        /** ASCII text as its bytes (the common case, decoded in bulk); other text char by char. */
        void string(String s) {
            boolean ascii = true;
            for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 0x80;
            varint((long) s.length() << 1 | (ascii ? 0 : 1));
            if (ascii) {
                byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
                bytes(b, 0, b.length);
            } else {
                for (int i = 0; i < s.length(); i++) varint(s.charAt(i));
            }
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /**
     * The module code stored in {@code file}, or null unless the file is of this version, was
     * written from exactly {@code source} for {@code filename}, and (when {@code compilerStamp} is
     * not 0) by a compiler with that stamp.
     */
    public static PyCode read(byte[] file, byte[] source, String filename, long compilerStamp) {
        try {
            In in = new In(file);
            if (in.fixed32() != MAGIC || in.fixed32() != VERSION) return null;
            long stamp = in.fixed64();
            if (compilerStamp != 0 && stamp != compilerStamp) return null;
            if (in.varint() != source.length || in.fixed64() != crc(source)) return null;
            String[] strings = new String[in.count()];
            for (int i = 0; i < strings.length; i++) strings[i] = in.string();
            PyObject[] objects = new PyObject[in.count()];
            for (int i = 0; i < objects.length; i++) objects[i] = readObject(in, strings, objects, i);
            if (in.pos != file.length || objects.length == 0) return null;
            if (!(objects[objects.length - 1] instanceof PyCode module) || !module.filename.equals(filename)) return null;
            return module;
        } catch (RuntimeException e) {
            // Truncated or malformed (an index out of range, a negative count): not this format.
            return null;
        }
    }

    private static PyObject readObject(In in, String[] strings, PyObject[] objects, int limit) {
        int tag = in.varint();
        switch (tag) {
            case T_NONE: return PyNone.INSTANCE;
            case T_ELLIPSIS: return PyEllipsis.INSTANCE;
            case T_TRUE: return PyBool.TRUE;
            case T_FALSE: return PyBool.FALSE;
            case T_INT: return PyInt.of(in.zigzag());
            case T_BIGINT: return PyInt.of(new BigInteger(in.bytes(in.count())));
            case T_FLOAT: return new PyFloat(Double.longBitsToDouble(in.fixed64()));
            case T_COMPLEX: {
                double re = Double.longBitsToDouble(in.fixed64());
                return new PyComplex(re, Double.longBitsToDouble(in.fixed64()));
            }
            case T_STR: return new PyStr(strings[in.varint()]);
            case T_STR_INTERNED: return PyStr.intern(strings[in.varint()]);
            case T_BYTES: return PyBytes.of(in.bytes(in.count()));
            case T_TUPLE: return PyTuple.of(refs(in, objects, limit));
            case T_FROZENSET: return PySet.foldedConstant(refs(in, objects, limit));
            case T_CODE: return readCode(in, strings, objects, limit);
            default: throw new IllegalArgumentException("unknown tag");
        }
    }

    private static PyObject[] refs(In in, PyObject[] objects, int limit) {
        PyObject[] items = new PyObject[in.count()];
        for (int i = 0; i < items.length; i++) items[i] = ref(in, objects, limit);
        return items;
    }

    private static PyObject ref(In in, PyObject[] objects, int limit) {
        int r = in.varint();
        if (r >= limit) throw new IllegalArgumentException("forward reference");
        return objects[r];
    }

    private static PyStr strRef(In in, PyObject[] objects, int limit) {
        return (PyStr) ref(in, objects, limit);
    }

    private static PyCode readCode(In in, String[] strings, PyObject[] objects, int limit) {
        int n = in.count();
        int[] code = new int[n];
        for (int i = 0; i < n; i++) code[i] = in.varint();
        PyObject[] consts = new PyObject[in.count()];
        for (int i = 0; i < consts.length; i++) consts[i] = ref(in, objects, limit);
        PyStr[] names = new PyStr[in.count()];
        for (int i = 0; i < names.length; i++) names[i] = strRef(in, objects, limit);
        PyStr[] slots = new PyStr[in.count()];
        for (int i = 0; i < slots.length; i++) slots[i] = strRef(in, objects, limit);
        int nvarnames = in.varint();
        int ncells = in.varint();
        int nfrees = in.varint();
        boolean[] isCell = new boolean[slots.length];
        for (int i = 0; i < isCell.length; i++) isCell[i] = in.varint() != 0;
        int argcount = in.varint();
        int posonly = in.varint();
        int kwonly = in.varint();
        int flags = in.varint();
        String name = strings[in.varint()];
        String qualname = strings[in.varint()];
        String filename = strings[in.varint()];
        int firstlineno = (int) in.zigzag();
        int[] lines = new int[n], cols = new int[n], endLines = new int[n], endCols = new int[n];
        byte[] lineKind = new byte[n];
        int prevLine = firstlineno;
        for (int i = 0; i < n; i++) {
            lines[i] = prevLine += (int) in.zigzag();
            cols[i] = (int) in.zigzag();
            endLines[i] = lines[i] + (int) in.zigzag();
            endCols[i] = (int) in.zigzag();
            lineKind[i] = (byte) in.varint();
        }
        int ne = in.count();
        int[] es = new int[ne], ee = new int[ne], et = new int[ne], ed = new int[ne];
        for (int i = 0; i < ne; i++) {
            es[i] = in.varint();
            ee[i] = in.varint();
            et[i] = in.varint();
            ed[i] = in.varint();
        }
        int stacksize = in.varint();
        boolean library = in.varint() != 0;
        PyCode c = new PyCode(code, consts, names, slots, nvarnames, ncells, nfrees, isCell, argcount, posonly, kwonly,
                flags, name, qualname, filename, firstlineno, lines, cols, endLines, endCols, es, ee, et, ed,
                stacksize, library);
        System.arraycopy(lineKind, 0, c.lineKind, 0, n);
        String[][] kwnames = new String[in.count()][];
        for (int i = 0; i < kwnames.length; i++) {
            String[] kw = new String[in.count()];
            for (int j = 0; j < kw.length; j++) kw[j] = strings[in.varint()];
            kwnames[i] = kw;
        }
        c.kwnames = kwnames;
        return c;
    }

    /** Decoding of the encodings {@link Out} writes; out-of-range reads throw (caught in {@link #read}). */
    private static final class In {
        final byte[] buf;
        int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        int varint() {
            long v = varlong();
            if (v < 0 || v > Integer.MAX_VALUE) throw new IllegalArgumentException("varint out of range");
            return (int) v;
        }

        /** A count of things to follow: no more than the bytes left (each takes at least one). */
        int count() {
            int n = varint();
            if (n > buf.length - pos) throw new IllegalArgumentException("count past the end");
            return n;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
            throw new IllegalArgumentException("varint too long");
        }

        long zigzag() {
            long v = varlong();
            return (v >>> 1) ^ -(v & 1);
        }

        int fixed32() {
            int v = 0;
            for (int i = 0; i < 4; i++) v = (v << 8) | (buf[pos++] & 0xFF);
            return v;
        }

        long fixed64() {
            long hi = fixed32() & 0xFFFFFFFFL;
            return hi << 32 | (fixed32() & 0xFFFFFFFFL);
        }

        byte[] bytes(int n) {
            if (n > buf.length - pos) throw new IllegalArgumentException("past the end");
            byte[] b = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return b;
        }

        String string() {
            long h = varlong();
            long n = h >>> 1;
            if (n > buf.length - pos) throw new IllegalArgumentException("string past the end");
            if ((h & 1) == 0) {
                String s = new String(buf, pos, (int) n, StandardCharsets.ISO_8859_1);
                pos += (int) n;
                return s;
            }
            char[] cs = new char[(int) n];
            for (int i = 0; i < cs.length; i++) cs[i] = (char) varint();
            return new String(cs);
        }
    }
}
