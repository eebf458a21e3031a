package dev.coroscope.engine.runtime;

/**
 * A built-in data descriptor (getset_descriptor, member_descriptor) whose protocol a program may
 * call by hand: {@code type(x).__dict__['name'].__get__(x)}, {@code .__set__(x, v)},
 * {@code .__delete__(x)}. {@link #addProtocol} gives its type those three methods.
 */
interface HandCalledDescriptor {

    /** The attribute's value on {@code obj}. */
    PyObject get(PyObject obj);

    /** Sets the attribute on {@code obj}; a null value deletes it. */
    void set(PyObject obj, PyObject value);

    /** Adds {@code __get__}, {@code __set__} and {@code __delete__} to a descriptor type. */
    static void addProtocol(PyType t) {
        t.method("__get__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject obj = a.length > 0 ? a[0] : PyNone.INSTANCE;
            return obj == PyNone.INSTANCE ? s : ((HandCalledDescriptor) s).get(obj);
        }});
        t.method2("__set__", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject obj, PyObject v) {
            ((HandCalledDescriptor) s).set(obj, v);
            return PyNone.INSTANCE;
        }});
        t.method1("__delete__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject obj) {
            ((HandCalledDescriptor) s).set(obj, null);
            return PyNone.INSTANCE;
        }});
    }
}
