package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** {@code BaseExceptionGroup} / {@code ExceptionGroup}: construction, subgroup, split, derive. */
public final class ExcGroups {
    private ExcGroups() {}

    static void init(PyType t) {
        t.getter("message", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return ((PyBaseException) s).egMessage; } });
        t.getter("exceptions", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyBaseException) s).egExceptions;
        }});
        t.method1("subgroup", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject cond) {
            PyObject[] r = split((PyBaseException) s, cond);
            return r[0];
        }});
        t.method1("split", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject cond) {
            return PyTuple.of(split((PyBaseException) s, cond));
        }});
        t.method1("derive", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject excs) {
            PyBaseException e = (PyBaseException) s;
            return Ops.call(Exc.BaseExceptionGroup, e.egMessage, excs);
        }});
        t.put("__str__", PyMethodDescriptor.noArgs(t, "__str__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.str());
        }}));
        t.classMethod("__class_getitem__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject cls, PyObject[] a, String[] k) {
            return cls;
        }});
    }

    /** Validates the constructor arguments and picks ExceptionGroup when possible. */
    static void construct(PyBaseException e, PyObject[] args) {
        PyType cls = e.getType();
        if (args.length != 2) {
            throw Exc.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) throw Exc.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + args[0].getType().tpName());
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple)) {
            throw Exc.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Ops.toArray(seq);
        if (items.length == 0) throw Exc.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException x)) {
                throw Exc.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!x.isInstance(Exc.Exception)) allExceptions = false;
        }
        if (cls == Exc.BaseExceptionGroup) {
            if (allExceptions) e.setType(Exc.ExceptionGroup);
        } else if (cls.isSubtypeOf(Exc.Exception) && !allExceptions) {
            if (cls == Exc.ExceptionGroup) throw Exc.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            throw Exc.typeError("Cannot nest BaseExceptions in '" + cls.tpName() + "'");
        }
        e.egMessage = args[0];
        e.egExceptions = PyTuple.of(items);
    }

    private static boolean matches(PyBaseException x, PyObject cond) {
        if (cond instanceof PyType t) return x.isInstance(t);
        if (cond instanceof PyTuple tup) {
            for (PyObject o : tup.items()) if (o instanceof PyType t && x.isInstance(t)) return true;
            return false;
        }
        return Ops.isTrue(Ops.call(cond, x));
    }

    static void checkCondition(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) return;
        if (cond instanceof PyTuple tup) {
            boolean ok = true;
            for (PyObject o : tup.items()) if (!(o instanceof PyType t && t.isSubtypeOf(Exc.BaseException))) ok = false;
            if (ok) return;
        }
        if (Ops.isCallable(cond) && !(cond instanceof PyType)) return;
        throw Exc.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {match, rest}: each a derived group or None. */
    static PyObject[] split(PyBaseException eg, PyObject cond) {
        checkCondition(cond);
        if (matches(eg, cond)) return new PyObject[] {eg, PyNone.INSTANCE};
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject o : eg.egExceptions.items()) {
            PyBaseException x = (PyBaseException) o;
            if (x.egExceptions != null) {
                PyObject[] r = split(x, cond);
                if (r[0] != PyNone.INSTANCE) match.add(r[0]);
                if (r[1] != PyNone.INSTANCE) rest.add(r[1]);
            } else if (matches(x, cond)) {
                match.add(x);
            } else {
                rest.add(x);
            }
        }
        return new PyObject[] {derived(eg, match), derived(eg, rest)};
    }

    /**
     * What an {@code except*} statement raises at its end (CPython's PREP_RERAISE_STAR):
     * {@code results} holds what each clause raised (None when it completed) and, last, the
     * unmatched rest. An exception that still carries the original group's metadata (traceback,
     * cause, context, notes: a bare {@code raise}, or the rest) is re-raised: its leaves come back
     * in the shape of the original group. Anything else was raised anew; new and re-raised
     * exceptions together form a new group, or the single one stands alone.
     */
    public static PyObject prepReraiseStar(PyBaseException orig, List<PyObject> results) {
        List<PyObject> raised = new ArrayList<>();
        java.util.Set<PyObject> reraisedLeaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (PyObject o : results) {
            if (!(o instanceof PyBaseException e)) continue;
            if (sameMetadata(e, orig)) leaves(e, reraisedLeaves);
            else raised.add(e);
        }
        PyObject reraised = reraisedLeaves.isEmpty() ? PyNone.INSTANCE : project(orig, reraisedLeaves);
        if (raised.isEmpty()) return reraised;
        if (reraised != PyNone.INSTANCE) raised.add(reraised);
        if (raised.size() == 1) return raised.get(0);
        return Ops.call(Exc.BaseExceptionGroup, PyStr.EMPTY, new PyList(raised));
    }

    private static boolean sameMetadata(PyBaseException e, PyBaseException orig) {
        return e.traceback == orig.traceback && e.cause == orig.cause && e.context == orig.context
                && e.attr("__notes__") == orig.attr("__notes__");
    }

    private static void leaves(PyBaseException e, java.util.Set<PyObject> out) {
        if (e.egExceptions == null) {
            out.add(e);
            return;
        }
        for (PyObject o : e.egExceptions.items()) leaves((PyBaseException) o, out);
    }

    private static PyObject project(PyBaseException eg, java.util.Set<PyObject> keep) {
        List<PyObject> kept = new ArrayList<>();
        for (PyObject o : eg.egExceptions.items()) {
            PyBaseException x = (PyBaseException) o;
            if (x.egExceptions != null) {
                PyObject r = project(x, keep);
                if (r != PyNone.INSTANCE) kept.add(r);
            } else if (keep.contains(x)) {
                kept.add(x);
            }
        }
        return derived(eg, kept);
    }

    static PyObject derived(PyBaseException eg, List<PyObject> excs) {
        if (excs.isEmpty()) return PyNone.INSTANCE;
        PyObject d = Ops.callMethod(eg, "derive", new PyList(excs));
        if (!(d instanceof PyBaseException de) || de.egExceptions == null) {
            throw Exc.typeError("derive must return an instance of BaseExceptionGroup");
        }
        de.traceback = eg.traceback;
        de.cause = eg.cause;
        de.context = eg.context;
        de.suppressContext = eg.suppressContext;
        PyObject notes = eg.attr("__notes__");
        if (notes != null) de.setAttrValue("__notes__", notes);
        return de;
    }
}
