package dev.coroscope.engine.runtime;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code member_descriptor}: one name of a class's {@code __slots__}. The value lives in the
 * instance's slot array at {@link #index} (inherited slots first), never in a {@code __dict__}; an
 * unset slot reads as AttributeError, as in CPython.
 */
public final class PyMemberDescriptor extends PyObject implements HandCalledDescriptor {

    public static final PyType TYPE = PyType.builtin("member_descriptor", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        // Also the type of the read-only attributes of built-in types CPython keeps as members
        // (PyGetSetDescriptor.asReadonlyMember).
        t.getter("__name__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s instanceof PyGetSetDescriptor g ? g.name : ((PyMemberDescriptor) s).name);
        }});
        t.getter("__objclass__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return s instanceof PyGetSetDescriptor g ? g.owner : ((PyMemberDescriptor) s).owner;
        }});
        HandCalledDescriptor.addProtocol(t);
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
    }});

    public final PyType owner;
    public final String name;
    public final int index;

    public PyMemberDescriptor(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    private PyObject[] slotsOf(PyObject obj) {
        if (!obj.getType().isSubtypeOf(owner) || !(obj instanceof PyInstance inst) || inst.slots() == null) {
            throw Exc.typeError("descriptor '" + name + "' for '" + owner.tpName() + "' objects doesn't apply to a '"
                    + obj.getType().tpName() + "' object");
        }
        return inst.slots();
    }

    public PyObject get(PyObject obj) {
        PyObject v = slotsOf(obj)[index];
        if (v == null) {
            throw Exc.attributeError("'" + obj.getType().tpName() + "' object has no attribute '" + name + "'", obj, PyStr.of(name));
        }
        return v;
    }

    /** Stores {@code value}, or deletes when it is null. */
    public void set(PyObject obj, PyObject value) {
        PyObject[] slots = slotsOf(obj);
        if (value == null && slots[index] == null) {
            // CPython 3.11 words this one with the bare name.
            throw Exc.attributeError(name, obj, PyStr.of(name));
        }
        slots[index] = value;
    }

    @Override
    public String repr() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
