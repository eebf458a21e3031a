package dev.coroscope.engine.runtime;

/**
 * An instance of a user class whose built-in base is {@code object}. It has a {@code __dict__}
 * unless {@code __slots__} say otherwise, and an array for the values of its slots when the class
 * declares any ({@link PyMemberDescriptor} reads them).
 */
public final class PyInstance extends PyObject {

    private PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        this.dict = type.instanceDict() ? new PyDict() : null;
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

    @Override
    public void traverse(java.util.function.Consumer<PyObject> visitor) {
        super.traverse(visitor);
        if (slots != null) for (PyObject o : slots) if (o != null) visitor.accept(o);
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    public void setDict(PyDict d) {
        this.dict = d;
    }
}
