package dev.coroscope.engine.runtime;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code set} and {@code frozenset}: constructors, methods and operators. */
final class SetType {
    private SetType() {}

    static PyObject setOp(PySet self, int op, Set<PyObject> other, boolean inplace) {
        LinkedHashSet<PyObject> r;
        switch (op) {
            case Ops.OR:
                r = new LinkedHashSet<>(self.set);
                r.addAll(other);
                break;
            case Ops.AND:
                r = new LinkedHashSet<>();
                if (other.size() < self.set.size()) {
                    for (PyObject o : other) if (self.set.contains(o)) r.add(o);
                } else {
                    for (PyObject o : self.set) if (other.contains(o)) r.add(o);
                }
                break;
            case Ops.SUB:
                r = new LinkedHashSet<>();
                for (PyObject o : self.set) if (!other.contains(o)) r.add(o);
                break;
            case Ops.XOR:
                r = new LinkedHashSet<>();
                for (PyObject o : self.set) if (!other.contains(o)) r.add(o);
                for (PyObject o : other) if (!self.set.contains(o)) r.add(o);
                break;
            default:
                return PyNotImplemented.INSTANCE;
        }
        if (inplace) {
            self.set.clear();
            self.set.addAll(r);
            return self;
        }
        return self.newOfSameKind(r);
    }

    private static Set<PyObject> asSet(PyObject o) {
        if (o instanceof PySet s) return s.set;
        LinkedHashSet<PyObject> r = new LinkedHashSet<>();
        Ops.forEach(o, x -> {
            r.add(x);
        });
        return r;
    }

    private static void common(PyType t, boolean frozen) {
        Slots.repr(t);
        Slots.compare(t);
        Slots.len(t);
        Slots.contains(t);
        Slots.iter(t);
        Slots.classGetItem(t);
        if (frozen) Slots.hash(t);
        else Slots.unhashable(t);
        Slots.binary(t, Ops.OR, Ops.AND, Ops.SUB, Ops.XOR);
        t.method("union", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PySet r = ((PySet) s).newOfSameKind(((PySet) s).set);
            for (PyObject o : a) r.set.addAll(asSet(o));
            return r;
        }});
        t.method("intersection", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject r = ((PySet) s).newOfSameKind(((PySet) s).set);
            for (PyObject o : a) r = setOp((PySet) r, Ops.AND, asSet(o), false);
            return r;
        }});
        t.method("difference", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PyObject r = ((PySet) s).newOfSameKind(((PySet) s).set);
            for (PyObject o : a) r = setOp((PySet) r, Ops.SUB, asSet(o), false);
            return r;
        }});
        t.method1("symmetric_difference", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return setOp((PySet) s, Ops.XOR, asSet(o), false);
        }});
        t.method1("issubset", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return PyBool.of(asSet(o).containsAll(((PySet) s).set));
        }});
        t.method1("issuperset", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return PyBool.of(((PySet) s).set.containsAll(asSet(o)));
        }});
        t.method1("isdisjoint", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            for (PyObject x : asSet(o)) if (((PySet) s).set.contains(x)) return PyBool.FALSE;
            return PyBool.TRUE;
        }});
        t.method0("copy", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return frozen && s.getType() == PySet.FROZEN_TYPE ? s : ((PySet) s).newOfSameKind(((PySet) s).set);
        }});
    }

    static void initSet(PyType t) {
        // As list: a subclass's instance starts empty and set.__init__ fills it.
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (cls != PySet.TYPE) return new PySetSub(cls, false);
            Args.noKeywords("set", kw);
            Args.atMost("set", args, 1);
            PySet s = new PySet(false);
            if (args.length == 1) Ops.forEach(args[0], new Consumer<PyObject>() { public void accept(PyObject x) { s.add(x); } });
            return s;
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("set", k);
            Args.atMost(s.getType().name(), a, 1);
            PySet set = (PySet) s;
            set.clear();
            if (a.length == 1) Ops.forEach(a[0], set::add);
            return PyNone.INSTANCE;
        }}));
        common(t, false);
        t.method1("add", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            ((PySet) s).add(x);
            return PyNone.INSTANCE;
        }});
        t.method1("remove", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            if (!((PySet) s).discard(x)) throw Exc.keyError(x);
            return PyNone.INSTANCE;
        }});
        t.method1("discard", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            ((PySet) s).discard(x);
            return PyNone.INSTANCE;
        }});
        t.method0("pop", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PySet set = (PySet) s;
            if (set.size() == 0) throw Exc.keyError(PyStr.of("pop from an empty set"));
            PyObject first = set.ordered().get(0);
            set.set.remove(first);
            return first;
        }});
        t.method0("clear", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            ((PySet) s).clear();
            return PyNone.INSTANCE;
        }});
        t.method("update", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            for (PyObject o : a) ((PySet) s).set.addAll(asSet(o));
            return PyNone.INSTANCE;
        }});
        t.method("intersection_update", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            for (PyObject o : a) setOp((PySet) s, Ops.AND, asSet(o), true);
            return PyNone.INSTANCE;
        }});
        t.method("difference_update", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            for (PyObject o : a) setOp((PySet) s, Ops.SUB, asSet(o), true);
            return PyNone.INSTANCE;
        }});
        t.method1("symmetric_difference_update", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            setOp((PySet) s, Ops.XOR, asSet(o), true);
            return PyNone.INSTANCE;
        }});
        for (int op : new int[] {Ops.OR, Ops.AND, Ops.SUB, Ops.XOR}) {
            String name = Ops.BIN_IDUNDER[op].value();
            t.method1(name, new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) { return s.inplaceOp(op, o); } });
        }
    }

    static void initFrozen(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (cls == PySet.FROZEN_TYPE) Args.noKeywords("frozenset", kw);
            Args.atMost(cls.name(), args, 1);
            if (cls == PySet.FROZEN_TYPE && args.length == 1 && args[0] instanceof PySet s && s.frozen
                    && s.getType() == PySet.FROZEN_TYPE) {
                return s;
            }
            PySet s = cls == PySet.FROZEN_TYPE ? new PySet(true) : new PySetSub(cls, true);
            if (args.length == 1) Ops.forEach(args[0], new Consumer<PyObject>() { public void accept(PyObject x) { s.add(x); } });
            return s;
        }});
        common(t, true);
    }

    /** Instances of user subclasses of set and frozenset. */
    static final class PySetSub extends PySet {
        private final PyType type;
        private final PyDict dict = new PyDict();

        PySetSub(PyType type, boolean frozen) {
            super(frozen);
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

        @Override
        public PyDict getDict() {
            return dict;
        }
    }
}
