package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

/**
 * The hash table behind Python's {@code dict}, with CPython 3.11's compact layout: an entries array
 * in insertion order plus a power-of-two index array probed like CPython's. Iteration follows the
 * entries array, so order is insertion order; deleting a key leaves a hole, and re-inserting it
 * appends it at the end. When the entries array is full (two thirds of the index size) the table
 * is rebuilt for {@code 3 * len} keys with the holes squeezed out, as CPython does, so entry
 * positions (which a dict iterator holds) move exactly when CPython's do.
 *
 * <p>Keys and values are arbitrary non-null objects; the caller supplies each key's hash and a
 * {@link KeyEquality}. Equality callbacks may run Python code and throw; if they change the table the
 * lookup restarts. Updating an existing key keeps the original key object and replaces the value.
 *
 * <p>Contrast with {@link SetTable}: a set's order is its slot order, which depends on the hashes;
 * a dict's order never does.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class DictTable<K, V> {
    private static final int MIN_SIZE = 8;
    private static final int PERTURB_SHIFT = 5;
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private final KeyEquality<? super K> eq;
    private int[] indices;
    /**
     * Entry {@code i}'s key at {@code 2 * i} and value at {@code 2 * i + 1}: a lookup that finds
     * its key reads the value from the same cache line (a large dict's entries are rarely in cache).
     */
    private Object[] kv;
    private long[] hashes;
    /** Entries used so far, holes included. */
    private int nentries;
    /** Entries that may still be appended before a rebuild. */
    private int usable;
    private int used;
    /** Changes on every insertion or deletion, for iterators that must notice mutation. */
    private long version;

    /**
     * The arrays of a table that holds no entry and has none to hand out ({@code usable == 0}):
     * shared and never written, since the first insertion allocates the table's own (8 index
     * slots, as CPython's first insertion into its shared empty keys object does). So the many
     * dicts that stay empty (a function's {@code **kwargs}, a default namespace) allocate no
     * arrays at all.
     */
    private static final int[] NO_INDICES = {EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY};
    private static final Object[] NO_ENTRIES = {};
    private static final long[] NO_HASHES = {};

    public DictTable(KeyEquality<? super K> eq) {
        this.eq = eq;
        empty();
    }

    private void empty() {
        indices = NO_INDICES;
        kv = NO_ENTRIES;
        hashes = NO_HASHES;
        nentries = 0;
        usable = 0;
    }

    private void allocate(int size) {
        indices = new int[size];
        java.util.Arrays.fill(indices, EMPTY);
        int cap = usableFraction(size);
        kv = new Object[2 * cap];
        hashes = new long[cap];
        nentries = 0;
        usable = cap;
    }

    private static int usableFraction(int size) {
        return (size << 1) / 3;
    }

    /** {@code len(d)}. */
    public int size() {
        return used;
    }

    /** A counter that changes whenever keys are added or removed. */
    public long version() {
        return version;
    }

    /** One past the last entry position ever used since the last rebuild. */
    public int end() {
        return nentries;
    }

    /** The first live entry position at or after {@code pos}, or -1 (iteration order). */
    public int next(int pos) {
        for (int i = Math.max(pos, 0); i < nentries; i++) {
            if (kv[2 * i + 1] != null) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public K keyAt(int pos) {
        return (K) kv[2 * pos];
    }

    @SuppressWarnings("unchecked")
    public V valueAt(int pos) {
        return (V) kv[2 * pos + 1];
    }

    public long hashAt(int pos) {
        return hashes[pos];
    }

    /** Replaces the value of the live entry at {@code pos} (not a structural change). */
    public void setValueAt(int pos, V value) {
        kv[2 * pos + 1] = value;
    }

    /** The entry position of {@code key}, or -1. */
    @SuppressWarnings("unchecked")
    public int find(K key, long hash) {
        restart:
        while (true) {
            int[] idx = indices;
            int m = idx.length - 1;
            long perturb = hash;
            int i = (int) (hash & m);
            while (true) {
                int ix = idx[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0) {
                    Object[] ks = kv;
                    Object k = ks[2 * ix];
                    if (k == key) {
                        return ix;
                    }
                    if (hashes[ix] == hash) {
                        boolean same = eq.equal((K) k, key);
                        if (ks != kv || idx != indices || ks[2 * ix] != k) {
                            continue restart;
                        }
                        if (same) {
                            return ix;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + perturb + 1) & m);
            }
        }
    }

    public boolean containsKey(K key, long hash) {
        return find(key, hash) >= 0;
    }

    /** {@code d.get(key)}: the value, or null when absent. */
    @SuppressWarnings("unchecked")
    public V get(K key, long hash) {
        int ix = find(key, hash);
        return ix < 0 ? null : (V) kv[2 * ix + 1];
    }

    /** {@code d[key] = value}; returns the previous value or null. */
    @SuppressWarnings("unchecked")
    public V put(K key, long hash, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int ix = find(key, hash);
        if (ix >= 0) {
            V old = (V) kv[2 * ix + 1];
            kv[2 * ix + 1] = value;
            return old;
        }
        append(key, hash, value);
        return null;
    }

    /**
     * One lookup for a store: the position of {@code key} when present (nothing changed: the
     * caller replaces the value with {@link #setValueAt}, knowing where it is), else -1 after
     * appending the entry.
     */
    public int findOrAppend(K key, long hash, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int ix = find(key, hash);
        if (ix >= 0) {
            return ix;
        }
        append(key, hash, value);
        return -1;
    }

    /** {@code d.setdefault(key, value)}: the present value, or null after appending the entry. */
    @SuppressWarnings("unchecked")
    public V putIfAbsent(K key, long hash, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int ix = find(key, hash);
        if (ix >= 0) {
            return (V) kv[2 * ix + 1];
        }
        append(key, hash, value);
        return null;
    }

    /** CPython 3.11's calculate_log2_keysize(GROWTH_RATE): the index size for {@code 3 * len} keys. */
    private int growthSize() {
        long want = (long) used * 3;
        long bits = 64 - Long.numberOfLeadingZeros(((want | MIN_SIZE) - 1) | (MIN_SIZE - 1));
        if (bits > 29) {
            throw new PythonError("MemoryError", "");
        }
        // Index slots, then keys, hashes and values for two thirds of them.
        MemoryCap.reserve(1L << bits, 4 + 16);
        return 1 << bits;
    }

    private int emptySlot(long hash) {
        int m = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & m);
        while (indices[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & m);
        }
        return i;
    }

    private void resize(int size) {
        Object[] oldKv = kv;
        long[] oldHashes = hashes;
        int oldN = nentries;
        allocate(size);
        int n = 0;
        for (int i = 0; i < oldN; i++) {
            if (oldKv[2 * i + 1] != null) {
                kv[2 * n] = oldKv[2 * i];
                kv[2 * n + 1] = oldKv[2 * i + 1];
                hashes[n] = oldHashes[i];
                indices[emptySlot(hashes[n])] = n;
                n++;
            }
        }
        nentries = n;
        usable -= n;
    }

    /** {@code del d[key]} / {@code d.pop(key)}: the removed value, or null when absent. */
    @SuppressWarnings("unchecked")
    public V remove(K key, long hash) {
        int ix = find(key, hash);
        if (ix < 0) {
            return null;
        }
        V old = (V) kv[2 * ix + 1];
        removeEntry(ix);
        return old;
    }

    private void removeEntry(int ix) {
        int m = indices.length - 1;
        long hash = hashes[ix];
        long perturb = hash;
        int i = (int) (hash & m);
        while (indices[i] != ix) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & m);
        }
        indices[i] = DUMMY;
        kv[2 * ix] = null;
        kv[2 * ix + 1] = null;
        used--;
        version++;
    }

    /**
     * {@code d.popitem()}: the position of the last live entry, which the caller reads with
     * {@link #keyAt}/{@link #valueAt} before calling {@link #removeLast(int)}. Raises CPython's
     * KeyError when empty.
     */
    public int lastEntry() {
        if (used == 0) {
            throw new PythonError("KeyError", "popitem(): dictionary is empty");
        }
        int i = nentries - 1;
        while (kv[2 * i + 1] == null) {
            i--;
        }
        return i;
    }

    /** Removes the entry found by {@link #lastEntry()}; the next insertion reuses its position. */
    public void removeLast(int pos) {
        removeEntry(pos);
        nentries = pos;
    }

    /** {@code d.clear()}. */
    public void clear() {
        empty();
        used = 0;
        version++;
    }

    /** {@code d.copy()}: same keys, values and order. */
    public DictTable<K, V> copy() {
        DictTable<K, V> d = new DictTable<>(eq);
        for (int i = next(0); i >= 0; i = next(i + 1)) {
            d.append(keyAt(i), hashes[i], valueAt(i));
        }
        return d;
    }

    /** Appends a key known to be absent, growing the table first when no entry is usable. */
    private void append(K key, long hash, V value) {
        if (usable <= 0) {
            if (kv == NO_ENTRIES) {
                allocate(MIN_SIZE);
            } else {
                resize(growthSize());
            }
        }
        indices[emptySlot(hash)] = nentries;
        kv[2 * nentries] = key;
        kv[2 * nentries + 1] = value;
        hashes[nentries] = hash;
        nentries++;
        usable--;
        used++;
        version++;
    }
}
