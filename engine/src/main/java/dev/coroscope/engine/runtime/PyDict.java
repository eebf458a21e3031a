package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.DictTable;
import dev.coroscope.engine.runtime.num.KeyEquality;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code dict}: insertion-ordered, keyed by Python equality (see {@link PyObject#equals}).
 *
 * <p>{@link #version} is for caches of values read from the dict (LOAD_GLOBAL's): it changes
 * whenever a key is added or removed, and when the value of a <em>watched</em> key is replaced
 * ({@link #getWatched} marks a key; adding or removing any key forgets all marks, as it changes
 * the version anyway). So a module-level loop rebinding its loop variable leaves the caches of
 * the functions it calls valid, as CPython 3.11's caches keyed on the dict's keys stay valid,
 * while a cache holding a value can never miss its change: the key is watched from the moment
 * the cache reads it until the version changes.
 */
public class PyDict extends PyObject {

    public static final PyType TYPE = PyType.builtin("dict", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        DictType.init(x);
    }});

    /** Python key equality for the table: identity first (done by the table), then {@code ==}. */
    private static final KeyEquality<Object> KEY_EQ = new KeyEquality<Object>() { public boolean equal(Object a, Object b) {
        return Ops.eqForKey(a, b);
    }};

    private DictTable<PyObject, PyObject> table;
    private int version;
    /** Entry positions of watched keys, a bit each; null when none (see the class comment). */
    private long[] watched;

    public PyDict() {
        this.table = new DictTable<>(KEY_EQ);
    }

    public PyDict(int capacity) {
        this();
    }

    public PyDict(PyDict other) {
        this.table = other.table.copy();
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int version() {
        return version;
    }

    /** A key was added or removed (or the table rebuilt): caches are stale, marks forgotten. */
    private void keysChanged() {
        version++;
        watched = null;
    }

    /** The value at {@code pos} was replaced: caches holding it are stale if it is watched. */
    private void valueReplaced(int pos) {
        long[] w = watched;
        if (w != null && (pos >> 6) < w.length && (w[pos >> 6] & (1L << pos)) != 0) version++;
    }

    /**
     * {@link #get}, for a cache that will hold the value while {@link #version} stays the same:
     * from now on (until a key is added or removed) replacing this key's value changes the version.
     */
    public PyObject getWatched(PyObject key) {
        int pos = table.find(key, Ops.hash(key));
        if (pos < 0) return null;
        long[] w = watched;
        if (w == null || (pos >> 6) >= w.length) {
            w = w == null ? new long[(pos >> 6) + 1] : java.util.Arrays.copyOf(w, (pos >> 6) + 1);
            watched = w;
        }
        w[pos >> 6] |= 1L << pos;
        return table.valueAt(pos);
    }

    public int size() {
        return table.size();
    }

    /**
     * Changes whenever a key is added or removed (not when a value is replaced): while it stays
     * the same, every key keeps its entry position ({@link #positionOf}), so the VM's name caches
     * can read a value by position.
     */
    public long keysVersion() {
        return table.version();
    }

    /** The value, or null when absent. */
    public PyObject get(PyObject key) {
        return table.get(key, Ops.hash(key));
    }

    /**
     * Entry position of {@code key}, or -1: a hint for the VM's attribute caches, checked with
     * {@link #valueIfKeyAt} (positions move when the table is rebuilt; a stale hint just misses).
     */
    public int positionOf(PyObject key) {
        return table.find(key, Ops.hash(key));
    }

    /** The value of the live entry at {@code pos} (a position {@link #positionOf} just returned). */
    public PyObject valueAtPosition(int pos) {
        return table.valueAt(pos);
    }

    /** The value of the entry at {@code pos} when that entry's key is {@code key} itself, else null. */
    public PyObject valueIfKeyAt(int pos, PyObject key) {
        return pos >= 0 && pos < table.end() && table.keyAt(pos) == key ? table.valueAt(pos) : null;
    }

    /**
     * Replaces the value of the entry at {@code pos} when that entry's key is {@code key} itself
     * (what {@link #put} would do for that key); false, changing nothing, otherwise.
     */
    public boolean replaceIfKeyAt(int pos, PyObject key, PyObject value) {
        if (pos >= 0 && pos < table.end() && table.keyAt(pos) == key) {
            table.setValueAt(pos, value);
            valueReplaced(pos);
            return true;
        }
        return false;
    }

    /**
     * {@link #replaceIfKeyAt} returning the value it replaced, or null (nothing changed) when
     * {@code key} is not at {@code pos}.
     */
    public PyObject swapIfKeyAt(int pos, PyObject key, PyObject value) {
        PyObject old = valueIfKeyAt(pos, key);
        if (old != null) {
            table.setValueAt(pos, value);
            valueReplaced(pos);
        }
        return old;
    }

    /** {@link #put}, returning the entry position the key has afterwards (see {@link #positionOf}). */
    public int putAndLocate(PyObject key, PyObject value) {
        int pos = table.findOrAppend(key, Ops.hash(key), value);
        if (pos < 0) {
            keysChanged();
            return table.end() - 1;
        }
        table.setValueAt(pos, value);
        valueReplaced(pos);
        return pos;
    }

    public PyObject get(String key) {
        PyStr k = PyStr.intern(key);
        return table.get(k, k.hash());
    }

    public void put(PyObject key, PyObject value) {
        swap(key, value);
    }

    /** {@link #put}, returning the key's previous value (null if none) from the same lookup. */
    public PyObject swap(PyObject key, PyObject value) {
        int pos = table.findOrAppend(key, Ops.hash(key), value);
        if (pos < 0) {
            keysChanged();
            return null;
        }
        PyObject old = table.valueAt(pos);
        table.setValueAt(pos, value);
        valueReplaced(pos);
        return old;
    }

    public void put(String key, PyObject value) {
        put(PyStr.intern(key), value);
    }

    /**
     * {@code d.setdefault(key, dflt)}: the key's value, or {@code dflt} after inserting it, with
     * one hash of the key and one lookup (CPython calls {@code __hash__} and {@code __eq__} that often).
     */
    public PyObject setDefault(PyObject key, PyObject dflt) {
        PyObject old = table.putIfAbsent(key, Ops.hash(key), dflt);
        if (old != null) return old;
        keysChanged();
        return dflt;
    }

    /** Removes a key; returns the old value or null. */
    public PyObject remove(PyObject key) {
        PyObject old = table.remove(key, Ops.hash(key));
        if (old != null) keysChanged();
        return old;
    }

    /**
     * {@code d.popitem()} on a non-empty dict: removes the last entry and returns it as a pair,
     * found from the end of the entries (not by listing them all: a loop of popitem() stays
     * linear); the next insertion reuses its position, as in CPython.
     */
    public PyTuple popLast() {
        int pos = table.lastEntry();
        PyTuple r = PyTuple.of(table.keyAt(pos), table.valueAt(pos));
        table.removeLast(pos);
        keysChanged();
        return r;
    }

    public boolean containsKey(PyObject key) {
        return table.containsKey(key, Ops.hash(key));
    }

    public void clear() {
        table.clear();
        keysChanged();
    }

    /** The table itself, for iteration by entry position ({@link PyIterators.DictIterator}). */
    DictTable<PyObject, PyObject> table() {
        return table;
    }

    public List<PyObject> keyList() {
        List<PyObject> out = new ArrayList<>(table.size());
        for (int i = table.next(0); i >= 0; i = table.next(i + 1)) out.add(table.keyAt(i));
        return out;
    }

    public List<PyObject> valueList() {
        List<PyObject> out = new ArrayList<>(table.size());
        for (int i = table.next(0); i >= 0; i = table.next(i + 1)) out.add(table.valueAt(i));
        return out;
    }

    public List<Map.Entry<PyObject, PyObject>> entryList() {
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(table.size());
        for (int i = table.next(0); i >= 0; i = table.next(i + 1)) {
            out.add(new AbstractMap.SimpleImmutableEntry<>(table.keyAt(i), table.valueAt(i)));
        }
        return out;
    }

    /** Adds all entries of another dict (dict.update fast path). */
    public void putAll(PyDict other) {
        DictTable<PyObject, PyObject> o = other.table;
        if (o == table) return;
        for (int i = o.next(0); i >= 0; i = o.next(i + 1)) table.put(o.keyAt(i), o.hashAt(i), o.valueAt(i));
        keysChanged();
    }

    /**
     * Iterates the entries, raising Python's RuntimeError when the dict changes size during the
     * iteration, or when it yields more entries than it had (keys changed at the same size).
     */
    public Iterator<Map.Entry<PyObject, PyObject>> guardedIterator() {
        return new Iterator<>() {
            private final int startSize = table.size();
            private int remaining = startSize;
            private int pos;
            private int nextPos = -2;

            @Override
            public boolean hasNext() {
                if (table.size() != startSize) throw Exc.runtimeError("dictionary changed size during iteration");
                if (nextPos == -2) nextPos = pos < 0 ? -1 : table.next(pos);
                if (nextPos >= 0 && remaining == 0) throw Exc.runtimeError("dictionary keys changed during iteration");
                return nextPos >= 0;
            }

            @Override
            public Map.Entry<PyObject, PyObject> next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                int i = nextPos;
                nextPos = -2;
                pos = i + 1;
                remaining--;
                return new AbstractMap.SimpleImmutableEntry<>(table.keyAt(i), table.valueAt(i));
            }
        };
    }

    @Override
    public String repr() {
        if (table.size() == 0) return "{}";
        ReprGuard g = Ops.enterRepr(this);
        if (g == null) return "{...}";
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : entryList()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(e.getKey())).append(": ").append(Ops.repr(e.getValue()));
            }
            return sb.append('}').toString();
        } finally {
            g.exit();
        }
    }

    @Override
    public long hash() {
        throw Exc.typeError("unhashable type: '" + getType().tpName() + "'");
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PyDict o) || (op != Ops.EQ && op != Ops.NE)) return PyNotImplemented.INSTANCE;
        boolean eq = dictEquals(this, o);
        return PyBool.of(op == Ops.EQ ? eq : !eq);
    }

    static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) return false;
        for (Map.Entry<PyObject, PyObject> e : a.entryList()) {
            PyObject bv = b.get(e.getKey());
            if (bv == null) return false;
            if (bv != e.getValue() && !Ops.eqItem(e.getValue(), bv)) return false;
        }
        return true;
    }

    @Override
    public boolean isTrue() {
        return table.size() != 0;
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return table.size();
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject key) {
        return containsKey(key);
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = get(key);
        if (v != null) return v;
        if (getType() != TYPE) {
            PyObject missing = getType().lookup(Ops.S_MISSING);
            if (missing != null) return Ops.call(Descriptors.get(missing, this, getType()), key);
        }
        throw Exc.keyError(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) {
            throw Exc.keyError(key);
        }
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new PyIterators.DictIterator(this, PyIterators.DictIterator.KEYS);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.OR && other instanceof PyDict o) {
            PyDict r = new PyDict(this);
            r.putAll(o);
            return r;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (op == Ops.OR) {
            DictType.update(this, other);
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        for (int i = table.next(0); i >= 0; i = table.next(i + 1)) {
            visitor.accept(table.keyAt(i));
            visitor.accept(table.valueAt(i));
        }
    }
}
