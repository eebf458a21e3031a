package dev.coroscope.engine.runtime;

/**
 * The sort {@code list.sort} runs when ordering the keys needs Python's {@code <}: CPython 3.11's
 * adaptive merge sort as its design notes ({@code Objects/listsort.txt}) describe it, step for
 * step. Natural runs (non-descending, or strictly descending and then reversed) are found left to
 * right; a short run is extended to the minimum run length by binary insertion; the pending runs
 * are merged as powersort's node powers order them (3.11), and the rest at the end; a merge first
 * trims what is already in place at either end by galloping, then copies the smaller run aside
 * and merges from its side, switching to galloping while one run keeps winning (the threshold
 * adapts over the whole sort).
 *
 * <p>Why the same steps and not just any stable sort: a program sees every comparison (a {@code
 * __lt__} that counts or prints, a key that raises after a while), so it must be asked the same
 * comparisons in the same order, and a comparison that raises must leave the list as CPython
 * leaves it. Galloping also asks far fewer comparisons on data with structure (a period, many
 * equal keys), each a Python call when {@code __lt__} is Python code.
 *
 * <p>Invariants: {@code keys} and {@code vals} move in step ({@code vals == keys} without a key
 * function); when a comparison raises, every merge in progress copies its aside run back first,
 * so both arrays always hold a permutation of what they held. Runs on the pending stack are
 * adjacent, left to right, and cover everything scanned so far.
 */
final class ListSort {
    /** Wins in a row after which a merge starts galloping (its starting value; it adapts). */
    private static final int MIN_GALLOP = 7;

    private final PyObject[] keys;
    private final PyObject[] vals;
    /** Whether vals is a separate array (a key function was given). */
    private final boolean pairs;
    private final int length;
    private int minGallop = MIN_GALLOP;
    private boolean descending;

    /** The pending runs: start, length, and the power of the boundary after each (powersort). */
    private final int[] runStart = new int[64];
    private final int[] runLength = new int[64];
    private final int[] runPower = new int[64];
    private int runs;

    /** Where a merge keeps the run it copied aside. */
    private PyObject[] asideKeys = new PyObject[0];
    private PyObject[] asideVals = new PyObject[0];

    ListSort(PyObject[] keys, PyObject[] vals) {
        this.keys = keys;
        this.vals = vals;
        this.pairs = keys != vals;
        this.length = keys.length;
    }

    private static boolean lt(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return ((PyInt) a).v < ((PyInt) b).v;
        }
        if (a.getClass() == b.getClass() && (a instanceof PyList || a instanceof PyTuple) && Ops.nests(a)) {
            return Ops.sortLt(a, b);
        }
        return Ops.lt(a, b);
    }

    void sort() {
        int remaining = length;
        if (remaining < 2) return;
        int minRun = minRun(remaining);
        int lo = 0;
        while (remaining > 0) {
            int n = countRun(lo, lo + remaining);
            if (descending) reverse(lo, lo + n);
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binaryInsertion(lo, lo + force, lo + n);
                n = force;
            }
            mergeBefore(n);
            runStart[runs] = lo;
            runLength[runs] = n;
            runs++;
            lo += n;
            remaining -= n;
        }
        while (runs > 1) {
            int i = runs - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) i--;
            mergeAt(i);
        }
    }

    /**
     * The length below which a run is extended by insertion: {@code n} itself when small, else
     * between 32 and 64, chosen so that {@code n / minRun} is a power of two or just below one.
     */
    static int minRun(int n) {
        int lost = 0;
        while (n >= 64) {
            lost |= n & 1;
            n >>= 1;
        }
        return n + lost;
    }

    /** The length of the run starting at {@code lo} (before {@code hi}); sets {@link #descending}. */
    private int countRun(int lo, int hi) {
        descending = false;
        if (lo + 1 == hi) return 1;
        int i = lo + 2;
        if (lt(keys[lo + 1], keys[lo])) {
            descending = true;
            while (i < hi && lt(keys[i], keys[i - 1])) i++;
        } else {
            while (i < hi && !lt(keys[i], keys[i - 1])) i++;
        }
        return i - lo;
    }

    private void reverse(int from, int to) {
        for (int a = from, b = to - 1; a < b; a++, b--) {
            PyObject t = keys[a];
            keys[a] = keys[b];
            keys[b] = t;
            if (pairs) {
                t = vals[a];
                vals[a] = vals[b];
                vals[b] = t;
            }
        }
    }

    /** Extends the sorted {@code [lo, sorted)} to {@code [lo, hi)}, each item placed after its equals. */
    private void binaryInsertion(int lo, int hi, int sorted) {
        if (sorted == lo) sorted++;
        for (int i = sorted; i < hi; i++) {
            PyObject pivot = keys[i];
            int left = lo, right = i;
            do {
                int mid = left + ((right - left) >> 1);
                if (lt(pivot, keys[mid])) right = mid;
                else left = mid + 1;
            } while (left < right);
            System.arraycopy(keys, left, keys, left + 1, i - left);
            keys[left] = pivot;
            if (pairs) {
                PyObject v = vals[i];
                System.arraycopy(vals, left, vals, left + 1, i - left);
                vals[left] = v;
            }
        }
    }

    /**
     * A new run of {@code n} items follows the top pending run: the pending runs whose boundary is
     * deeper in powersort's tree than the new boundary are merged first.
     */
    private void mergeBefore(int n) {
        if (runs == 0) return;
        int power = power(runStart[runs - 1], runLength[runs - 1], n, length);
        while (runs > 1 && runPower[runs - 2] > power) mergeAt(runs - 2);
        runPower[runs - 1] = power;
    }

    /**
     * Powersort's power of the boundary between a run at {@code start} of length {@code n1} and the
     * next of length {@code n2}, in a list of {@code n}: the first bit where the binary fractions of
     * the two runs' midpoints (relative to {@code n}) differ.
     */
    static int power(int start, int n1, int n2, int n) {
        long a = 2L * start + n1;
        long b = a + n1 + n2;
        int bits = 0;
        for (;;) {
            bits++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                return bits;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    /** Merges pending runs {@code i} and {@code i + 1}. */
    private void mergeAt(int i) {
        int a = runStart[i], na = runLength[i];
        int b = runStart[i + 1], nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == runs - 3) {
            runStart[i + 1] = runStart[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        runs--;
        // Items of the first run not greater than the second's first are in place already, and
        // so are items of the second run not less than the first's last.
        int k = gallopRight(keys[b], keys, a, na, 0);
        a += k;
        na -= k;
        if (na == 0) return;
        nb = gallopLeft(keys[a + na - 1], keys, b, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLow(a, na, b, nb);
        else mergeHigh(a, na, b, nb);
    }

    private void aside(int n) {
        if (asideKeys.length < n) {
            int size = Math.max(n, Math.min(length, asideKeys.length * 2));
            asideKeys = new PyObject[size];
            if (pairs) asideVals = new PyObject[size];
        }
    }

    /**
     * Merges {@code [a, a+na)} and {@code [b, b+nb)} ({@code b == a + na}, {@code na <= nb}, the
     * second's first item belongs first and the first's last belongs last) from the left, the first
     * run copied aside.
     */
    private void mergeLow(int a, int na, int b, int nb) {
        aside(na);
        PyObject[] tk = asideKeys, tv = asideVals;
        System.arraycopy(keys, a, tk, 0, na);
        if (pairs) System.arraycopy(vals, a, tv, 0, na);
        int dest = a, ia = 0, ib = b;
        keys[dest] = keys[ib];
        if (pairs) vals[dest] = vals[ib];
        dest++;
        ib++;
        nb--;
        boolean lastOfFirst = false;
        try {
            merge:
            {
                if (nb == 0) break merge;
                if (na == 1) {
                    lastOfFirst = true;
                    break merge;
                }
                int gallopAt = minGallop;
                for (;;) {
                    int winsA = 0, winsB = 0;
                    for (;;) {
                        if (lt(keys[ib], tk[ia])) {
                            keys[dest] = keys[ib];
                            if (pairs) vals[dest] = vals[ib];
                            dest++;
                            ib++;
                            winsB++;
                            winsA = 0;
                            if (--nb == 0) break merge;
                            if (winsB >= gallopAt) break;
                        } else {
                            keys[dest] = tk[ia];
                            if (pairs) vals[dest] = tv[ia];
                            dest++;
                            ia++;
                            winsA++;
                            winsB = 0;
                            if (--na == 1) {
                                lastOfFirst = true;
                                break merge;
                            }
                            if (winsA >= gallopAt) break;
                        }
                    }
                    gallopAt++;
                    do {
                        if (gallopAt > 1) gallopAt--;
                        minGallop = gallopAt;
                        int k = gallopRight(keys[ib], tk, ia, na, 0);
                        winsA = k;
                        if (k != 0) {
                            System.arraycopy(tk, ia, keys, dest, k);
                            if (pairs) System.arraycopy(tv, ia, vals, dest, k);
                            dest += k;
                            ia += k;
                            na -= k;
                            if (na == 1) {
                                lastOfFirst = true;
                                break merge;
                            }
                            // Only an inconsistent __lt__ gets here with nothing left.
                            if (na == 0) break merge;
                        }
                        keys[dest] = keys[ib];
                        if (pairs) vals[dest] = vals[ib];
                        dest++;
                        ib++;
                        if (--nb == 0) break merge;
                        k = gallopLeft(tk[ia], keys, ib, nb, 0);
                        winsB = k;
                        if (k != 0) {
                            System.arraycopy(keys, ib, keys, dest, k);
                            if (pairs) System.arraycopy(vals, ib, vals, dest, k);
                            dest += k;
                            ib += k;
                            nb -= k;
                            if (nb == 0) break merge;
                        }
                        keys[dest] = tk[ia];
                        if (pairs) vals[dest] = tv[ia];
                        dest++;
                        ia++;
                        if (--na == 1) {
                            lastOfFirst = true;
                            break merge;
                        }
                    } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
                    gallopAt++;
                    minGallop = gallopAt;
                }
            }
        } catch (RuntimeException | Error e) {
            putBack(tk, tv, ia, dest, na);
            throw e;
        }
        if (lastOfFirst) {
            // The rest of the second run, then the first run's last item.
            System.arraycopy(keys, ib, keys, dest, nb);
            keys[dest + nb] = tk[ia];
            if (pairs) {
                System.arraycopy(vals, ib, vals, dest, nb);
                vals[dest + nb] = tv[ia];
            }
        } else {
            putBack(tk, tv, ia, dest, na);
        }
    }

    /**
     * Merges {@code [a, a+na)} and {@code [b, b+nb)} ({@code b == a + na}, {@code na > nb}, same
     * preconditions as {@link #mergeLow}) from the right, the second run copied aside.
     */
    private void mergeHigh(int a, int na, int b, int nb) {
        aside(nb);
        PyObject[] tk = asideKeys, tv = asideVals;
        System.arraycopy(keys, b, tk, 0, nb);
        if (pairs) System.arraycopy(vals, b, tv, 0, nb);
        int firstA = a;
        int dest = b + nb - 1, ia = a + na - 1, ib = nb - 1;
        keys[dest] = keys[ia];
        if (pairs) vals[dest] = vals[ia];
        dest--;
        ia--;
        na--;
        boolean firstOfSecond = false;
        try {
            merge:
            {
                if (na == 0) break merge;
                if (nb == 1) {
                    firstOfSecond = true;
                    break merge;
                }
                int gallopAt = minGallop;
                for (;;) {
                    int winsA = 0, winsB = 0;
                    for (;;) {
                        if (lt(tk[ib], keys[ia])) {
                            keys[dest] = keys[ia];
                            if (pairs) vals[dest] = vals[ia];
                            dest--;
                            ia--;
                            winsA++;
                            winsB = 0;
                            if (--na == 0) break merge;
                            if (winsA >= gallopAt) break;
                        } else {
                            keys[dest] = tk[ib];
                            if (pairs) vals[dest] = tv[ib];
                            dest--;
                            ib--;
                            winsB++;
                            winsA = 0;
                            if (--nb == 1) {
                                firstOfSecond = true;
                                break merge;
                            }
                            if (winsB >= gallopAt) break;
                        }
                    }
                    gallopAt++;
                    do {
                        if (gallopAt > 1) gallopAt--;
                        minGallop = gallopAt;
                        int k = na - gallopRight(tk[ib], keys, firstA, na, na - 1);
                        winsA = k;
                        if (k != 0) {
                            dest -= k;
                            ia -= k;
                            System.arraycopy(keys, ia + 1, keys, dest + 1, k);
                            if (pairs) System.arraycopy(vals, ia + 1, vals, dest + 1, k);
                            na -= k;
                            if (na == 0) break merge;
                        }
                        keys[dest] = tk[ib];
                        if (pairs) vals[dest] = tv[ib];
                        dest--;
                        ib--;
                        if (--nb == 1) {
                            firstOfSecond = true;
                            break merge;
                        }
                        k = nb - gallopLeft(keys[ia], tk, 0, nb, nb - 1);
                        winsB = k;
                        if (k != 0) {
                            dest -= k;
                            ib -= k;
                            System.arraycopy(tk, ib + 1, keys, dest + 1, k);
                            if (pairs) System.arraycopy(tv, ib + 1, vals, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                firstOfSecond = true;
                                break merge;
                            }
                            // Only an inconsistent __lt__ gets here with nothing left.
                            if (nb == 0) break merge;
                        }
                        keys[dest] = keys[ia];
                        if (pairs) vals[dest] = vals[ia];
                        dest--;
                        ia--;
                        if (--na == 0) break merge;
                    } while (winsA >= MIN_GALLOP || winsB >= MIN_GALLOP);
                    gallopAt++;
                    minGallop = gallopAt;
                }
            }
        } catch (RuntimeException | Error e) {
            putBack(tk, tv, 0, dest - (nb - 1), nb);
            throw e;
        }
        if (firstOfSecond) {
            // The rest of the first run, then the second run's first item before it.
            dest -= na;
            ia -= na;
            System.arraycopy(keys, ia + 1, keys, dest + 1, na);
            keys[dest] = tk[ib];
            if (pairs) {
                System.arraycopy(vals, ia + 1, vals, dest + 1, na);
                vals[dest] = tv[ib];
            }
        } else {
            putBack(tk, tv, 0, dest - (nb - 1), nb);
        }
    }

    /** Copies {@code n} items aside from {@code from} back into the arrays at {@code dest}. */
    private void putBack(PyObject[] tk, PyObject[] tv, int from, int dest, int n) {
        if (n <= 0) return;
        System.arraycopy(tk, from, keys, dest, n);
        if (pairs) System.arraycopy(tv, from, vals, dest, n);
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base, base+n)}, before any equal items: the
     * {@code k} with {@code a[base+k-1] < key <= a[base+k]}. The search starts at offset {@code
     * hint} and widens exponentially (1, 3, 7, ...) before a binary search.
     */
    private static int gallopLeft(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(a[base + hint], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs && lt(a[base + hint + ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !lt(a[base + hint - ofs], key)) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(a[base + m], key)) lastOfs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /**
     * Where {@code key} goes in the sorted {@code a[base, base+n)}, after any equal items: the
     * {@code k} with {@code a[base+k-1] <= key < a[base+k]}; searched as {@link #gallopLeft}.
     */
    private static int gallopRight(PyObject key, PyObject[] a, int base, int n, int hint) {
        int lastOfs = 0, ofs = 1;
        if (lt(key, a[base + hint])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && lt(key, a[base + hint - ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs && !lt(key, a[base + hint + ofs])) {
                lastOfs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxOfs;
            }
            if (ofs > maxOfs) ofs = maxOfs;
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (lt(key, a[base + m])) ofs = m;
            else lastOfs = m + 1;
        }
        return ofs;
    }
}
