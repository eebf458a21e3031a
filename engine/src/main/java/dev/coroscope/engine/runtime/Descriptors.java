package dev.coroscope.engine.runtime;

/** The descriptor protocol: how attributes found on a type bind to an instance or a class. */
public final class Descriptors {
    private Descriptors() {}

    private static final PyStr GET = PyStr.intern("__get__");
    private static final PyStr SET = PyStr.intern("__set__");
    private static final PyStr DELETE = PyStr.intern("__delete__");

    /** True for data descriptors (they win over the instance dict). */
    public static boolean isData(PyObject d) {
        if (d instanceof PyProperty && d.getType() == PyProperty.TYPE || d instanceof PyGetSetDescriptor || d instanceof PyMemberDescriptor) return true;
        PyType t = d.getType();
        if (!t.isHeap()) return false;
        return t.lookup(SET) != null || t.lookup(DELETE) != null;
    }

    /**
     * Binds {@code d}, found on {@code type}, for {@code obj} (null when the attribute is read on
     * the class itself).
     */
    public static PyObject get(PyObject d, PyObject obj, PyType type) {
        if (d instanceof PyFunction) return obj == null ? d : new PyMethod(d, obj);
        if (d instanceof PyMethodDescriptor md) return obj == null ? d : md.bind(obj);
        if (d instanceof PyClassMethod cm && cm.getType() == PyClassMethod.TYPE) return classMethodGet(cm, type);
        if (d instanceof PyStaticMethod sm && sm.getType() == PyStaticMethod.TYPE) return sm.func;
        if (d instanceof PyProperty p && p.getType() == PyProperty.TYPE) return obj == null ? d : p.get(obj);
        if (d instanceof PyGetSetDescriptor g) return obj == null ? d : g.get(obj);
        if (d instanceof PyMemberDescriptor m) return obj == null ? d : m.get(obj);
        PyType dt = d.getType();
        if (dt.isHeap()) {
            PyObject getter = dt.lookup(GET);
            if (getter != null) {
                return Ops.callDunderFound(getter, d, obj == null ? PyNone.INSTANCE : obj, type);
            }
        }
        return d;
    }

    /**
     * A classmethod bound to {@code owner}. As in CPython 3.11, a wrapped object that is itself a
     * descriptor (a property, another classmethod, a user descriptor) is bound to the class
     * through its own {@code __get__}; a plain function becomes a method of the class.
     */
    public static PyObject classMethodGet(PyClassMethod cm, PyObject owner) {
        PyObject f = cm.func;
        if (f instanceof PyFunction) return new PyMethod(f, owner);
        if (f instanceof PyBuiltinFunction bf) {
            if (bf.isBuiltinClassMethod() && owner instanceof PyType ot) return bf.boundToClass(ot);
            return new PyMethod(f, owner);
        }
        if (owner instanceof PyType ot && (f instanceof PyProperty || f instanceof PyClassMethod || f instanceof PyStaticMethod
                || (f.getType().isHeap() && f.getType().lookup(GET) != null))) {
            return get(f, owner, ot);
        }
        return new PyMethod(f, owner);
    }

    /** Setting (value != null) or deleting (value == null) through a data descriptor. */
    public static void set(PyObject d, PyObject obj, PyObject value) {
        if (d instanceof PyProperty p && p.getType() == PyProperty.TYPE) {
            if (value == null) p.delete(obj);
            else p.set(obj, value);
            return;
        }
        if (d instanceof PyGetSetDescriptor g) {
            g.set(obj, value);
            return;
        }
        if (d instanceof PyMemberDescriptor m) {
            m.set(obj, value);
            return;
        }
        PyType dt = d.getType();
        PyObject m = dt.lookup(value == null ? DELETE : SET);
        if (m == null) {
            throw Exc.attributeError(value == null ? "__delete__" : "__set__", d, null);
        }
        if (value == null) Ops.callDunderFound(m, d, obj);
        else Ops.callDunderFound(m, d, obj, value);
    }
}
