package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;
import java.util.function.Consumer;

/** {@code types}: the built-in type objects by name, and {@code types.coroutine}. */
public final class TypesModule {
    private TypesModule() {}

    public static void init(Interp in, PyModule m) {
        m.put("CoroutineType", PyCoroutine.TYPE);
        m.put("GeneratorType", PyGenerator.TYPE);
        m.put("AsyncGeneratorType", PyAsyncGenerator.TYPE);
        m.put("FunctionType", PyFunction.TYPE);
        m.put("LambdaType", PyFunction.TYPE);
        m.put("MethodType", PyMethod.TYPE);
        m.put("BuiltinFunctionType", PyBuiltinFunction.TYPE);
        m.put("BuiltinMethodType", PyBuiltinFunction.TYPE);
        m.put("MethodDescriptorType", PyMethodDescriptor.TYPE);
        m.put("MethodWrapperType", PyBuiltinFunction.WRAPPER_TYPE);
        m.put("WrapperDescriptorType", PyMethodDescriptor.SLOT_TYPE);
        m.put("GetSetDescriptorType", PyGetSetDescriptor.TYPE);
        m.put("MemberDescriptorType", PyMemberDescriptor.TYPE);
        m.put("ModuleType", PyModule.TYPE);
        m.put("CodeType", PyCode.TYPE);
        m.put("FrameType", Frame.TYPE);
        m.put("TracebackType", PyTraceback.TYPE);
        m.put("CellType", PyCell.TYPE);
        m.put("MappingProxyType", PyMappingProxy.TYPE);
        m.put("NoneType", PyNone.TYPE);
        m.put("EllipsisType", PyEllipsis.TYPE);
        m.put("NotImplementedType", PyNotImplemented.TYPE);
        m.put("UnionType", PyUnion.TYPE);
        m.put("GenericAlias", PyGenericAlias.TYPE);
        m.put("SimpleNamespace", SimpleNamespace.TYPE);
        m.put("coroutine", new PyBuiltinFunction("coroutine", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (a.length != 1) throw Exc.typeError("coroutine() takes 1 positional argument");
            PyObject f = a[0];
            if (!Ops.isCallable(f)) throw Exc.typeError("types.coroutine() expects a callable");
            if (f instanceof PyFunction fn && (fn.code.flags & PyCode.CO_GENERATOR) != 0) {
                fn.code.flags |= PyCode.CO_ITERABLE_COROUTINE;
                return fn;
            }
            if (f instanceof PyFunction fn && (fn.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) != 0) {
                return fn;
            }
            // A plain callable: wrap so that generator results become awaitable.
            return new PyBuiltinFunction(Ops.str(Ops.getAttrOr(f, "__name__", PyStr.of("coroutine"))), (aa, kk) -> {
                PyObject r = Ops.call(f, aa, kk);
                if (r instanceof PyGenerator g) g.frame.code.flags |= PyCode.CO_ITERABLE_COROUTINE;
                return r;
            });
        }}).inModule("types"));
        m.put("new_class", new PyBuiltinFunction("new_class", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("new_class", a, k, new String[] {"name", "bases", "kwds", "exec_body"}, 1);
            PyObject bases = p[1] == null ? PyTuple.EMPTY : PyTuple.of(Ops.toArray(p[1]));
            // The class keywords (a copy), with metaclass taken out: as a class statement passes them.
            PyDict kwds = new PyDict();
            if (p[2] != null && p[2] != PyNone.INSTANCE) {
                for (PyObject key : Ops.toArray(p[2])) kwds.put(key, Ops.getItem(p[2], key));
            }
            PyStr metaKey = PyStr.intern("metaclass");
            PyObject meta = kwds.get(metaKey);
            if (meta != null) {
                kwds.remove(metaKey);
            } else {
                PyObject[] bs = ((PyTuple) bases).items();
                meta = bs.length > 0 ? bs[0].getType() : PyType.TYPE;
            }
            java.util.List<PyObject> keys = new java.util.ArrayList<>();
            java.util.List<PyObject> vals = new java.util.ArrayList<>();
            for (var e : kwds.entryList()) { keys.add(e.getKey()); vals.add(e.getValue()); }
            String[] names = new String[keys.size()];
            for (int i = 0; i < names.length; i++) names[i] = ((PyStr) keys.get(i)).value();
            PyObject ns;
            PyObject prepare = Ops.getAttrOrNull(meta, PyStr.intern("__prepare__"));
            if (prepare != null) {
                PyObject[] args = new PyObject[2 + names.length];
                args[0] = p[0];
                args[1] = bases;
                for (int i = 0; i < names.length; i++) args[2 + i] = vals.get(i);
                ns = Ops.call(prepare, args, names.length == 0 ? null : names);
            } else {
                ns = new PyDict();
            }
            if (p[3] != null && p[3] != PyNone.INSTANCE) Ops.call(p[3], ns);

            PyObject[] args = new PyObject[3 + names.length];
            args[0] = p[0];
            args[1] = bases;
            args[2] = ns;
            for (int i = 0; i < names.length; i++) args[3 + i] = vals.get(i);
            // CPython's type() takes __module__ from its caller's globals: types.py's own.
            PyObject outer = TypeCall.CALLER_MODULE.get();
            TypeCall.CALLER_MODULE.set(PyStr.intern("types"));
            PyObject cls;
            try {
                cls = Ops.call(meta, args, names.length == 0 ? null : names);
            } finally {
                TypeCall.CALLER_MODULE.set(outer);
            }
            PyStr moduleKey = PyStr.intern("__module__");
            if (cls instanceof PyType t && t.isHeap()) {
                PyObject mod = t.dict().get(moduleKey);
                if (mod == null || mod == PyNone.INSTANCE) t.setAttr(moduleKey, PyStr.intern("types"));
            }
            return cls;
        }}).inModule("types"));
    }

    /** {@code types.SimpleNamespace}. */
    public static final class SimpleNamespace extends PyObject implements dev.coroscope.engine.vm.Lifetime.Holder {
        public static final PyType TYPE = PyType.builtin("types", "SimpleNamespace", null, true, new Consumer<PyType>() { public void accept(PyType t) {
            t.put("__hash__", dev.coroscope.engine.runtime.PyNone.INSTANCE);
            t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
                SimpleNamespace ns = new SimpleNamespace(cls);
                int npos = Args.positional(args, kw);
                if (npos > 1) throw Exc.typeError("SimpleNamespace expected at most 1 positional argument, got " + npos);
                if (npos == 1) for (var e : ((PyDict) args[0]).entryList()) ns.dict.put(e.getKey(), e.getValue());
                if (kw != null) for (int i = 0; i < kw.length; i++) ns.dict.put(kw[i], args[npos + i]);
                return ns;
            }});
            t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
                return PyNone.INSTANCE;
            }}));
            t.getter("__dict__", new java.util.function.Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                return s.getDict();
            }});
            t.method1("__eq__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
                return s.richCompare(o, Ops.EQ);
            }});
        }});

        private final PyType type;
        final PyDict dict = new PyDict();

        SimpleNamespace(PyType type) {
            this.type = type;
        }

        /** Defines equality but no hash, as in CPython: unhashable. */
        @Override
        public long hash() {
            throw dev.coroscope.engine.runtime.Exc.typeError("unhashable type: '" + getType().tpName() + "'");
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(dict);
        }

        /** What dies with it (del ns, its attribute a coroutine never awaited). */
        @Override
        public void heldForLifetime(Consumer<PyObject> v) {
            for (PyObject o : dict.valueList()) v.accept(o);
        }

        @Override
        public PyObject richCompare(PyObject other, int op) {
            if ((op != Ops.EQ && op != Ops.NE) || !(other instanceof SimpleNamespace o)) return super.richCompare(other, op);
            return PyBool.of(Ops.eq(dict, o.dict) == (op == Ops.EQ));
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder(type == TYPE ? "namespace(" : type.name() + "(");
            boolean first = true;
            for (var e : dict.entryList()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.str(e.getKey())).append('=').append(Ops.repr(e.getValue()));
            }
            return sb.append(')').toString();
        }
    }
}
