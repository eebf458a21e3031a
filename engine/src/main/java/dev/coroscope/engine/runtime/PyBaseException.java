package dev.coroscope.engine.runtime;

import java.util.function.Consumer;

/**
 * An instance of {@code BaseException} or any subclass, built-in or user-defined (the type pointer
 * says which). Chaining fields follow CPython: {@code __cause__}, {@code __context__},
 * {@code __suppress_context__}, {@code __traceback__}.
 */
public class PyBaseException extends PyObject {

    private PyType type;
    public PyTuple args;
    private PyDict dict;
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    public PyTraceback traceback;
    /**
     * The traceback when a handler last caught this exception: what CPython's {@code __traceback__}
     * still says after an uncaught SystemExit ended the program (the entries of the frames it left
     * afterwards live only in the interpreter's pending error).
     */
    public PyTraceback caughtTraceback;
    /**
     * Library frames (bundled Python modules) the exception passed through: they get no traceback
     * entry, but CPython's traceback would keep them, and their locals, alive as long as the
     * exception lives. Only the lifetime collector looks at them.
     */
    public java.util.List<PyObject> hiddenFrames;
    /**
     * The exception passed through library code, whose frames tracebacks omit: CPython's
     * traceback has (stdlib) entries then, so the printed text still starts with the
     * "Traceback (most recent call last):" line even when no entry of the program's is left.
     */
    public boolean inLibrary;
    /**
     * OSError's fields (errno, strerror, filename, filename2, characters_written), null until an
     * OSError is built from two to five arguments; a null slot is CPython's unset (NULL) field.
     */
    public PyObject[] osFields;
    /** For exception groups: the message and the nested exceptions; null otherwise. */
    public PyObject egMessage;
    public PyTuple egExceptions;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType getType() {
        return type;
    }

    public void setType(PyType t) {
        this.type = t;
    }

    /** The instance dictionary if one was made, else null. */
    PyDict dictOrNull() {
        return dict;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** The first argument, or null. */
    public PyObject arg0() {
        return args.size() > 0 ? args.get(0) : null;
    }

    /** An attribute stored in the instance dict (StopIteration.value and friends). */
    public PyObject attr(String name) {
        return dict == null ? null : dict.get(name);
    }

    public void setAttrValue(String name, PyObject v) {
        getDict().put(name, v);
    }

    @Override
    public String str() {
        if (osFields != null) {
            String os = OsErrors.str(this);
            if (os != null) return os;
        }
        if (egExceptions != null) {
            int n = egExceptions.size();
            return Ops.str(egMessage) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        if (type.isSubtypeOf(Exc.KeyError) && args.size() == 1) return Ops.repr(args.get(0));
        if (type.isSubtypeOf(Exc.SyntaxError)) return SyntaxErrors.str(this);
        if (type.isSubtypeOf(Exc.UnicodeError)) {
            String u = UnicodeErrors.str(this);
            if (u != null) return u;
        }
        return argsStr();
    }

    /** BaseException's own str(): empty, the single argument's str, or the repr of the args tuple. */
    String argsStr() {
        switch (args.size()) {
            case 0: return "";
            case 1: return Ops.str(args.get(0));
            default: return Ops.repr(args);
        }
    }

    @Override
    public String repr() {
        String name = type.name();
        if (args.size() == 1) return name + "(" + Ops.repr(args.get(0)) + ")";
        if (args.size() == 0) return name + "()";
        return name + Ops.repr(args);
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(args);
        if (dict != null) v.accept(dict);
        if (cause != null) v.accept(cause);
        if (context != null) v.accept(context);
        if (traceback != null) v.accept(traceback);
        if (hiddenFrames != null) for (PyObject f : hiddenFrames) v.accept(f);
        if (osFields != null) for (PyObject f : osFields) if (f != null) v.accept(f);
    }

    /** Wraps this exception for throwing through Java. */
    public PyError toError() {
        return new PyError(this);
    }
}
