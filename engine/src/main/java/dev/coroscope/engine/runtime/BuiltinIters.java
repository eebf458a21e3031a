package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Interp;
import java.util.function.Consumer;
import java.util.function.Function;

/** The iterator types of builtins: {@code enumerate}, {@code zip}, {@code map}, {@code filter}, {@code reversed}. */
final class BuiltinIters {
    private BuiltinIters() {}

    private static PyType iterType(String name, PyType.NewFn make) {
        return PyType.builtin(name, null, true, new Consumer<PyType>() { public void accept(PyType t) {
            t.setNew(make);
            t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
            t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", Slots.NEXT));
        }});
    }

    static final PyType ENUMERATE = iterType("enumerate", new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
        // CPython 3.11's messages: an unknown keyword, or any keyword without the iterable, is
        // "an invalid keyword argument"; no arguments at all say which one is missing.
        int npos = Args.positional(a, k);
        if (k != null && k.length > 0) {
            boolean hasIterable = npos > 0;
            for (String name : k) hasIterable |= name.equals("iterable");
            for (String name : k) {
                if ((!name.equals("iterable") && !name.equals("start")) || !hasIterable) {
                    throw Exc.typeError("'" + name + "' is an invalid keyword argument for enumerate()");
                }
            }
        } else if (npos == 0) {
            throw Exc.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject[] p = Args.parse("enumerate", a, k, new String[] {"iterable", "start"}, 1);
        return new Enumerate(cls, Ops.iter(p[0]), p[1] == null ? PyInt.ZERO : Ops.index(p[1]));
    }});

    static final PyType ZIP = iterType("zip", new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        boolean strict = false;
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                if (!k[i].equals("strict")) throw Exc.typeError("'" + k[i] + "' is an invalid keyword argument for zip()");
                strict = Ops.isTrue(a[npos + i]);
            }
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            if (!Ops.isIterable(a[i])) {
                throw Exc.typeError("'" + a[i].getType().tpName() + "' object is not iterable");
            }
            its[i] = Ops.iter(a[i]);
        }
        return new Zip(cls, its, strict);
    }});

    static final PyType MAP = iterType("map", new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
        Args.noKeywords("map", k);
        if (a.length < 2) throw Exc.typeError("map() must have at least two arguments.");
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 1; i < a.length; i++) its[i - 1] = Ops.iter(a[i]);
        return new MapIter(cls, a[0], its);
    }});

    static final PyType FILTER = iterType("filter", new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
        Args.noKeywords("filter", k);
        if (a.length != 2) throw Exc.typeError("filter expected 2 arguments, got " + a.length);
        return new Filter(cls, a[0], Ops.iter(a[1]));
    }});

    static final PyType REVERSED = iterType("reversed", new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] a, String[] k) {
        Args.noKeywords("reversed", k);
        if (a.length != 1) throw Exc.typeError("reversed expected 1 argument, got " + a.length);
        PyObject seq = a[0];
        if (seq instanceof PyList l && l.getType() == PyList.TYPE) return new PyIterators.ReverseListIterator(l);
        PyObject r = Ops.callDunder(seq, PyStr.intern("__reversed__"));
        if (r != null) return r;
        if (seq instanceof PyDict || !Ops.hasLength(seq) || (!(seq instanceof PyTuple || seq instanceof PyStr
                || seq instanceof PyRange || seq instanceof PyList) && seq.getType().lookup(Ops.S_GETITEM) == null)) {
            throw Exc.typeError("'" + seq.getType().tpName() + "' object is not reversible");
        }
        return new Reversed(cls, seq, Ops.length(seq));
    }});

    abstract static class Base extends PyIterators.Base {
        final PyType type;

        Base(PyType type) {
            this.type = type;
        }

        @Override
        public PyType getType() {
            return type;
        }

    }

    static final class Enumerate extends Base {
        final PyObject it;
        PyInt count;

        Enumerate(PyType t, PyObject it, PyInt start) {
            super(t);
            this.it = it;
            this.count = start;
        }

        @Override
        public PyObject next() {
            PyObject v = Ops.next(it);
            if (v == null) return null;
            PyObject r = PyTuple.of(count, v);
            count = IntMath.add(count, PyInt.ONE);
            return r;
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(it);
        }
    }

    static final class Zip extends Base {
        final PyObject[] its;
        final boolean strict;
        boolean done;

        Zip(PyType t, PyObject[] its, boolean strict) {
            super(t);
            this.its = its;
            this.strict = strict;
        }

        @Override
        public PyObject next() {
            if (done || its.length == 0) return null;
            PyObject[] items = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Ops.next(its[i]);
                if (v == null) {
                    done = true;
                    if (strict) {
                        if (i > 0) {
                            throw Exc.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + i));
                        }
                        for (int j = 1; j < its.length; j++) {
                            if (Ops.next(its[j]) != null) {
                                throw Exc.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j));
                            }
                        }
                    }
                    return null;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            for (PyObject o : its) v.accept(o);
        }
    }

    static final class MapIter extends Base {
        final PyObject func;
        final PyObject[] its;

        MapIter(PyType t, PyObject func, PyObject[] its) {
            super(t);
            this.func = func;
            this.its = its;
        }

        @Override
        public PyObject next() {
            PyObject[] args = new PyObject[its.length];
            for (int i = 0; i < its.length; i++) {
                PyObject v = Ops.next(its[i]);
                if (v == null) return null;
                args[i] = v;
            }
            return Ops.call(func, args, null);
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(func);
            for (PyObject o : its) v.accept(o);
        }
    }

    static final class Filter extends Base {
        final PyObject func;
        final PyObject it;

        Filter(PyType t, PyObject func, PyObject it) {
            super(t);
            this.func = func;
            this.it = it;
        }

        @Override
        public PyObject next() {
            Interp in = Interp.current();
            for (;;) {
                PyObject v = Ops.next(it);
                if (v == null) return null;
                boolean keep = func == PyNone.INSTANCE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(func, v));
                if (keep) return v;
                in.tickItem();
            }
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(func);
            v.accept(it);
        }
    }

    static final class Reversed extends Base {
        final PyObject seq;
        int i;

        Reversed(PyType t, PyObject seq, int len) {
            super(t);
            this.seq = seq;
            this.i = len - 1;
        }

        @Override
        public PyObject next() {
            if (i < 0) return null;
            try {
                return Ops.getItem(seq, PyInt.of(i--));
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.IndexError) || e.exc.isInstance(Exc.StopIteration)) {
                    i = -1;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public void traverse(Consumer<PyObject> v) {
            v.accept(seq);
        }
    }
}
