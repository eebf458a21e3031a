package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/** {@code mappingproxy}: a read-only view of a class dictionary. */
public final class PyMappingProxy extends PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", null, false, t -> {
        t.method0("keys", s -> Ops.callMethod(((PyMappingProxy) s).dict, "keys"));
        t.method0("values", s -> Ops.callMethod(((PyMappingProxy) s).dict, "values"));
        t.method0("items", s -> Ops.callMethod(((PyMappingProxy) s).dict, "items"));
        t.method0("copy", s -> new PyDict(((PyMappingProxy) s).dict));
        t.method("get", (s, a, k) -> Ops.call(Ops.getAttr(((PyMappingProxy) s).dict, "get"), a, k));
    });

    private final PyDict dict;

    public PyMappingProxy(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "mappingproxy(" + dict.repr() + ")";
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return dict.size();
    }

    @Override
    public PyObject getItem(PyObject key) {
        return dict.getItem(key);
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        return dict.contains(item);
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return dict.iter();
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(dict);
    }
}
