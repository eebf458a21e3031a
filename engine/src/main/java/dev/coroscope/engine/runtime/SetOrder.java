package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The order in which CPython would iterate a set: its elements are placed, in insertion order,
 * into a simulated CPython set table (linear probes of 9, perturbation, growth at 3/5 full), and
 * read back slot by slot. Stand-in until the hash table of {@code runtime.num} is wired in; it
 * matches CPython whenever no element was removed since the set was built.
 */
final class SetOrder {
    private SetOrder() {}

    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    static List<PyObject> order(Collection<PyObject> items) {
        int n = items.size();
        if (n <= 1) return new ArrayList<>(items);
        int size = 8;
        PyObject[] keys = new PyObject[size];
        long[] hashes = new long[size];
        int fill = 0;
        for (PyObject o : items) {
            long h = Ops.hash(o);
            insert(keys, hashes, size - 1, o, h);
            fill++;
            if ((long) fill * 5 >= (long) (size - 1) * 3) {
                int minused = fill > 50000 ? fill * 2 : fill * 4;
                int newSize = 8;
                while (newSize <= minused) newSize <<= 1;
                PyObject[] nk = new PyObject[newSize];
                long[] nh = new long[newSize];
                for (int i = 0; i < size; i++) {
                    if (keys[i] != null) insert(nk, nh, newSize - 1, keys[i], hashes[i]);
                }
                keys = nk;
                hashes = nh;
                size = newSize;
            }
        }
        List<PyObject> out = new ArrayList<>(n);
        for (PyObject k : keys) if (k != null) out.add(k);
        return out;
    }

    private static void insert(PyObject[] keys, long[] hashes, int mask, PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
