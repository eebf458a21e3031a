package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code super()}: attribute lookup that starts after a class in the MRO of an object's type. */
public final class PySuper extends PyObject {

    public static final PyType TYPE = PyType.builtin("super", null, true, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("super", kw);
            if (args.length == 0) return zeroArg();
            if (args.length > 2) throw Exc.typeError("super() takes at most 2 arguments (" + args.length + " given)");
            if (!(args[0] instanceof PyType type)) {
                throw Exc.typeError("super() argument 1 must be a type, not " + args[0].getType().tpName());
            }
            return PySuper.make(type, args.length > 1 ? args[1] : null);
        }});
        t.getter("__thisclass__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PySuper) s).type; } });
        t.getter("__self__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PySuper) s).obj == null ? PyNone.INSTANCE : ((PySuper) s).obj;
        }});
        t.getter("__self_class__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PySuper) s).objType == null ? PyNone.INSTANCE : ((PySuper) s).objType;
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return PyNone.INSTANCE;
        }}));
    }});

    final PyType type;
    final PyObject obj;
    final PyType objType;

    private PySuper(PyType type, PyObject obj, PyType objType) {
        this.type = type;
        this.obj = obj;
        this.objType = objType;
    }

    static PySuper make(PyType type, PyObject obj) {
        if (obj == null) return new PySuper(type, null, null);
        PyType objType;
        if (obj instanceof PyType ot && ot.isSubtypeOf(type)) objType = ot;
        else if (obj.getType().isSubtypeOf(type)) objType = obj.getType();
        else throw Exc.typeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(type, obj, objType);
    }

    private static PySuper zeroArg() {
        Frame f = Interp.current().frame;
        if (f == null || f.code.argcount == 0 && (f.code.flags & PyCode.CO_VARARGS) == 0) {
            throw Exc.runtimeError("super(): no arguments");
        }
        PyObject first = f.fast[0];
        if (first instanceof PyCell c && f.code.isCell[0]) first = c.value;
        if (first == null) throw Exc.runtimeError("super(): arg[0] deleted");
        PyStr[] names = f.code.localsplusNames;
        for (int i = names.length - f.code.nfrees; i < names.length; i++) {
            if (names[i].value().equals("__class__")) {
                PyObject cls = ((PyCell) f.fast[i]).value;
                if (cls == null) throw Exc.runtimeError("super(): empty __class__ cell");
                if (!(cls instanceof PyType t)) throw Exc.runtimeError("super(): __class__ is not a type (" + cls.getType().tpName() + ")");
                return make(t, first);
            }
        }
        throw Exc.runtimeError("super(): __class__ cell not found");
    }

    @Override
    public boolean usesGenericGetAttr() {
        return false;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(PyStr name) {
        if (objType != null && !name.value().equals("__class__")) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != type) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().get(name);
                if (v != null) {
                    PyObject inst = obj == objType ? null : obj;
                    return Descriptors.get(v, inst, objType);
                }
            }
        }
        return super.getAttr(name);
    }

    @Override
    public String repr() {
        if (objType == null) return "<super: <class '" + type.name() + "'>, NULL>";
        return "<super: <class '" + type.name() + "'>, <" + objType.name() + " object>>";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(type);
        if (obj != null) v.accept(obj);
    }
}
