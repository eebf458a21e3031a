package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/**
 * The root of every Python value. The Java methods here are the <em>built-in behaviour</em> of a
 * value's nearest built-in type (CPython's type slots); code outside this package never calls them
 * directly but goes through {@link Ops}, which first gives methods defined in Python by a user
 * class (a "heap" type) their chance. Defaults reproduce CPython's {@code object} behaviour.
 *
 * <p>Invariant: a {@code PyObject} is never a Java object that Python code could use to reach Java:
 * every attribute Python can see comes from a {@link PyType}'s dictionary or the instance dict.
 *
 * <p>{@link #equals}/{@link #hashCode} follow Python's {@code ==}/{@code hash()}, so values can be
 * keys of Java hash maps directly (the dict and set implementations rely on that).
 */
public abstract class PyObject {

    public abstract PyType getType();

    /** The instance {@code __dict__}, or null when the object has none. */
    public PyDict getDict() {
        return null;
    }

    // ---- representation -------------------------------------------------------------------

    /** {@code object.__repr__}: {@code <module.Name object at 0x...>}. */
    public String repr() {
        PyType t = getType();
        String mod = t.moduleName();
        String prefix = mod == null || mod.equals("builtins") ? "" : mod + ".";
        return "<" + prefix + t.qualname() + " object at " + Ops.address(this) + ">";
    }

    /** {@code object.__str__}: the repr, honouring a user {@code __repr__}. */
    public String str() {
        return Ops.repr(this);
    }

    /** {@code object.__format__}: only the empty spec is allowed. */
    public PyObject format(String spec) {
        if (!spec.isEmpty()) {
            throw Exc.typeError("unsupported format string passed to " + getType().tpName() + ".__format__");
        }
        return new PyStr(Ops.str(this));
    }

    // ---- comparison and hashing -----------------------------------------------------------

    /** {@code object.__hash__}: derived from the per-run identity. */
    public long hash() {
        return Ops.identityHash(this);
    }

    /**
     * A rich comparison ({@link Ops#LT} ... {@link Ops#GE}); returns
     * {@link PyNotImplemented#INSTANCE} when this type cannot answer.
     */
    public PyObject richCompare(PyObject other, int op) {
        if (op == Ops.EQ) return this == other ? PyBool.TRUE : PyNotImplemented.INSTANCE;
        if (op == Ops.NE) {
            // object.__ne__ delegates to __eq__ and inverts it.
            PyObject eq = Ops.richCompareSlot(this, other, Ops.EQ);
            if (eq == PyNotImplemented.INSTANCE) return eq;
            return PyBool.of(!Ops.isTrue(eq));
        }
        return PyNotImplemented.INSTANCE;
    }

    // ---- truth, length, containers --------------------------------------------------------

    /** Truth value; {@code null} means "no __bool__/__len__ of its own" (then true). */
    public boolean isTrue() {
        return true;
    }

    /** True when this built-in type has a length ({@code __len__}). */
    public boolean hasLength() {
        return false;
    }

    public int length() {
        throw Exc.typeError("object of type '" + getType().tpName() + "' has no len()");
    }

    /** {@code len()} up to {@code sys.maxsize}; only objects longer than an int override it ({@code range}). */
    public long lengthLong() {
        return length();
    }

    public PyObject getItem(PyObject key) {
        throw Exc.typeError("'" + getType().tpName() + "' object is not subscriptable");
    }

    public void setItem(PyObject key, PyObject value) {
        throw Exc.typeError("'" + getType().tpName() + "' object does not support item assignment");
    }

    public void delItem(PyObject key) {
        throw Ops.noItemDeletion(this, key);
    }

    /** {@code __contains__}; the default searches by iteration (done by {@link Ops#contains}). */
    public boolean hasContains() {
        return false;
    }

    public boolean contains(PyObject item) {
        throw new IllegalStateException("no __contains__");
    }

    // ---- iteration ------------------------------------------------------------------------

    /** True when this built-in type defines {@code __iter__}. */
    public boolean hasIter() {
        return false;
    }

    /** {@code __iter__}. */
    public PyObject iter() {
        throw Exc.typeError("'" + getType().tpName() + "' object is not iterable");
    }

    /** True when this built-in type defines {@code __next__}. */
    public boolean isIterator() {
        return false;
    }

    /** {@code __next__}: the next item, or null when exhausted (no StopIteration is built). */
    public PyObject next() {
        throw Exc.typeError("'" + getType().tpName() + "' object is not an iterator");
    }

    // ---- calls ----------------------------------------------------------------------------

    public boolean isCallable() {
        return false;
    }

    /**
     * Calls this object. {@code args} holds the positional arguments followed by the values of
     * the keyword arguments whose names are {@code kwnames} (null when there are none).
     */
    public PyObject call(PyObject[] args, String[] kwnames) {
        throw Exc.typeError("'" + getType().tpName() + "' object is not callable");
    }

    // ---- numbers --------------------------------------------------------------------------

    /** A binary operator with this object on the left ({@link Ops} op codes). */
    public PyObject binaryOp(int op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    /** The reflected operator: {@code other OP this}. */
    public PyObject reflectedOp(int op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    /** An in-place operator; NotImplemented falls back to {@link #binaryOp}. */
    public PyObject inplaceOp(int op, PyObject other) {
        return PyNotImplemented.INSTANCE;
    }

    /** Unary {@code -}, {@code +}, {@code ~} ({@link Ops#NEG}, {@link Ops#POS}, {@link Ops#INVERT}); null if unsupported. */
    public PyObject unaryOp(int op) {
        return null;
    }

    /** {@code __index__}, or null when this is not an integer-like value. */
    public PyInt asIndex() {
        return null;
    }

    // ---- attributes -----------------------------------------------------------------------

    /**
     * {@code object.__getattribute__}: data descriptors of the type, then the instance dict, then
     * other type attributes. Returns null when absent (callers raise AttributeError).
     */
    public PyObject getAttr(PyStr name) {
        return Ops.genericGetAttr(this, name);
    }

    /** False for types whose attribute lookup is not {@code object.__getattribute__} (LOAD_METHOD must not shortcut). */
    public boolean usesGenericGetAttr() {
        return true;
    }

    public void setAttr(PyStr name, PyObject value) {
        Ops.genericSetAttr(this, name, value);
    }

    public void delAttr(PyStr name) {
        Ops.genericDelAttr(this, name);
    }

    // ---- lifetime -------------------------------------------------------------------------

    /** Visits every object this one references (CPython's {@code tp_traverse}). */
    public void traverse(Consumer<PyObject> visitor) {
        PyDict d = getDict();
        if (d != null) visitor.accept(d);
    }

    // ---- Java identity helpers ------------------------------------------------------------

    @Override
    public final boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PyObject other)) return false;
        return Ops.eqForKey(this, other);
    }

    @Override
    public final int hashCode() {
        long h = Ops.hash(this);
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return repr();
    }
}
