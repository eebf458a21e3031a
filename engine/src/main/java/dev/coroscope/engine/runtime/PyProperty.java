package dev.coroscope.engine.runtime;

import java.util.function.Consumer;
import java.util.function.Function;

/** {@code property(fget, fset, fdel, doc)} with {@code getter}/{@code setter}/{@code deleter}. */
public final class PyProperty extends PyObject {

    public static final PyType TYPE = PyType.builtin("property", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            // A subclass's own __init__ may take other arguments: property.__init__ fills it in.
            if (cls != TYPE) return new PyProperty(null, null, null, PyNone.INSTANCE).ofType(cls);
            PyObject[] a = Args.parse("property", args, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0);
            return new PyProperty(nn(a[0]), nn(a[1]), nn(a[2]), a[3] == null ? PyNone.INSTANCE : a[3]);
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] args, String[] kw) {
            PyProperty p = (PyProperty) s;
            if (p.type == TYPE) return PyNone.INSTANCE;
            PyObject[] a = Args.parse("property", args, kw, new String[] {"fget", "fset", "fdel", "doc"}, 0);
            p.fget = nn(a[0]);
            p.fset = nn(a[1]);
            p.fdel = nn(a[2]);
            p.doc = a[3] == null ? PyNone.INSTANCE : a[3];
            // A subclass's instance keeps its doc in its own __dict__ (the class's __doc__ would hide it).
            PyObject doc = p.doc;
            if (doc == PyNone.INSTANCE && p.fget != null) doc = Ops.getAttrOr(p.fget, "__doc__", PyNone.INSTANCE);
            p.dict.put("__doc__", doc);
            return PyNone.INSTANCE;
        }}));
        t.member("fget", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return orNone(((PyProperty) s).fget); } });
        t.member("fset", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return orNone(((PyProperty) s).fset); } });
        t.member("fdel", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return orNone(((PyProperty) s).fdel); } });
        t.getter("__doc__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyProperty p = (PyProperty) s;
            if (p.doc != PyNone.INSTANCE) return p.doc;
            return p.fget == null ? PyNone.INSTANCE : Ops.getAttrOr(p.fget, "__doc__", PyNone.INSTANCE);
        }});
        t.getter("__isabstractmethod__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyProperty p = (PyProperty) s;
            for (PyObject f : new PyObject[] {p.fget, p.fset, p.fdel}) {
                if (f == null) continue;
                PyObject v = Ops.getAttrOrNull(f, PyStr.intern("__isabstractmethod__"));
                if (v != null && Ops.isTrue(v)) return PyBool.TRUE;
            }
            return PyBool.FALSE;
        }});
        t.method1("getter", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject f) { PyProperty p = (PyProperty) s; return p.copy(f, p.fset, p.fdel); }});
        t.method1("setter", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject f) { PyProperty p = (PyProperty) s; return p.copy(p.fget, f, p.fdel); }});
        t.method1("deleter", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject f) { PyProperty p = (PyProperty) s; return p.copy(p.fget, p.fset, f); }});
        t.put("__get__", new PyMethodDescriptor(t, "__get__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject obj = a.length > 0 ? a[0] : PyNone.INSTANCE;
            return obj == PyNone.INSTANCE ? s : ((PyProperty) s).get(obj);
        }}));
        t.method2("__set__", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject obj, PyObject v) { ((PyProperty) s).set(obj, v); return PyNone.INSTANCE; }});
        t.method1("__delete__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject obj) { ((PyProperty) s).delete(obj); return PyNone.INSTANCE; }});
        t.method2("__set_name__", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject owner, PyObject n) {
            ((PyProperty) s).name = n;
            return PyNone.INSTANCE;
        }});
    }});

    private static PyObject nn(PyObject o) {
        return o == null || o == PyNone.INSTANCE ? null : o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    PyObject fget;
    PyObject fset;
    PyObject fdel;
    PyObject doc;
    /** property itself, or the user subclass this instance belongs to. */
    private PyType type = TYPE;
    /** The instance dict of a subclass's instance (null for a plain property). */
    private PyDict dict;

    private PyProperty ofType(PyType t) {
        type = t;
        dict = new PyDict();
        return this;
    }

    /** getter()/setter()/deleter(): a plain property copies itself; a subclass's is type(self)(fget, fset, fdel, doc). */
    private PyObject copy(PyObject g, PyObject s, PyObject d) {
        if (type == TYPE) return new PyProperty(g, s, d, doc).named(name);
        PyObject r = Ops.call(type, new PyObject[] {orNone(g), orNone(s), orNone(d), doc}, null);
        if (r instanceof PyProperty p && p.name == null) p.name = name;
        return r;
    }
    /** The attribute name given by __set_name__ (kept by setter()/deleter() copies); errors prefer it to the getter's name. */
    private PyObject name;

    private PyProperty named(PyObject n) {
        name = n;
        return this;
    }

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** namedtuple fields (CPython's _tuplegetter): errors say "can't set attribute", with no name. */
    private boolean unnamed;

    public PyProperty unnamed() {
        unnamed = true;
        return this;
    }

    private String propName() {
        if (unnamed) return null;
        if (name != null) return name instanceof PyStr ns ? ns.value() : Ops.repr(name);
        if (fget != null) {
            PyObject n = Ops.getAttrOr(fget, "__name__", null);
            if (n instanceof PyStr s) return s.value();
        }
        return null;
    }

    public PyObject get(PyObject obj) {
        if (fget == null) {
            String n = propName();
            throw Exc.attributeError(n == null ? "unreadable attribute" : "property '" + n + "' of '"
                    + obj.getType().qualname() + "' object has no getter", obj, null);
        }
        return Ops.call(fget, obj);
    }

    public void set(PyObject obj, PyObject value) {
        if (fset == null) {
            String n = propName();
            throw Exc.attributeError(n == null ? "can't set attribute" : "property '" + n + "' of '"
                    + obj.getType().qualname() + "' object has no setter", obj, null);
        }
        Ops.call(fset, obj, value);
    }

    public void delete(PyObject obj) {
        if (fdel == null) {
            String n = propName();
            throw Exc.attributeError(n == null ? "can't delete attribute" : "property '" + n + "' of '"
                    + obj.getType().qualname() + "' object has no deleter", obj, null);
        }
        Ops.call(fdel, obj);
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        if (dict != null) v.accept(dict);
        if (fget != null) v.accept(fget);
        if (fset != null) v.accept(fset);
        if (fdel != null) v.accept(fdel);
    }
}
