package dev.coroscope.engine.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * OSError as CPython 3.11 builds it on Linux. {@code OSError(errno, strerror[, filename[, winerror[,
 * filename2]]])} (two to five arguments) fills the fields; called on OSError itself with an int errno
 * it makes the matching subclass ({@code OSError(2, 'x')} is a FileNotFoundError). With a filename,
 * {@code args} keeps only (errno, strerror) and str() shows {@code [Errno 2] x: 'name'}; a
 * BlockingIOError's third argument, when a number, is {@code characters_written} instead.
 * <p>Invariant: the fields are parsed once, by {@code __new__} for OSError, its built-in subclasses
 * and Python subclasses keeping OSError's {@code __init__}; by {@code __init__} for Python subclasses
 * that define their own (CPython's "use init" rule), so a super().__init__(...) call sets them.
 */
final class OsErrors {
    private OsErrors() {}

    private static final int ERRNO = 0, STRERROR = 1, FILENAME = 2, FILENAME2 = 3, WRITTEN = 4;
    private static Map<Long, PyType> errnoMap;

    static void init(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            int npos = args.length - (kw == null ? 0 : kw.length);
            PyObject[] pos = java.util.Arrays.copyOf(args, npos);
            PyType type = cls;
            boolean parse = !usesInit(cls);
            if (parse && cls == Exc.OSError && npos >= 2 && npos <= 5 && pos[0] instanceof PyInt n) {
                PyType sub = errnoMap().get(n.longValueOr(Long.MIN_VALUE));
                if (sub != null) type = sub;
            }
            PyBaseException e = new PyBaseException(type, PyTuple.of(pos));
            if (parse) parse(e, pos);
            return e;
        }});
        t.method("__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] args, String[] kw) {
            PyBaseException e = (PyBaseException) self;
            if (kw != null && kw.length > 0) throw Exc.typeError(e.getType().tpName() + "() takes no keyword arguments");
            if (usesInit(e.getType())) {
                e.args = PyTuple.of(args);
                e.osFields = null;
                parse(e, args);
            }
            return PyNone.INSTANCE;
        }});
        t.getset("errno", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return field(s, ERRNO);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            OsErrors.set(s, ERRNO, v);
        }});
        t.getset("strerror", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return field(s, STRERROR);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            OsErrors.set(s, STRERROR, v);
        }});
        t.getset("filename", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return field(s, FILENAME);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            OsErrors.set(s, FILENAME, v);
        }});
        t.getset("filename2", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return field(s, FILENAME2);
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            OsErrors.set(s, FILENAME2, v);
        }});
        t.getset("characters_written", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyBaseException e = (PyBaseException) s;
            if (e.osFields == null || e.osFields[WRITTEN] == null) {
                throw Exc.attributeError("characters_written", null, null);
            }
            return e.osFields[WRITTEN];
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            OsErrors.set(s, WRITTEN, Ops.index(v));
        }});
    }

    /** A Python subclass with its own __init__: the fields come from the arguments OSError.__init__ gets. */
    private static boolean usesInit(PyType type) {
        return !(type.lookup("__init__") instanceof PyMethodDescriptor md && md.owner == Exc.OSError);
    }

    private static void parse(PyBaseException e, PyObject[] args) {
        int n = args.length;
        if (n < 2 || n > 5) return;
        PyObject[] f = new PyObject[5];
        f[ERRNO] = args[0];
        f[STRERROR] = args[1];
        e.osFields = f;
        PyObject filename = n >= 3 ? args[2] : null;
        if (filename == null || filename == PyNone.INSTANCE) return;
        if (e.getType() == Exc.BlockingIOError && isNumber(filename)) {
            f[WRITTEN] = Ops.index(filename);
            return;
        }
        f[FILENAME] = filename;
        // The fourth argument is Windows' winerror, ignored elsewhere.
        if (n == 5 && args[4] != PyNone.INSTANCE) f[FILENAME2] = args[4];
        e.args = PyTuple.of(args[0], args[1]);
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat || o.getType().lookup("__index__") != null
                || o.getType().lookup("__int__") != null || o.getType().lookup("__float__") != null;
    }

    /** CPython's OSError.__str__; null when it falls back to BaseException's. */
    static String str(PyBaseException e) {
        PyObject[] f = e.osFields;
        if (f != null && f[FILENAME] != null) {
            String head = "[Errno " + Ops.str(orNone(f[ERRNO])) + "] " + Ops.str(orNone(f[STRERROR])) + ": " + Ops.repr(f[FILENAME]);
            return f[FILENAME2] != null ? head + " -> " + Ops.repr(f[FILENAME2]) : head;
        }
        if (f != null && f[ERRNO] != null && f[STRERROR] != null) {
            return "[Errno " + Ops.str(f[ERRNO]) + "] " + Ops.str(f[STRERROR]);
        }
        return null;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    private static PyObject field(PyObject s, int i) {
        PyObject[] f = ((PyBaseException) s).osFields;
        return f == null || f[i] == null ? PyNone.INSTANCE : f[i];
    }

    private static void set(PyObject s, int i, PyObject v) {
        PyBaseException e = (PyBaseException) s;
        if (e.osFields == null) e.osFields = new PyObject[5];
        e.osFields[i] = v;
    }

    /** Linux errno values and the subclasses CPython maps them to. */
    private static synchronized Map<Long, PyType> errnoMap() {
        if (errnoMap == null) {
            Map<Long, PyType> m = new HashMap<>();
            for (long n : new long[] {11, 114, 115}) m.put(n, Exc.BlockingIOError);  // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
            for (long n : new long[] {32, 108}) m.put(n, Exc.BrokenPipeError);       // EPIPE, ESHUTDOWN
            m.put(10L, Exc.ChildProcessError);                                        // ECHILD
            m.put(103L, Exc.ConnectionAbortedError);
            m.put(111L, Exc.ConnectionRefusedError);
            m.put(104L, Exc.ConnectionResetError);
            m.put(17L, Exc.FileExistsError);
            m.put(2L, Exc.FileNotFoundError);
            m.put(21L, Exc.IsADirectoryError);
            m.put(20L, Exc.NotADirectoryError);
            m.put(4L, Exc.InterruptedError);
            for (long n : new long[] {13, 1}) m.put(n, Exc.PermissionError);          // EACCES, EPERM
            m.put(3L, Exc.ProcessLookupError);                                        // ESRCH
            m.put(110L, Exc.TimeoutError);                                            // ETIMEDOUT
            errnoMap = m;
        }
        return errnoMap;
    }
}
