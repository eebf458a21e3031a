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
        if (o.getType() == PyType.OBJECT) return 16;
        if (c == PySet.class) return setSize(((PySet) o).size());
        if (c == PyFunction.class) return 152;
        if (c == PyMethod.class) return 64;
        if (c == PyBuiltinFunction.class || c == PyMethodDescriptor.class) return 72;
        if (c == PyInstance.class) {
            // The object header, its slots, then (with a __dict__) a __weakref__ slot and the two
            // words before the object that 3.11 keeps for the dict; else the GC header only.
            PyType t = o.getType();
            return t.instanceDict() ? 56 + 8L * t.slotCount() : 32 + 8L * t.slotCount();
        }
        if (o instanceof PyType t) {
            // A class made by a class statement also counts the shared-key table its instances'
            // dicts start from; one whose instances have no such dict does not.
            if (!t.isHeap()) return 424;
            PyType base = t.builtinBase();
            boolean sharedKeys = t.instanceDict() && !base.isSubtypeOf(Exc.BaseException)
                    && base != PyInt.TYPE && base != PyTuple.TYPE && base != PyBytes.TYPE;
            return sharedKeys ? 1688 : 920;
        }
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
        if (l.sizing == 0) return 56 + 8L * n;
        // From the room it had (allocated in one step, or exactly its items when it first grew),
        // each append past the room reallocates by CPython's growth rule.
        long allocated = l.sizing < 0 ? -l.sizing : l.sizing - 1;
        for (long size = allocated + 1; size <= n; size++) {
            if (size > allocated) allocated = (size + (size >> 3) + 6) & ~3L;
        }
        return 56 + 8L * allocated;
    }

    /**
     * A set or frozenset of n items added one by one: 216 bytes with a table of 8 inside the
     * object; an add that leaves the table three fifths full moves the items to a table of the
     * smallest power of two above four times the items (twice past 50,000), 16 bytes a slot.
     */
    private static long setSize(int n) {
        long table = 8;
        for (long k = 1; k <= n; k++) {
            if (k * 5 >= (table - 1) * 3) {
                long min = k > 50000 ? k * 2 : k * 4;
                table = 8;
                while (table <= min) table <<= 1;
            }
        }
        return table == 8 ? 216 : 216 + 16 * table;
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
