package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.KeyEquality;
import dev.coroscope.engine.runtime.num.SetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code set} and {@code frozenset} (one Java class, two Python types; {@link #frozen} tells
 * which), over a {@link SetTable} laid out and probed as CPython 3.11's set, so iteration order,
 * {@code pop()} and the order after removals and set algebra match CPython's for keys whose hashes
 * match CPython's (ints, floats, tuples of them...). Each key's hash is computed once, when it is
 * added or looked up, and kept in the table: iterating, printing, comparing or combining sets never
 * runs a key's {@code __hash__} again, as in CPython. {@link SetType} maps the Python operations
 * onto the table's.
 */
public class PySet extends PyObject {

    public static final PyType TYPE = PyType.builtin("set", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        SetType.initSet(x);
    }});
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        SetType.initFrozen(x);
    }});

    /** Python key equality for the table: identity first (done by the table), then {@code ==}. */
    static final KeyEquality<Object> KEY_EQ = new KeyEquality<Object>() { public boolean equal(Object a, Object b) {
        return Ops.eqForKey(a, b);
    }};

    SetTable<PyObject> table;
    final boolean frozen;
    private PyObject[] constantSource;

    public PySet(boolean frozen) {
        this.table = new SetTable<>(KEY_EQ);
        this.frozen = frozen;
    }

    /** A set of {@code items}, added one by one in order. */
    public PySet(boolean frozen, java.util.Collection<PyObject> items) {
        this(frozen);
        for (PyObject o : items) add(o);
    }

    PySet(boolean frozen, SetTable<PyObject> table) {
        this.table = table;
        this.frozen = frozen;
    }

    /**
     * The frozenset CPython's compiler makes of a set display of constants ({@code {5, 0, -1, 13}}
     * with three or more items, or any {@code for x in {...}} of constants): one frozenset from the
     * items in source order, then, when the constant is stored, a second one built by adding the
     * first one's keys in its iteration order. The layout (and so the iteration order) is the
     * second's; {@link #constantSource()} keeps the source order so a compiled-code file can rebuild it.
     */
    public static PySet foldedConstant(PyObject[] sourceOrder) {
        PySet first = new PySet(true, java.util.Arrays.asList(sourceOrder));
        PySet second = new PySet(true, first.ordered());
        second.constantSource = sourceOrder.clone();
        return second;
    }

    /** The items in source order of a {@link #foldedConstant}, or null for any other set. */
    public PyObject[] constantSource() {
        return constantSource == null ? null : constantSource.clone();
    }

    @Override
    public PyType getType() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return table.size();
    }

    public void add(PyObject o) {
        table.add(o, Ops.hash(o));
    }

    public boolean has(PyObject o) {
        return table.contains(o, Ops.hash(o));
    }

    public boolean discard(PyObject o) {
        return table.discard(o, Ops.hash(o));
    }

    /** {@code s.update(iterable)} (and SET_UPDATE), as CPython's set_update_internal. */
    public void update(PyObject iterable) {
        SetType.update(this, iterable);
    }

    public void clear() {
        table.clear();
    }

    /** {@code s.copy()} / {@code set(s)}: a set (or frozenset) with this one's keys and layout. */
    public PySet copy(boolean asFrozen) {
        return new PySet(asFrozen, table.copy());
    }

    /** Elements in Python's iteration order. */
    public List<PyObject> ordered() {
        List<PyObject> out = new ArrayList<>(table.size());
        for (int i = table.next(0); i >= 0; i = table.next(i + 1)) out.add(table.keyAt(i));
        return out;
    }

    @Override
    public String repr() {
        String name = getType().name();
        if (table.size() == 0) return name + "()";
        ReprGuard g = Ops.enterRepr(this);
        if (g == null) return name + "(...)";
        try {
            StringBuilder sb = new StringBuilder();
            boolean plain = getType() == TYPE;
            sb.append(plain ? "{" : name + "({");
            boolean first = true;
            for (int i = table.next(0); i >= 0; i = table.next(i + 1)) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(table.keyAt(i)));
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
        return table.frozensetHash();
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (!(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        int n = size(), m = o.size();
        switch (op) {
            case Ops.EQ: return PyBool.of(n == m && SetType.isSubset(this, o));
            case Ops.NE: return PyBool.of(!(n == m && SetType.isSubset(this, o)));
            case Ops.LE: return PyBool.of(SetType.isSubset(this, o));
            case Ops.LT: return PyBool.of(n < m && SetType.isSubset(this, o));
            case Ops.GE: return PyBool.of(SetType.isSubset(o, this));
            default: return PyBool.of(n > m && SetType.isSubset(o, this));
        }
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
    public boolean contains(PyObject item) {
        if (item instanceof PySet s && !s.frozen) {
            // CPython retries an unhashable set key as a frozenset of it.
            return has(s.copy(true));
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

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (!(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        return SetType.setOp(this, op, o, false);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (!(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        return SetType.setOp(o, op, this, false);
    }

    @Override
    public PyObject inplaceOp(int op, PyObject other) {
        if (frozen || !(other instanceof PySet o)) return PyNotImplemented.INSTANCE;
        return SetType.setOp(this, op, o, true);
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        for (int i = table.next(0); i >= 0; i = table.next(i + 1)) visitor.accept(table.keyAt(i));
    }
}
