package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.SetTable;
import dev.coroscope.engine.vm.Interp;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * {@code set} and {@code frozenset}: constructors, methods and operators, each mapped onto the
 * {@link SetTable} operation CPython 3.11 uses for it (see that class's comment), with the keys'
 * stored hashes wherever the other operand is a set too.
 */
final class SetType {
    private SetType() {}

    private static final ToLongFunction<PyObject> HASH = new ToLongFunction<PyObject>() { public long applyAsLong(PyObject o) {
        return Ops.hash(o);
    }};

    /** The operators {@code | & - ^} and their in-place forms, both operands sets. */
    static PyObject setOp(PySet self, int op, PySet other, boolean inplace) {
        SetTable<PyObject> a = self.table, b = other.table;
        if (inplace) {
            switch (op) {
                case Ops.OR: a.update(b); break;
                case Ops.AND: a.replaceContents(a.intersection(b)); break;
                case Ops.SUB: a.differenceUpdate(b); break;
                case Ops.XOR: a.symmetricDifferenceUpdate(b); break;
                default: return PyNotImplemented.INSTANCE;
            }
            return self;
        }
        SetTable<PyObject> r;
        switch (op) {
            case Ops.OR:
                r = a.copy();
                if (b != a) r.update(b);
                break;
            case Ops.AND: r = a.intersection(b); break;
            case Ops.SUB: r = a.difference(b); break;
            case Ops.XOR:
                r = b.copy();
                r.symmetricDifferenceUpdate(a);
                break;
            default:
                return PyNotImplemented.INSTANCE;
        }
        return new PySet(self.frozen, r);
    }

    /** Whether every key of {@code a} is in {@code b}, by the stored hashes. */
    static boolean isSubset(PySet a, PySet b) {
        if (a.size() > b.size()) return false;
        SetTable<PyObject> t = a.table;
        for (int i = t.next(0); i >= 0; i = t.next(i + 1)) {
            if (!b.table.contains(t.keyAt(i), t.hashAt(i))) return false;
        }
        return true;
    }

    /** {@code s.update(x)} / {@code set(x)}: CPython's set_update_internal. */
    static void update(PySet s, PyObject x) {
        if (x instanceof PySet o) {
            s.table.update(o.table);
        } else if (x instanceof PyDict d && d.getType() == PyDict.TYPE) {
            s.table.updateFromDict(d.table());
        } else {
            Ops.forEach(x, new Consumer<PyObject>() { public void accept(PyObject k) { s.add(k); } });
        }
    }

    /** A plain set or frozenset of the keys of {@code x}, built as {@code set(x)} builds it. */
    static PySet of(boolean frozen, PyObject x) {
        PySet r = new PySet(frozen);
        update(r, x);
        return r;
    }

    /** A Java iterator over a Python iterable (ticks the step budget per item). */
    private static Iterator<PyObject> items(PyObject iterable) {
        PyObject it = Ops.iter(iterable);
        Interp in = Interp.current();
        return new Iterator<PyObject>() {
            private PyObject ahead;
            private boolean done;

            public boolean hasNext() {
                if (ahead != null) return true;
                if (done) return false;
                ahead = Ops.next(it);
                if (ahead == null) {
                    done = true;
                    return false;
                }
                in.tickItem();
                return true;
            }

            public PyObject next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                PyObject v = ahead;
                ahead = null;
                return v;
            }
        };
    }

    private static SetTable<PyObject> intersection(PySet s, PyObject x) {
        if (x instanceof PySet o) return s.table.intersection(o.table);
        return s.table.intersection(items(x), HASH);
    }

    private static SetTable<PyObject> difference(PySet s, PyObject x) {
        if (x instanceof PySet o) return s.table.difference(o.table);
        if (x instanceof PyDict d && d.getType() == PyDict.TYPE) return s.table.differenceFromDict(d.table());
        SetTable<PyObject> r = s.table.copy();
        r.differenceUpdate(items(x), HASH);
        return r;
    }

    private static void differenceUpdate(PySet s, PyObject x) {
        if (x instanceof PySet o) s.table.differenceUpdate(o.table);
        else s.table.differenceUpdate(items(x), HASH);
    }

    private static void symmetricDifferenceUpdate(PySet s, PyObject x) {
        if (x instanceof PySet o) s.table.symmetricDifferenceUpdate(o.table);
        else if (x instanceof PyDict d && d.getType() == PyDict.TYPE) s.table.symmetricDifferenceUpdateFromDict(d.table());
        else s.table.symmetricDifferenceUpdate(of(false, x).table);
    }

    /**
     * {@code left OP right} where one side is a keys or items view: a set made from the left
     * operand (a keys view from its dict's table, as CPython's dictviews_to_set), then the other
     * operand applied as an iterable; {@code &} keeps the keys of the (smaller) other side found in
     * the view, as CPython's _PyDictView_Intersect.
     */
    static PyObject viewOp(PyObject left, int op, PyObject right) {
        if (op >= Ops.INPLACE) op -= Ops.INPLACE;
        if (op == Ops.AND) {
            PyObject view = left instanceof PyDictView ? left : right;
            PyObject other = view == left ? right : left;
            int viewLen = Ops.length(view);
            if (other instanceof PySet s && s.getType() == PySet.TYPE && viewLen <= s.size()) {
                return new PySet(false, s.table.intersection(items(view), HASH));
            }
            if (other instanceof PyDictView ov && ov.getType() != PyDictView.VALUES_TYPE && Ops.length(other) > viewLen) {
                PyObject t = view;
                view = other;
                other = t;
            }
            PySet r = new PySet(false);
            Iterator<PyObject> it = items(other);
            while (it.hasNext()) {
                PyObject k = it.next();
                if (view.contains(k)) r.add(k);
            }
            return r;
        }
        PySet r = left instanceof PyDictView v && v.isKeys() ? of(false, v.dict()) : of(false, left);
        switch (op) {
            case Ops.OR: update(r, right); break;
            case Ops.SUB: differenceUpdate(r, right); break;
            default: symmetricDifferenceUpdate(r, right); break;
        }
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
            PySet r = ((PySet) s).copy(((PySet) s).frozen);
            for (PyObject o : a) update(r, o);
            return r;
        }});
        t.method("intersection", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PySet self = (PySet) s;
            if (a.length == 0) return self.copy(self.frozen);
            PySet r = self;
            for (PyObject o : a) r = new PySet(self.frozen, intersection(r, o));
            return r;
        }});
        t.method("difference", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PySet self = (PySet) s;
            if (a.length == 0) return self.copy(self.frozen);
            PySet r = new PySet(self.frozen, difference(self, a[0]));
            for (int i = 1; i < a.length; i++) differenceUpdate(r, a[i]);
            return r;
        }});
        t.method1("symmetric_difference", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            PySet r = of(((PySet) s).frozen, o);
            r.table.symmetricDifferenceUpdate(((PySet) s).table);
            return r;
        }});
        t.method1("issubset", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return PyBool.of(isSubset((PySet) s, o instanceof PySet os ? os : of(false, o)));
        }});
        t.method1("issuperset", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            PySet self = (PySet) s;
            if (o instanceof PySet os) return PyBool.of(isSubset(os, self));
            Iterator<PyObject> it = items(o);
            while (it.hasNext()) if (!self.has(it.next())) return PyBool.FALSE;
            return PyBool.TRUE;
        }});
        t.method1("isdisjoint", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            PySet self = (PySet) s;
            if (o instanceof PySet os) return PyBool.of(self.table.isDisjoint(os.table));
            Iterator<PyObject> it = items(o);
            while (it.hasNext()) if (self.has(it.next())) return PyBool.FALSE;
            return PyBool.TRUE;
        }});
        t.method0("copy", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return frozen && s.getType() == PySet.FROZEN_TYPE ? s : ((PySet) s).copy(((PySet) s).frozen);
        }});
    }

    static void initSet(PyType t) {
        // As list: a subclass's instance starts empty and set.__init__ fills it.
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (cls != PySet.TYPE) return new PySetSub(cls, false);
            Args.noKeywords("set", kw);
            Args.atMost("set", args, 1);
            PySet s = new PySet(false);
            if (args.length == 1) update(s, args[0]);
            return s;
        }});
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Args.noKeywords("set", k);
            Args.atMost(s.getType().name(), a, 1);
            PySet set = (PySet) s;
            set.clear();
            if (a.length == 1) update(set, a[0]);
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
            return set.table.pop();
        }});
        t.method0("clear", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject before = SeqTypes.lifetimeSnapshot(s);
            ((PySet) s).clear();
            SeqTypes.droppedByClear(before);
            return PyNone.INSTANCE;
        }});
        t.method("update", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            for (PyObject o : a) update((PySet) s, o);
            return PyNone.INSTANCE;
        }});
        t.method("intersection_update", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            PySet self = (PySet) s;
            for (PyObject o : a) self.table.replaceContents(intersection(self, o));
            return PyNone.INSTANCE;
        }});
        t.method("difference_update", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            for (PyObject o : a) differenceUpdate((PySet) s, o);
            return PyNone.INSTANCE;
        }});
        t.method1("symmetric_difference_update", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            symmetricDifferenceUpdate((PySet) s, o);
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
            if (args.length == 1) update(s, args[0]);
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
