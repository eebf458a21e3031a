package dev.coroscope.engine.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small open-addressing map from int keys to values (no boxing on lookups, which the projection
 * does for every event). Linear probing; removal shifts the following entries back, so there are
 * no tombstones. Iteration order is unspecified: callers that need an order sort by a field of the
 * value. Public for the adapter in {@code trace.run}, which looks up a frame's watched names on
 * every line.
 */
public final class IntMap<V> {
    private int[] keys;
    private Object[] vals;
    private int size;

    public IntMap() {
        this(8);
    }

    private IntMap(int capacity) {
        keys = new int[capacity];
        vals = new Object[capacity];
    }

    public int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    public V get(int key) {
        int mask = keys.length - 1;
        for (int i = hash(key) & mask; vals[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return (V) vals[i];
            }
        }
        return null;
    }

    public void put(int key, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value");
        }
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        for (; vals[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                vals[i] = value;
                return;
            }
        }
        keys[i] = key;
        vals[i] = value;
        if (++size * 2 > keys.length) {
            resize(keys.length * 2);
        }
    }

    public void remove(int key) {
        int mask = keys.length - 1;
        int i = hash(key) & mask;
        for (; vals[i] != null; i = (i + 1) & mask) {
            if (keys[i] == key) {
                break;
            }
        }
        if (vals[i] == null) {
            return;
        }
        vals[i] = null;
        size--;
        // Shift back the entries of the probe run that follows, so lookups never stop early.
        for (int j = (i + 1) & mask; vals[j] != null; j = (j + 1) & mask) {
            int home = hash(keys[j]) & mask;
            boolean movable = i <= j ? (home <= i || home > j) : (home <= i && home > j);
            if (movable) {
                keys[i] = keys[j];
                vals[i] = vals[j];
                vals[j] = null;
                i = j;
            }
        }
    }

    @SuppressWarnings("unchecked")
    List<V> values() {
        List<V> out = new ArrayList<>(size);
        for (Object v : vals) {
            if (v != null) {
                out.add((V) v);
            }
        }
        return out;
    }

    /** A copy with the same keys; values are mapped through {@code copier} (for deep copies). */
    @SuppressWarnings("unchecked")
    IntMap<V> copy(java.util.function.UnaryOperator<V> copier) {
        IntMap<V> m = new IntMap<>(keys.length);
        m.keys = Arrays.copyOf(keys, keys.length);
        m.size = size;
        for (int i = 0; i < vals.length; i++) {
            if (vals[i] != null) {
                m.vals[i] = copier.apply((V) vals[i]);
            }
        }
        return m;
    }

    /** Slots in use plus free, for memory accounting. */
    int capacity() {
        return keys.length;
    }

    private void resize(int capacity) {
        int[] oldK = keys;
        Object[] oldV = vals;
        keys = new int[capacity];
        vals = new Object[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldK.length; j++) {
            if (oldV[j] != null) {
                int i = hash(oldK[j]) & mask;
                while (vals[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldK[j];
                vals[i] = oldV[j];
            }
        }
    }

    private static int hash(int k) {
        int h = k * 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
