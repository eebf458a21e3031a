package dev.coroscope.engine.runtime.num;

import dev.coroscope.engine.runtime.text.PythonError;

import java.util.Iterator;
import java.util.function.ToLongFunction;

/**
 * The hash table behind Python's {@code set} and {@code frozenset}, laid out and probed exactly as
 * CPython 3.11's {@code setobject.c}, so iteration order ({@code print({5, 3, 10, 1})},
 * {@code list(s)}, {@code s.pop()}) matches CPython's for keys whose hashes match CPython's (ints,
 * floats, bools, tuples of those...).
 *
 * <p>The table: a power-of-two array (8 slots at first) of (key, hash) entries, each empty, active or
 * a dummy left by a deletion. A key's search starts at {@code hash & mask}, looks at up to 9
 * following slots (when they fit before the end), then jumps with {@code i = (i*5 + 1 + perturb) &
 * mask} where {@code perturb} is the hash shifted right by 5 more bits each time. Adding into an empty
 * slot that brings {@code fill*5 >= mask*3} (fill counts dummies) rebuilds the table with room for
 * {@code used*4} keys ({@code used*2} above 50,000), dropping dummies. Iteration walks slots in index
 * order; {@code pop()} scans from a finger left after the previous pop.
 *
 * <p>Keys are arbitrary objects; the caller supplies each key's Python hash and a
 * {@link KeyEquality} callback. Callbacks may run Python code and throw (the exception propagates);
 * if they mutate the table the search restarts, as in CPython.
 *
 * <p>How the VM maps Python operations onto this class (all as CPython 3.11 does):
 * <ul>
 *   <li>{@code {a, b, c}} with any non-constant item (BUILD_SET), set comprehensions, {@code s.add}:
 *       {@link #add} per item in order. A display of three or more constants compiles to
 *       {@code BUILD_SET 0} + {@code SET_UPDATE frozenset(...)}, and CPython's compiler builds that
 *       constant twice: a frozenset from the items in source order, then (when it interns the
 *       constant) a second frozenset by adding the first one's keys in its iteration order. At run
 *       time the second one is {@link #update(SetTable)}d into a new empty table. The order of
 *       {@code {5, 0, -1, 13}} ({@code [0, 5, 13, -1]}) depends on all three steps.</li>
 *   <li>{@code set(x)}, {@code frozenset(x)}, {@code s.update(x)}, {@code s |= x}: {@link #update(SetTable)}
 *       when {@code x} is a set or frozenset, {@link #updateFromDict} when it is exactly a dict,
 *       otherwise {@link #add} per item.</li>
 *   <li>{@code s.copy()}: {@link #copy()}; {@code s | t}, {@code s.union(*others)}: {@link #copy()}
 *       then the updates.</li>
 *   <li>{@code s & t}, {@code s.intersection(x)}: {@link #intersection(SetTable)} or
 *       {@link #intersection(Iterator, ToLongFunction)}; {@code s &= t}, {@code intersection_update}:
 *       compute that and {@link #replaceContents} (the finger stays).</li>
 *   <li>{@code s - t}, {@code difference}: {@link #difference(SetTable)} /
 *       {@link #differenceFromDict}; otherwise {@link #copy()} and
 *       {@link #differenceUpdate(Iterator, ToLongFunction)}; {@code -=}, {@code difference_update}:
 *       {@link #differenceUpdate(SetTable)} or the iterator form.</li>
 *   <li>{@code s ^ t}: build a new table from {@code t} (as for {@code set(t)}), then
 *       {@link #symmetricDifferenceUpdate(SetTable)} with {@code s}; {@code ^=}: that method
 *       directly (an iterable other is first made into a set).</li>
 * </ul>
 *
 * <p>{@link DictTable} is the dict counterpart; a dict iterates in insertion order instead.
 *
 * @param <K> the key type
 */
public final class SetTable<K> {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot (its hash is -1). */
    private static final Object DUMMY = new Object();

    private final KeyEquality<? super K> eq;
    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots. */
    private int used;
    /** Where the next {@link #pop()} starts looking. */
    private long finger;

    public SetTable(KeyEquality<? super K> eq) {
        this.eq = eq;
    }

    /** The number of keys ({@code len(s)}). */
    public int size() {
        return used;
    }

    /** The number of slots; exposed for tests and diagnostics. */
    public int capacity() {
        return mask + 1;
    }

    /**
     * The index of the first active slot at or after {@code pos}, or -1: iterate with
     * {@code for (int i = t.next(0); i >= 0; i = t.next(i + 1))}. A Python set iterator keeps such a
     * position and raises {@code RuntimeError: Set changed size during iteration} when {@link #size()}
     * changed since it started.
     */
    public int next(int pos) {
        for (int i = pos; i <= mask; i++) {
            Object k = keys[i];
            if (k != null && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    public K keyAt(int slot) {
        return (K) keys[slot];
    }

    public long hashAt(int slot) {
        return hashes[slot];
    }

    /** Whether {@code key} is present. */
    public boolean contains(K key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** The slot holding a key equal to {@code key}, or -1. */
    @SuppressWarnings("unchecked")
    private int lookup(K key, long hash) {
        while (true) {
            Object[] table = keys;
            int m = mask;
            long perturb = hash;
            int i = (int) (hash & m);
            boolean restart = false;
            search:
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = table[j];
                    if (k == null && hashes[j] == 0) {
                        return -1;
                    }
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key) {
                            return j;
                        }
                        boolean same = eq.equal((K) k, key);
                        if (table != keys || keys[j] != k) {
                            restart = true;
                            break search;
                        }
                        if (same) {
                            return j;
                        }
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
            if (!restart) {
                return -1;
            }
        }
    }

    /** {@code s.add(key)}; returns whether the key was new. */
    @SuppressWarnings("unchecked")
    public boolean add(K key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            int m = mask;
            int i = (int) (hash & m);
            int freeslot = -1;
            long perturb = hash;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    Object k = keys[j];
                    if (k == null && hashes[j] == 0) {
                        return insertAt(freeslot >= 0 ? freeslot : j, freeslot < 0, key, hash);
                    }
                    if (hashes[j] == hash && k != DUMMY) {
                        if (k == key) {
                            return false;
                        }
                        boolean same = eq.equal((K) k, key);
                        if (same) {
                            return false;
                        }
                        if (table != keys || keys[j] != k) {
                            continue restart;
                        }
                        m = mask;
                    } else if (hashes[j] == -1 && k == DUMMY) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    private boolean insertAt(int slot, boolean unused, K key, long hash) {
        keys[slot] = key;
        hashes[slot] = hash;
        used++;
        if (!unused) {
            return true;
        }
        fill++;
        if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
        return true;
    }

    /** Places a key known to be absent into a table without dummies (CPython's set_insert_clean). */
    private static void insertClean(Object[] table, long[] hs, int m, Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & m);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hs[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hs[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table with the smallest power-of-two size above {@code minUsed}. */
    private void resize(long minUsed) {
        long newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        if (newSize > (1 << 30)) {
            throw new PythonError("MemoryError", "");
        }
        MemoryCap.reserve(newSize, 16);
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        if (newSize == MIN_SIZE && oldKeys.length == MIN_SIZE && fill == used) {
            return; // already minimal and without dummies
        }
        int n = (int) newSize;
        Object[] nk = new Object[n];
        long[] nh = new long[n];
        int nm = n - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            Object k = oldKeys[i];
            if (k != null && k != DUMMY) {
                insertClean(nk, nh, nm, k, oldHashes[i]);
            }
        }
        keys = nk;
        hashes = nh;
        mask = nm;
        fill = used;
    }

    /** {@code s.discard(key)}; returns whether the key was present ({@code s.remove} raises KeyError if not). */
    public boolean discard(K key, long hash) {
        int slot = lookup(key, hash);
        if (slot < 0) {
            return false;
        }
        keys[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** {@code s.pop()}: removes and returns the next key after the finger. */
    @SuppressWarnings("unchecked")
    public K pop() {
        if (used == 0) {
            throw new PythonError("KeyError", "pop from an empty set");
        }
        int i = (int) (finger & mask);
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object k = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return (K) k;
    }

    /** {@code s.clear()}: back to 8 empty slots (the pop finger is kept, as in CPython). */
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** Makes this table a copy of {@code other}'s layout and keys, keeping this table's pop finger. */
    public void replaceContents(SetTable<K> other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        mask = other.mask;
        fill = other.fill;
        used = other.used;
    }

    /** Adds every key of {@code other} (CPython's set_merge: one resize up front, then a copy). */
    public void update(SetTable<? extends K> other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((long) (used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.keys[i];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            return;
        }
        Object[] ok = other.keys;
        long[] oh = other.hashes;
        for (int i = 0; i < ok.length; i++) {
            Object k = ok[i];
            if (k != null && k != DUMMY) {
                @SuppressWarnings("unchecked")
                K key = (K) k;
                add(key, oh[i]);
            }
        }
    }

    /** {@code s.update(d)} for an exact dict: one resize up front, then its keys in order. */
    public void updateFromDict(DictTable<? extends K, ?> d) {
        int n = d.size();
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((long) (used + n) * 2);
        }
        for (int i = d.next(0); i >= 0; i = d.next(i + 1)) {
            add(d.keyAt(i), d.hashAt(i));
        }
    }

    /** {@code s.copy()} / {@code set(s)}. */
    public SetTable<K> copy() {
        SetTable<K> t = new SetTable<>(eq);
        t.update(this);
        return t;
    }

    /** {@code s & t} for two sets (iterates the smaller, adding the common keys in its order). */
    public SetTable<K> intersection(SetTable<K> other) {
        if (other == this) {
            return copy();
        }
        SetTable<K> result = new SetTable<>(eq);
        SetTable<K> big = this;
        SetTable<K> small = other;
        if (other.used > used) {
            big = other;
            small = this;
        }
        for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
            K key = small.keyAt(i);
            long h = small.hashAt(i);
            if (big.contains(key, h)) {
                result.add(key, h);
            }
        }
        return result;
    }

    /** {@code s.intersection(iterable)}; stops early once every key of {@code s} was found. */
    public SetTable<K> intersection(Iterator<? extends K> items, ToLongFunction<? super K> hash) {
        SetTable<K> result = new SetTable<>(eq);
        while (items.hasNext()) {
            K key = items.next();
            long h = hash.applyAsLong(key);
            if (contains(key, h)) {
                result.add(key, h);
                if (result.used >= used) {
                    break;
                }
            }
        }
        return result;
    }

    /** {@code s.isdisjoint(t)} for two sets. */
    public boolean isDisjoint(SetTable<K> other) {
        if (other == this) {
            return used == 0;
        }
        SetTable<K> big = this;
        SetTable<K> small = other;
        if (other.used > used) {
            big = other;
            small = this;
        }
        for (int i = small.next(0); i >= 0; i = small.next(i + 1)) {
            if (big.contains(small.keyAt(i), small.hashAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code s - t} for two sets. */
    public SetTable<K> difference(SetTable<K> other) {
        if ((used >> 2) > other.used) {
            SetTable<K> r = copy();
            r.differenceUpdate(other);
            return r;
        }
        return keysNotIn(other::contains);
    }

    /** Whether a key (with its hash) is in some other collection. */
    private interface Membership<K> {
        boolean has(K key, long hash);
    }

    /** A new table with this table's keys (in order) that {@code present} does not hold. */
    private SetTable<K> keysNotIn(Membership<? super K> present) {
        SetTable<K> result = new SetTable<>(eq);
        for (int i = next(0); i >= 0; i = next(i + 1)) {
            K key = keyAt(i);
            long h = hashAt(i);
            if (!present.has(key, h)) {
                result.add(key, h);
            }
        }
        return result;
    }

    /** {@code s.difference(d)} for an exact dict. */
    public SetTable<K> differenceFromDict(DictTable<K, ?> d) {
        if ((used >> 2) > d.size()) {
            SetTable<K> r = copy();
            for (int i = d.next(0); i >= 0; i = d.next(i + 1)) {
                r.discard(d.keyAt(i), d.hashAt(i));
            }
            r.shrinkIfManyDummies();
            return r;
        }
        return keysNotIn(d::containsKey);
    }

    /** {@code s -= t} / {@code s.difference_update(t)} for a set {@code t}. */
    public void differenceUpdate(SetTable<K> other) {
        if (other == this) {
            clear();
            return;
        }
        SetTable<K> src = other;
        if ((other.used >> 3) > used) {
            src = intersection(other);
        }
        for (int i = src.next(0); i >= 0; i = src.next(i + 1)) {
            discard(src.keyAt(i), src.hashAt(i));
        }
        shrinkIfManyDummies();
    }

    /** {@code s.difference_update(iterable)} for a non-set iterable. */
    public void differenceUpdate(Iterator<? extends K> items, ToLongFunction<? super K> hash) {
        while (items.hasNext()) {
            K key = items.next();
            discard(key, hash.applyAsLong(key));
        }
        shrinkIfManyDummies();
    }

    private void shrinkIfManyDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2L : used * 4L);
        }
    }

    /** {@code s ^= t} for a set {@code t}: each key of {@code t} is removed if present, else added. */
    public void symmetricDifferenceUpdate(SetTable<K> other) {
        if (other == this) {
            clear();
            return;
        }
        for (int i = other.next(0); i >= 0; i = other.next(i + 1)) {
            K key = other.keyAt(i);
            long h = other.hashAt(i);
            if (!discard(key, h)) {
                add(key, h);
            }
        }
    }

    /** {@code s.symmetric_difference_update(d)} for an exact dict. */
    public void symmetricDifferenceUpdateFromDict(DictTable<K, ?> d) {
        for (int i = d.next(0); i >= 0; i = d.next(i + 1)) {
            K key = d.keyAt(i);
            long h = d.hashAt(i);
            if (!discard(key, h)) {
                add(key, h);
            }
        }
    }

    /** {@code hash(frozenset)}: depends only on the members' hashes. */
    public long frozensetHash() {
        long[] hs = new long[used];
        int k = 0;
        for (int i = next(0); i >= 0; i = next(i + 1)) {
            hs[k++] = hashes[i];
        }
        return PyHash.hashFrozenset(hs);
    }
}
