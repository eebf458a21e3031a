package dev.coroscope.engine.runtime;

/**
 * {@code sys.getsizeof}: the sizes CPython 3.11 (64-bit) reports for the objects a learner
 * measures (numbers, strings, bytes, tuples, lists, dicts, ranges, generators), computed from
 * the object's length and content as CPython lays them out. Values measured with python3.
 */
public final class SizeOf {
    private SizeOf() {}

    /** The size in bytes, or -1 when this object has no modelled size. */
    public static long of(PyObject o) {
        if (o == PyNone.INSTANCE) return 16;
        if (o instanceof PyBool) return 28;
        Class<?> c = o.getClass();
        if (c == PyInt.class) return intSize((PyInt) o);
        if (c == PyFloat.class) return 24;
        if (c == PyComplex.class) return 32;
        if (c == PyStr.class) return strSize(((PyStr) o).value());
        if (c == PyBytes.class) return 33 + ((PyBytes) o).length();
        if (c == PyTuple.class) return 40 + 8L * ((PyTuple) o).size();
        if (c == PyRange.class) return 48;
        if (c == PyList.class) return listSize((PyList) o);
        if (c == PyDict.class) return dictSize((PyDict) o);
        if (o instanceof PyGenBase g && g.frame != null) {
            // The frame lives in the generator: its locals and value stack (CPython's stack depth
            // is one less than the engine's for these code objects).
            PyCode code = g.frame.code;
            return 168 + 8L * (code.localsplusNames.length + Math.max(1, code.stacksize - 1));
        }
        return -1;
    }

    /** An int: a header and 30-bit digits (zero has one digit's room too). */
    private static long intSize(PyInt i) {
        long bits = i.isBig() ? i.toBig().abs().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(i.v));
        if (!i.isBig() && i.v == Long.MIN_VALUE) bits = 64;
        long digits = Math.max(1, (bits + 29) / 30);
        return 24 + 4 * digits;
    }

    /** A str: ASCII, Latin-1, two- or four-byte characters, as its widest character needs. */
    private static long strSize(String s) {
        int max = 0, n = 0;
        for (int i = 0; i < s.length(); n++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp > max) max = cp;
        }
        if (max < 128) return 49 + n;
        if (max < 256) return 73 + n;
        if (max < 0x10000) return 74 + 2L * n;
        return 76 + 4L * n;
    }

    /**
     * A list: 56 bytes and a slot per allocated item. One built at its size is exact; one that
     * grew by appends has the room CPython's growth pattern leaves at that length.
     */
    private static long listSize(PyList l) {
        int n = l.size();
        if (n == 0) return 56;
        if (!l.grown) return 56 + 8L * n;
        long allocated = 0;
        for (long size = 1; size <= n; size++) {
            if (size > allocated) allocated = (size + (size >> 3) + 6) & ~3L;
        }
        return 56 + 8L * allocated;
    }

    /**
     * A dict: 64 bytes and, unless empty, its keys table: the smallest power-of-two table whose
     * usable two thirds hold the items, its index bytes and entries (16 bytes when every key is a
     * str, else 24).
     */
    private static long dictSize(PyDict d) {
        int n = d.size();
        if (n == 0) return 64;
        long size = 8;
        while (size * 2 / 3 < n) size <<= 1;
        long usable = size * 2 / 3;
        int log2 = Long.numberOfTrailingZeros(size);
        long indexBytes = log2 <= 7 ? 1 : log2 <= 15 ? 2 : log2 <= 31 ? 4 : 8;
        boolean strKeys = true;
        for (PyObject k : d.keyList()) {
            if (k.getClass() != PyStr.class) {
                strKeys = false;
                break;
            }
        }
        return 64 + 32 + indexBytes * size + usable * (strKeys ? 16 : 24);
    }
}
