package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code dict}: insertion-ordered, keyed by Python equality (see {@link PyObject#equals}).
 * {@link #version} changes on every mutation, so callers can cache lookups (globals, class
 * attributes) and notice iteration over a dict that changed.
 */
public class PyDict extends PyObject {

    public static final PyType TYPE = PyType.builtin("dict", null, true, DictType::init);

    private final LinkedHashMap<PyObject, PyObject> map;
    private int version;

    public PyDict() {
        this.map = new LinkedHashMap<>();
    }

    public PyDict(int capacity) {
        this.map = new LinkedHashMap<>(Math.max(4, capacity * 4 / 3 + 1));
    }

    public PyDict(PyDict other) {
        this.map = new LinkedHashMap<>(other.map);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public int version() {
        return version;
    }

    public int size() {
        return map.size();
    }

    /** The value, or null when absent. */
    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public PyObject get(String key) {
        return map.get(PyStr.intern(key));
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
        version++;
    }

    public void put(String key, PyObject value) {
        put(PyStr.intern(key), value);
    }

    /** Removes a key; returns the old value or null. */
    public PyObject remove(PyObject key) {
        PyObject old = map.remove(key);
        if (old != null) version++;
        return old;
    }

    public boolean containsKey(PyObject key) {
        return map.containsKey(key);
    }

    public void clear() {
        map.clear();
        version++;
    }

    public Map<PyObject, PyObject> map() {
        return map;
    }

    public List<PyObject> keyList() {
        return new ArrayList<>(map.keySet());
    }

    public List<PyObject> valueList() {
        return new ArrayList<>(map.values());
    }

    public List<Map.Entry<PyObject, PyObject>> entryList() {
        return new ArrayList<>(map.entrySet());
    }

    /** Adds all entries of another dict (dict.update fast path). */
    public void putAll(PyDict other) {
        map.putAll(other.map);
        version++;
    }

    /**
     * Iterates keys, values or items, raising Python's RuntimeError when the dict changes size
     * during the iteration.
     */
    public Iterator<Map.Entry<PyObject, PyObject>> guardedIterator() {
        Iterator<Map.Entry<PyObject, PyObject>> it = map.entrySet().iterator();
        int startSize = map.size();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (map.size() != startSize) throw Exc.runtimeError("dictionary changed size during iteration");
                return it.hasNext();
            }

            @Override
            public Map.Entry<PyObject, PyObject> next() {
                if (map.size() != startSize) throw Exc.runtimeError("dictionary changed size during iteration");
                try {
                    return it.next();
                } catch (ConcurrentModificationException e) {
                    throw Exc.runtimeError("dictionary keys changed during iteration");
                }
            }
        };
    }

    @Override
    public String repr() {
        if (map.isEmpty()) return "{}";
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
        throw Exc.typeError("unhashable type: '" + getType().name() + "'");
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
            if (bv != e.getValue() && !Ops.eq(e.getValue(), bv)) return false;
        }
        return true;
    }

    @Override
    public boolean isTrue() {
        return !map.isEmpty();
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return map.size();
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject key) {
        Ops.checkHashable(key);
        return map.containsKey(key);
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = map.get(key);
        if (v != null) return v;
        Ops.checkHashable(key);
        if (getType() != TYPE) {
            PyObject missing = getType().lookup(PyStr.intern("__missing__"));
            if (missing != null) return Ops.call(Descriptors.get(missing, this, getType()), key);
        }
        throw Exc.keyError(key);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        Ops.checkHashable(key);
        put(key, value);
    }

    @Override
    public void delItem(PyObject key) {
        if (remove(key) == null) {
            Ops.checkHashable(key);
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
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            visitor.accept(e.getKey());
            visitor.accept(e.getValue());
        }
    }
}
