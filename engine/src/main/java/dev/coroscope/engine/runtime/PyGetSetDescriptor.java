package dev.coroscope.engine.runtime;

import java.util.function.Function;
import java.util.function.Consumer;

/** {@code getset_descriptor}: a computed attribute of a built-in type ({@code cr_running}...). */
public final class PyGetSetDescriptor extends PyObject implements HandCalledDescriptor {

    public static final PyType TYPE = PyType.builtin("getset_descriptor", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.getter("__name__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyGetSetDescriptor) s).name);
        }});
        t.getter("__objclass__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyGetSetDescriptor) s).owner;
        }});
        // The descriptor protocol called by hand (type(x).__dict__['name'].__get__(x)).
        HandCalledDescriptor.addProtocol(t);
    }});

    @FunctionalInterface
    public interface Setter {
        void set(PyObject self, PyObject value);
    }

    public final PyType owner;
    public final String name;
    private final Function<PyObject, PyObject> getter;
    private final Setter setter;

    public PyGetSetDescriptor(PyType owner, String name, Function<PyObject, PyObject> getter, Setter setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType getType() {
        return readonlyMember ? PyMemberDescriptor.TYPE : TYPE;
    }

    public PyObject get(PyObject obj) {
        if (!obj.getType().isSubtypeOf(owner)) {
            throw Exc.typeError("descriptor '" + name + "' for '" + owner.tpName() + "' objects doesn't apply to a '"
                    + obj.getType().tpName() + "' object");
        }
        return getter.apply(obj);
    }

    /** Marks this attribute as one CPython defines as a read-only struct member (see {@link PyType#member}). */
    PyGetSetDescriptor asReadonlyMember() {
        readonlyMember = true;
        return this;
    }

    private boolean readonlyMember;

    public void set(PyObject obj, PyObject value) {
        if (setter == null) {
            // A failed store names neither the object nor the attribute on the exception (name/obj None).
            if (readonlyMember) throw Exc.attributeError("readonly attribute", null, null);
            throw Exc.attributeError("attribute '" + name + "' of '" + owner.tpName() + "' objects is not writable", null, null);
        }
        if (value == null) throw Exc.typeError("cannot delete attribute '" + name + "'");
        setter.set(obj, value);
    }

    @Override
    public String repr() {
        if (readonlyMember) return "<member '" + name + "' of '" + owner.name() + "' objects>";
        return "<attribute '" + name + "' of '" + owner.name() + "' objects>";
    }
}
