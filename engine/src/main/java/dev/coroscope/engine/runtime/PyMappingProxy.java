package dev.coroscope.engine.runtime;

import java.util.function.Consumer;
import java.util.function.Function;

/** {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping. */
public final class PyMappingProxy extends PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("mappingproxy", a, k, new String[] {"mapping"}, 1);
            PyObject m = p[0];
            if (m instanceof PyList || m instanceof PyTuple || m.getType().lookup("__getitem__") == null
                    || m.getType().lookup("keys") == null) {
                throw Exc.typeError("mappingproxy() argument must be a mapping, not " + m.getType().tpName());
            }
            return new PyMappingProxy(m);
        }});
        t.method0("keys", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Ops.callMethod(((PyMappingProxy) s).mapping, "keys");
        }});
        t.method0("values", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Ops.callMethod(((PyMappingProxy) s).mapping, "values");
        }});
        t.method0("items", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Ops.callMethod(((PyMappingProxy) s).mapping, "items");
        }});
        t.method0("copy", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Ops.callMethod(((PyMappingProxy) s).mapping, "copy");
        }});
        t.method("get", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return Ops.call(Ops.getAttr(((PyMappingProxy) s).mapping, "get"), a, k);
        }});
        t.method0("__reversed__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Ops.call(BuiltinIters.REVERSED, ((PyMappingProxy) s).mapping);
        }});
        Slots.len(t);
        Slots.getitem(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.repr(t);
        t.method1("__or__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return Ops.binaryOp(Ops.callMethod(((PyMappingProxy) s).mapping, "copy"),
                o instanceof PyMappingProxy p ? p.mapping : o, Ops.OR);
        }});
        t.method1("__eq__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return PyBool.of(Ops.eq(((PyMappingProxy) s).mapping, o));
        }});
    }});

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "mappingproxy(" + Ops.repr(mapping) + ")";
    }

    /** str() of a mappingproxy is str() of the mapping it shows (CPython's mappingproxy_str). */
    @Override
    public String str() {
        return Ops.str(mapping);
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return Ops.length(mapping);
    }

    @Override
    public PyObject getItem(PyObject key) {
        return Ops.getItem(mapping, key);
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        return Ops.contains(mapping, item);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return Ops.iter(mapping);
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (op == Ops.EQ || op == Ops.NE) return Ops.richCompare(mapping, other, op);
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(mapping);
    }
}
