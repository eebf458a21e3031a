package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code set} and {@code frozenset} (one Java class, two Python types; {@link #frozen} tells
 * which). Iteration order follows CPython's hash table for the values whose hashes are stable
 * across runs (ints, floats, tuples of them), see {@link SetOrder}.
 */
public class PySet extends PyObject {

    public static final PyType TYPE = PyType.builtin("set", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        SetType.initSet(x);
    }});
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        SetType.initFrozen(x);
    }});

    final LinkedHashSet<PyObject> set;
    final boolean frozen;

    public PySet(boolean frozen) {
        this.set = new LinkedHashSet<>();
        this.frozen = frozen;
    }

    public PySet(boolean frozen, java.util.Collection<PyObject> items) {
        this.set = new LinkedHashSet<>(items);
        this.frozen = frozen;
    }

    @Override
    public PyType getType() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return set.size();
    }

    // The Java set hashes each key once per add/contains/remove (PyObject.hashCode, raising
    // TypeError for an unhashable one), so a key's __hash__ runs once per operation, as in CPython.
    // Only an empty set's lookup skips hashing in Java; CPython still hashes (and fails) there.

    public void add(PyObject o) {
        set.add(o);
    }

    public boolean has(PyObject o) {
        if (set.isEmpty()) {
            Ops.checkHashable(o);
            return false;
        }
        return set.contains(o);
    }

    public boolean discard(PyObject o) {
        if (set.isEmpty()) {
            Ops.checkHashable(o);
            return false;
        }
        return set.remove(o);
    }

    public void clear() {
        set.clear();
    }

    /** Elements in Python's iteration order. */
    public List<PyObject> ordered() {
        return SetOrder.order(set);
    }

    public java.util.Set<PyObject> raw() {
        return set;
    }

    @Override
    public String repr() {
        String name = getType().name();
        if (set.isEmpty()) return name + "()";
        ReprGuard g = Ops.enterRepr(this);
        if (g == null) return name + "(...)";
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = getType() == TYPE;
            sb.append(plain ? "{" : name + "({");
            boolean first = true;
            for (PyObject o : ordered()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(o));
            }
            sb.append(plain ? "}" : "})");
            return sb.toString();
        } finally {
            g.exit();
        }
    }

    @Override
    public long hash() {
        if (!frozen) throw Exc.typeError("unhashable type: '" + getType().name() + "'");
        // CPython's frozenset hash: order independent mix of element hashes.
        long hash = 0;
        for (PyObject o : set) {
            long h = Ops.hash(o);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) set.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        return hash;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        switch (op) {
            case Ops.EQ: return PyBool.of(set.size() == o.set.size() && o.set.containsAll(set));
            case Ops.NE: return PyBool.of(!(set.size() == o.set.size() && o.set.containsAll(set)));
            case Ops.LE: return PyBool.of(o.set.containsAll(set));
            case Ops.LT: return PyBool.of(set.size() < o.set.size() && o.set.containsAll(set));
            case Ops.GE: return PyBool.of(set.containsAll(o.set));
            default: return PyBool.of(set.size() > o.set.size() && set.containsAll(o.set));
        }
    }

    @Override
    public boolean isTrue() {
        return !set.isEmpty();
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return set.size();
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        if (item instanceof PySet s && !s.frozen) {
            return set.contains(new PySet(true, s.set));
        }
        return has(item);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new PyIterators.SetIterator(this);
    }

    PySet newOfSameKind(java.util.Collection<PyObject> items) {
        return new PySet(frozen, items);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (!(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        return SetType.setOp(this, op, o.set, false);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (!(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        return SetType.setOp(o, op, set, false);
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (frozen || !(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        return SetType.setOp(this, op, o.set, true);
    }

    List<PyObject> snapshot() {
        return new ArrayList<>(set);
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        for (PyObject o : set) visitor.accept(o);
    }
}
