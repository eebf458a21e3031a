package dev.coroscope.engine.runtime;

/**
 * An instance of a user class whose built-in base is {@code object}. It has a {@code __dict__}
 * unless {@code __slots__} say otherwise, and an array for the values of its slots when the class
 * declares any ({@link PyMemberDescriptor} reads them).
 *
 * <p>The {@code __dict__} starts compact: an {@link InstanceShape} (the names, in insertion order,
 * shared with instances that added the same names in the same order) and an array of the values.
 * Attribute reads and writes by name ({@link #getAttr}, {@link #setAttr}, {@link #ownAttr}, the VM's
 * inline caches through {@link #shape()}/{@link #valueAt}) work on it directly. Anything that needs
 * the dictionary as an object ({@link #getDict()}: {@code __dict__}, {@code vars()}, deleting an
 * attribute, a name that is not an exact str, a shape past its bounds) turns it into a real
 * {@link PyDict} with the same items in the same order, and from then on that dict is the only
 * storage. Invariant: at most one of {@code shape} and {@code dict} is non-null; in compact mode
 * {@code vals[i]} is the value of {@code shape.keyAt(i)} for {@code i < shape.size()}.
 */
public final class PyInstance extends PyObject {

    private static final PyObject[] NO_VALUES = new PyObject[0];

    private PyType type;
    private PyDict dict;
    private InstanceShape shape;
    private PyObject[] vals;
    private final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.instanceDict()) {
            InstanceShape root = type.shapeRoot();
            this.shape = root;
            int cap = root.initialCapacity();
            this.vals = cap == 0 ? NO_VALUES : new PyObject[cap];
        }
        int n = type.slotCount();
        this.slots = n == 0 ? null : new PyObject[n];
    }

    /** The slot values (null entries are unset), or null when the class has no slots. */
    PyObject[] slots() {
        return slots;
    }

    @Override
    public PyType getType() {
        return type;
    }

    public void setType(PyType t) {
        this.type = t;
    }

    /** The compact dictionary's shape, or null when the instance has a real dict (or none). */
    public InstanceShape shape() {
        return shape;
    }

    /** Compact mode: the value at position {@code i} of the shape. */
    public PyObject valueAt(int i) {
        return vals[i];
    }

    /** Compact mode: replaces the value at position {@code i} of the shape. */
    public void setValueAt(int i, PyObject v) {
        vals[i] = v;
    }

    /**
     * Compact mode: adds the name that leads from the current shape to {@code next} (a child the
     * caller got from the shape tree for that name), with value {@code v}.
     */
    public void appendValue(InstanceShape next, PyObject v) {
        int i = shape.size();
        if (i == vals.length) vals = java.util.Arrays.copyOf(vals, Math.max(4, i * 2));
        vals[i] = v;
        shape = next;
    }

    /** The instance's own value for {@code name} ({@code __dict__[name]}), or null. */
    public PyObject ownAttr(PyStr name) {
        InstanceShape s = shape;
        if (s != null) {
            if (name.getClass() != PyStr.class) return getDict().get(name);
            int i = s.indexOf(name);
            return i < 0 ? null : vals[i];
        }
        PyDict d = dict;
        return d == null ? null : d.get(name);
    }

    /**
     * Sets {@code __dict__[name]} (the instance must have a {@code __dict__}). Returns the shape
     * afterwards: the same shape when {@code name} was there and its value was replaced, the child
     * shape when it was added; null when the storage is (or just became) a real dict.
     */
    public InstanceShape putOwn(PyStr name, PyObject v) {
        InstanceShape s = shape;
        if (s != null && name.getClass() == PyStr.class) {
            int i = s.indexOf(name);
            if (i >= 0) {
                vals[i] = v;
                return s;
            }
            InstanceShape next = s.with(name);
            if (next != null) {
                appendValue(next, v);
                return next;
            }
        }
        getDict().put(name, v);
        return null;
    }

    /** Whether the instance has a {@code __dict__} at all (compact or not). */
    public boolean hasDict() {
        return shape != null || dict != null;
    }

    @Override
    public PyObject getAttr(PyStr name) {
        if (shape == null) return Ops.genericGetAttr(this, name);
        // object.__getattribute__ over the compact dictionary (Ops.genericGetAttr's order).
        PyType t = type;
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptors.isData(descr)) return Descriptors.get(descr, this, t);
        PyObject v = ownAttr(name);
        if (v != null) return v;
        if (descr != null) return Descriptors.get(descr, this, t);
        return null;
    }

    @Override
    public void setAttr(PyStr name, PyObject value) {
        if (shape == null) {
            Ops.genericSetAttr(this, name, value);
            return;
        }
        PyObject descr = type.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            Descriptors.set(descr, this, value);
            return;
        }
        putOwn(name, value);
    }

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visitor) {
        InstanceShape s = shape;
        if (s != null) {
            for (int i = 0, n = s.size(); i < n; i++) visitor.accept(vals[i]);
        } else if (dict != null) {
            visitor.accept(dict);
        }
        if (slots != null) for (PyObject o : slots) if (o != null) visitor.accept(o);
    }

    /** The instance's {@code __dict__} as a dict object (turning a compact one into it for good). */
    @Override
    public PyDict getDict() {
        InstanceShape s = shape;
        if (s != null) {
            PyDict d = new PyDict();
            for (int i = 0, n = s.size(); i < n; i++) d.put(s.keyAt(i), vals[i]);
            dict = d;
            shape = null;
            vals = null;
        }
        return dict;
    }

    public void setDict(PyDict d) {
        this.dict = d;
        this.shape = null;
        this.vals = null;
    }
}
