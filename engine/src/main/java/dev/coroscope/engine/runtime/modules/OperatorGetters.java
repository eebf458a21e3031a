package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;

/**
 * {@code operator.itemgetter}, {@code attrgetter} and {@code methodcaller}: callable objects of
 * their own types (not functions), with CPython's reprs and argument errors.
 */
final class OperatorGetters {
    private OperatorGetters() {}

    private static void noKeywords(String name, String[] kw) {
        if (kw != null && kw.length > 0) throw Exc.typeError(name + "() takes no keyword arguments");
    }

    private static PyObject single(String name, PyObject[] args, String[] kw) {
        noKeywords(name, kw);
        if (args.length != 1) throw Exc.typeError(name + " expected 1 argument, got " + args.length);
        return args[0];
    }

    private static String joinReprs(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(Ops.repr(items[i]));
        }
        return sb.toString();
    }

    static final class ItemGetter extends PyObject {
        static final PyType TYPE = PyType.builtin("operator", "itemgetter", null, false, new java.util.function.Consumer<PyType>() { public void accept(PyType t) { t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
            noKeywords("itemgetter", k);
            if (a.length == 0) throw Exc.typeError("itemgetter expected 1 argument, got 0");
            return new ItemGetter(a.clone());
        }}); }});

        private final PyObject[] items;

        ItemGetter(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kw) {
            PyObject obj = single("itemgetter", args, kw);
            if (items.length == 1) return Ops.getItem(obj, items[0]);
            PyObject[] r = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) r[i] = Ops.getItem(obj, items[i]);
            return PyTuple.of(r);
        }

        @Override
        public String repr() {
            return "operator.itemgetter(" + joinReprs(items) + ")";
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> v) {
            for (PyObject o : items) v.accept(o);
        }
    }

    static final class AttrGetter extends PyObject {
        static final PyType TYPE = PyType.builtin("operator", "attrgetter", null, false, new java.util.function.Consumer<PyType>() { public void accept(PyType t) { t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
            noKeywords("attrgetter", k);
            if (a.length == 0) throw Exc.typeError("attrgetter expected 1 argument, got 0");
            String[][] paths = new String[a.length][];
            for (int i = 0; i < a.length; i++) {
                if (!(a[i] instanceof PyStr s)) throw Exc.typeError("attribute name must be a string");
                paths[i] = s.value().split("\\.", -1);
            }
            return new AttrGetter(a.clone(), paths);
        }}); }});

        private final PyObject[] names;
        private final String[][] paths;

        AttrGetter(PyObject[] names, String[][] paths) {
            this.names = names;
            this.paths = paths;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        private static PyObject follow(PyObject o, String[] path) {
            for (String part : path) o = Ops.getAttr(o, PyStr.intern(part));
            return o;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kw) {
            PyObject obj = single("attrgetter", args, kw);
            if (paths.length == 1) return follow(obj, paths[0]);
            PyObject[] r = new PyObject[paths.length];
            for (int i = 0; i < paths.length; i++) r[i] = follow(obj, paths[i]);
            return PyTuple.of(r);
        }

        @Override
        public String repr() {
            return "operator.attrgetter(" + joinReprs(names) + ")";
        }
    }

    static final class MethodCaller extends PyObject {
        static final PyType TYPE = PyType.builtin("operator", "methodcaller", null, false, new java.util.function.Consumer<PyType>() { public void accept(PyType t) { t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
            int npos = Args.positional(a, k);
            if (npos == 0) throw Exc.typeError("methodcaller needs at least one argument, the method name");
            if (!(a[0] instanceof PyStr name)) throw Exc.typeError("method name must be a string");
            return new MethodCaller(name, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        }}); }});

        private final PyStr name;
        /** The positional arguments, then the keyword values. */
        private final PyObject[] args;
        private final String[] kw;

        MethodCaller(PyStr name, PyObject[] args, String[] kw) {
            this.name = name;
            this.args = args;
            this.kw = kw == null || kw.length == 0 ? null : kw;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public boolean isCallable() {
            return true;
        }

        @Override
        public PyObject call(PyObject[] a, String[] k) {
            PyObject obj = single("methodcaller", a, k);
            return Ops.call(Ops.getAttr(obj, name), args.clone(), kw);
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Ops.repr(name));
            int npos = args.length - (kw == null ? 0 : kw.length);
            for (int i = 0; i < npos; i++) sb.append(", ").append(Ops.repr(args[i]));
            if (kw != null) for (int i = 0; i < kw.length; i++) sb.append(", ").append(kw[i]).append('=').append(Ops.repr(args[npos + i]));
            return sb.append(')').toString();
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> v) {
            for (PyObject o : args) v.accept(o);
        }
    }
}
