package dev.coroscope.engine.trace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Holds the strings of a recording (names, code names, reprs, output text) in one byte arena, so
 * an event refers to a string by a small int id.
 *
 * <p>Two ways in: {@link #intern} gives every distinct string exactly one id (names, code names,
 * task names: the projection compares their ids); {@link #value} is for reprs and texts, whose
 * ids are never compared: it looks the string up in a small direct-mapped cache of recent values,
 * so a value repeated often (None, 0, a callback description) is stored once, and a value seen
 * once costs its bytes and an offset, with no growing hash table.
 *
 * <p>Layout: entry {@code id} occupies {@code bytes[offsets[id] .. offsets[id + 1])}; its first
 * byte is a tag (0: Latin-1, one byte a char; 1: UTF-16, two bytes a char, big-endian) followed by
 * the chars. Lookup uses an open-addressing table of {@code id + 1} (0 = empty), linear probing,
 * load at most 1/2. No {@code String} objects are retained once frozen (while recording, a cache
 * holds up to 256 references to recently interned names).
 *
 * <p>Threads: one writer calls {@link #intern}; readers use a {@link View} taken by the writer
 * ({@link #view()}) and handed over safely. Entries are append-only and a grown array is a copy, so
 * a view stays valid while the writer continues.
 */
final class StringPool {
    private byte[] bytes = new byte[1 << 12];
    private int len;
    private int[] offsets = new int[1 << 10];
    private int count;
    /** Entries in {@link #table}: interned strings only (values never enter it). */
    private int tableCount;
    private int[] table = new int[1 << 11];
    private int[] recent = new int[1 << 13];
    private int[] recentHash = new int[1 << 13];

    /**
     * The last strings interned, by hash: the adapter passes the same {@code String} object for a
     * name every time (the code object's), so most lookups end at one reference comparison instead
     * of comparing chars with the arena. Dropped by {@link #freeze()}.
     */
    private String[] lastRef = new String[1 << 8];
    private int[] lastRefId = new int[1 << 8];

    /** Returns the one id of {@code s}, adding it if new. */
    int intern(String s) {
        int h = mix(s.hashCode());
        int r = h & (lastRef.length - 1);
        if (lastRef[r] == s) {
            return lastRefId[r];
        }
        int id = lookupOrAdd(s, h);
        lastRef[r] = s;
        lastRefId[r] = id;
        return id;
    }

    private int lookupOrAdd(String s, int h) {
        int mask = table.length - 1;
        int i = h & mask;
        for (int e; (e = table[i]) != 0; i = (i + 1) & mask) {
            if (entryEquals(e - 1, s)) {
                return e - 1;
            }
        }
        int id = add(s);
        table[i] = id + 1;
        if (2 * ++tableCount > table.length) {
            rehash();
        }
        return id;
    }

    /** Returns an id whose entry equals {@code s} (not necessarily the same id each time). */
    int value(String s) {
        int h = s.hashCode();
        int slot = mix(h) & (recent.length - 1);
        int e = recent[slot] - 1;
        if (e >= 0 && recentHash[slot] == h && entryEquals(e, s)) {
            return e;
        }
        int id = add(s);
        recent[slot] = id + 1;
        recentHash[slot] = h;
        return id;
    }

    int size() {
        return count;
    }

    /** Bytes held by the arrays (capacities, not sizes): the honest retained size. */
    long retainedBytes() {
        // The reference cache counts its slots, not the strings it points at (the program's names).
        return (long) bytes.length + 4L * offsets.length + 4L * table.length + 8L * recent.length
                + 8L * lastRef.length + 7 * 16;
    }

    /** Shrinks the arrays to their contents and drops the lookup table; no more interning after this. */
    void freeze() {
        bytes = Arrays.copyOf(bytes, len);
        offsets = Arrays.copyOf(offsets, count + 1);
        table = new int[2];
        recent = new int[2];
        recentHash = new int[2];
        lastRef = new String[1];
        lastRefId = new int[1];
    }

    View view() {
        return new View(bytes, offsets, count);
    }

    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) copies Latin-1 chars directly
    private int add(String s) {
        int n = s.length();
        boolean latin1 = true;
        for (int k = 0; k < n; k++) {
            if (s.charAt(k) > 0xFF) {
                latin1 = false;
                break;
            }
        }
        int need = 1 + (latin1 ? n : 2 * n);
        if (len + need > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(len + need, bytes.length + (bytes.length >> 1)));
        }
        if (count + 2 > offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length + (offsets.length >> 1));
        }
        int p = len;
        if (latin1) {
            bytes[p++] = 0;
            s.getBytes(0, n, bytes, p);
            p += n;
        } else {
            bytes[p++] = 1;
            for (int k = 0; k < n; k++) {
                char c = s.charAt(k);
                bytes[p++] = (byte) (c >> 8);
                bytes[p++] = (byte) c;
            }
        }
        offsets[count] = len;
        len = p;
        offsets[count + 1] = len;
        return count++;
    }

    private boolean entryEquals(int id, String s) {
        int start = offsets[id];
        int n = offsets[id + 1] - start - 1;
        int sl = s.length();
        if (bytes[start] == 0) {
            if (n != sl) {
                return false;
            }
            for (int k = 0, p = start + 1; k < sl; k++, p++) {
                if ((bytes[p] & 0xFF) != s.charAt(k)) {
                    return false;
                }
            }
        } else {
            if (n != 2 * sl) {
                return false;
            }
            for (int k = 0, p = start + 1; k < sl; k++, p += 2) {
                if ((char) (((bytes[p] & 0xFF) << 8) | (bytes[p + 1] & 0xFF)) != s.charAt(k)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Doubles the table, moving only what it holds: re-adding every entry would also put the values
     * in (equal values stored apart share a hash, and linear probing made that quadratic).
     */
    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int e : table) {
            if (e == 0) {
                continue;
            }
            int i = mix(entryHash(e - 1)) & mask;
            while (t[i] != 0) {
                i = (i + 1) & mask;
            }
            t[i] = e;
        }
        table = t;
    }

    /** Same value as {@code String.hashCode()} of the entry, computed without building the string. */
    private int entryHash(int id) {
        int start = offsets[id];
        int end = offsets[id + 1];
        int h = 0;
        if (bytes[start] == 0) {
            for (int p = start + 1; p < end; p++) {
                h = 31 * h + (bytes[p] & 0xFF);
            }
        } else {
            for (int p = start + 1; p < end; p += 2) {
                h = 31 * h + (char) (((bytes[p] & 0xFF) << 8) | (bytes[p + 1] & 0xFF));
            }
        }
        return h;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** A frozen, thread-safe reader over the first {@code count} entries. */
    static final class View {
        private final byte[] bytes;
        private final int[] offsets;
        private final int count;

        View(byte[] bytes, int[] offsets, int count) {
            this.bytes = bytes;
            this.offsets = offsets;
            this.count = count;
        }

        int size() {
            return count;
        }

        /** The string with this id, or null for id -1. */
        String get(int id) {
            if (id < 0) {
                return null;
            }
            if (id >= count) {
                throw new IndexOutOfBoundsException("string id " + id);
            }
            int start = offsets[id];
            int end = offsets[id + 1];
            if (bytes[start] == 0) {
                return new String(bytes, start + 1, end - start - 1, StandardCharsets.ISO_8859_1);
            }
            char[] cs = new char[(end - start - 1) / 2];
            for (int k = 0, p = start + 1; k < cs.length; k++, p += 2) {
                cs[k] = (char) (((bytes[p] & 0xFF) << 8) | (bytes[p + 1] & 0xFF));
            }
            return new String(cs);
        }
    }
}
