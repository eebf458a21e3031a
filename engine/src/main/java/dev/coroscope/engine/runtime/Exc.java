package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The built-in exception types (CPython 3.11's hierarchy) and helpers that build a {@link PyError}
 * for Java code to throw: {@code throw Exc.typeError("...")}.
 */
public final class Exc {
    private Exc() {}

    /** Every built-in exception type by name, in definition order (for the builtins module). */
    public static final Map<String, PyType> ALL = new LinkedHashMap<>();

    private static PyType def(String name, PyType base, java.util.function.Consumer<PyType> extra) {
        PyType t = PyType.builtin(name, base, true, new Consumer<PyType>() { public void accept(PyType tt) {
            if (base == null) initBase(tt);
            if (extra != null) extra.accept(tt);
        }});
        ALL.put(name, t);
        return t;
    }

    private static PyType def(String name, PyType base) {
        return def(name, base, null);
    }

    public static final PyType BaseException = def("BaseException", null, null);
    public static final PyType BaseExceptionGroup = def("BaseExceptionGroup", BaseException, new Consumer<PyType>() { public void accept(PyType x) {
        ExcGroups.init(x);
    }});
    public static final PyType GeneratorExit = def("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = def("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = def("SystemExit", BaseException, new Consumer<PyType>() { public void accept(PyType t) { t.getter("code", s -> {
                PyBaseException e = (PyBaseException) s;
                return e.args.size() == 0 ? PyNone.INSTANCE : e.args.size() == 1 ? e.args.get(0) : e.args;
            }); } });
    public static final PyType Exception = def("Exception", BaseException);
    public static final PyType ArithmeticError = def("ArithmeticError", Exception);
    public static final PyType FloatingPointError = def("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = def("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = def("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = def("AssertionError", Exception);
    public static final PyType AttributeError = def("AttributeError", Exception, new Consumer<PyType>() { public void accept(PyType t) {
        namedAttr(t, "name");
        namedAttr(t, "obj");
    }});
    public static final PyType BufferError = def("BufferError", Exception);
    public static final PyType EOFError = def("EOFError", Exception);
    public static final PyType ExceptionGroup = def("ExceptionGroup", BaseExceptionGroup, null)
            .withBases(BaseExceptionGroup, Exception);
    public static final PyType ImportError = def("ImportError", Exception, new Consumer<PyType>() { public void accept(PyType t) {
        namedAttr(t, "name");
        namedAttr(t, "path");
        t.getter("msg", s -> ((PyBaseException) s).args.size() == 1 ? ((PyBaseException) s).args.get(0) : PyNone.INSTANCE);
    }});
    public static final PyType ModuleNotFoundError = def("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = def("LookupError", Exception);
    public static final PyType IndexError = def("IndexError", LookupError);
    public static final PyType KeyError = def("KeyError", LookupError);
    public static final PyType MemoryError = def("MemoryError", Exception);
    public static final PyType NameError = def("NameError", Exception, new Consumer<PyType>() { public void accept(PyType t) {
        namedAttr(t, "name");
    }});
    public static final PyType UnboundLocalError = def("UnboundLocalError", NameError);
    public static final PyType OSError = def("OSError", Exception, new Consumer<PyType>() { public void accept(PyType x) { OsErrors.init(x); } });
    public static final PyType BlockingIOError = def("BlockingIOError", OSError);
    public static final PyType ChildProcessError = def("ChildProcessError", OSError);
    public static final PyType ConnectionError = def("ConnectionError", OSError);
    public static final PyType BrokenPipeError = def("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = def("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = def("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = def("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = def("FileExistsError", OSError);
    public static final PyType FileNotFoundError = def("FileNotFoundError", OSError);
    public static final PyType InterruptedError = def("InterruptedError", OSError);
    public static final PyType IsADirectoryError = def("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = def("NotADirectoryError", OSError);
    public static final PyType PermissionError = def("PermissionError", OSError);
    public static final PyType ProcessLookupError = def("ProcessLookupError", OSError);
    public static final PyType TimeoutError = def("TimeoutError", OSError);
    public static final PyType ReferenceError = def("ReferenceError", Exception);
    public static final PyType RuntimeError = def("RuntimeError", Exception);
    public static final PyType NotImplementedError = def("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = def("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = def("StopAsyncIteration", Exception);
    public static final PyType StopIteration = def("StopIteration", Exception, new Consumer<PyType>() { public void accept(PyType t) { t.getset("value", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                PyBaseException e = (PyBaseException) s;
                PyObject v = e.attr("value");
                if (v != null) return v;
                return e.args.size() > 0 ? e.args.get(0) : PyNone.INSTANCE;
            }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
                ((PyBaseException) s).setAttrValue("value", v);
            }}); } });
    public static final PyType SyntaxError = def("SyntaxError", Exception, new Consumer<PyType>() { public void accept(PyType x) {
        SyntaxErrors.init(x);
    }});
    public static final PyType IndentationError = def("IndentationError", SyntaxError);
    public static final PyType TabError = def("TabError", IndentationError);
    public static final PyType SystemError = def("SystemError", Exception);
    public static final PyType TypeError = def("TypeError", Exception);
    public static final PyType ValueError = def("ValueError", Exception);
    public static final PyType UnicodeError = def("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = def("UnicodeDecodeError", UnicodeError, UnicodeErrors.fields(false));
    public static final PyType UnicodeEncodeError = def("UnicodeEncodeError", UnicodeError, UnicodeErrors.fields(false));
    public static final PyType UnicodeTranslateError = def("UnicodeTranslateError", UnicodeError, UnicodeErrors.fields(true));
    public static final PyType Warning = def("Warning", Exception);
    public static final PyType BytesWarning = def("BytesWarning", Warning);
    public static final PyType DeprecationWarning = def("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = def("EncodingWarning", Warning);
    public static final PyType FutureWarning = def("FutureWarning", Warning);
    public static final PyType ImportWarning = def("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = def("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = def("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = def("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = def("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = def("UnicodeWarning", Warning);
    public static final PyType UserWarning = def("UserWarning", Warning);

    /** An attribute settable by keyword ({@code AttributeError(name=..., obj=...)}), default None. */
    /**
     * The keyword arguments of an exception's constructor: ImportError takes name= and path=,
     * AttributeError name= and obj=, NameError name=; others none. The messages name the class
     * that defines them, as CPython's argument parsing does.
     */
    static void applyKeywords(PyBaseException e, PyType type, PyObject[] args, String[] kw) {
        int npos = args.length - kw.length;
        String owner;
        java.util.List<String> allowed;
        if (type.isSubtypeOf(ImportError)) {
            owner = "ImportError";
            allowed = java.util.List.of("name", "path");
        } else if (type.isSubtypeOf(AttributeError)) {
            owner = "AttributeError";
            allowed = java.util.List.of("name", "obj");
        } else if (type.isSubtypeOf(NameError)) {
            owner = "NameError";
            allowed = java.util.List.of("name");
        } else {
            throw typeError(type.name() + "() takes no keyword arguments");
        }
        if (kw.length > allowed.size()) {
            throw typeError(owner + "() takes at most " + allowed.size() + " keyword argument"
                    + (allowed.size() == 1 ? "" : "s") + " (" + kw.length + " given)");
        }
        for (String k : kw) {
            if (!allowed.contains(k)) throw typeError("'" + k + "' is an invalid keyword argument for " + owner + "()");
        }
        for (int i = 0; i < kw.length; i++) e.setAttrValue(kw[i], args[npos + i]);
    }

    private static void namedAttr(PyType t, String name) {
        t.getset(name, new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject v = ((PyBaseException) s).attr(name);
            return v == null ? PyNone.INSTANCE : v;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyBaseException) s).setAttrValue(name, v);
        }});
    }

    /**
     * A raised {@code type(msg, (filename, lineno, offset, text, end_lineno, end_offset))} for a
     * SyntaxError class, with the attributes its constructor spreads from those arguments.
     */
    public static PyError syntaxError(PyType type, PyObject msg, PyTuple detail) {
        PyBaseException e = new PyBaseException(type, PyTuple.of(msg, detail));
        SyntaxErrors.initArgs(e);
        return new PyError(e);
    }

    private static void initBase(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            int npos = args.length - (kw == null ? 0 : kw.length);
            PyObject[] pos = java.util.Arrays.copyOf(args, npos);
            PyBaseException e = new PyBaseException(cls, PyTuple.of(pos));
            // A built-in class called directly runs no __init__: its keywords (name=, obj=, path=) apply here.
            if (kw != null && kw.length > 0 && !cls.isHeap() && !cls.callsInit()) applyKeywords(e, cls, args, kw);
            if (cls.isSubtypeOf(BaseExceptionGroup)) ExcGroups.construct(e, pos);
            // A built-in class's call runs only this, not __init__: SyntaxError_init's attributes here.
            if (!cls.isHeap() && cls.isSubtypeOf(SyntaxError)) SyntaxErrors.initArgs(e);
            return e;
        }});
        t.method("__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] args, String[] kw) {
            PyBaseException e = (PyBaseException) self;
            PyType type = e.getType();
            if (kw != null) {
                applyKeywords(e, type, args, kw);
                args = java.util.Arrays.copyOf(args, args.length - kw.length);
            }
            if (!type.isSubtypeOf(BaseExceptionGroup)) e.args = PyTuple.of(args);
            if (type.isSubtypeOf(StopIteration)) {
                e.setAttrValue("value", args.length > 0 ? args[0] : PyNone.INSTANCE);
            }
            if (type.isSubtypeOf(SyntaxError)) SyntaxErrors.initArgs(e);
            return PyNone.INSTANCE;
        }});
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        t.put("__str__", PyMethodDescriptor.noArgs(t, "__str__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.str());
        }}));
        t.getset("args", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyBaseException) s).args;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyBaseException) s).args = Ops.toTuple(v);
        }});
        t.getset("__traceback__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyTraceback tb = ((PyBaseException) s).traceback;
            return tb == null ? PyNone.INSTANCE : tb;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (v != PyNone.INSTANCE && !(v instanceof PyTraceback)) {
                throw typeError("__traceback__ must be a traceback or None");
            }
            ((PyBaseException) s).traceback = v == PyNone.INSTANCE ? null : (PyTraceback) v;
        }});
        t.getset("__cause__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyBaseException c = ((PyBaseException) s).cause;
            return c == null ? PyNone.INSTANCE : c;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            PyBaseException e = (PyBaseException) s;
            if (v == PyNone.INSTANCE) e.cause = null;
            else if (v instanceof PyBaseException c) e.cause = c;
            else throw typeError("exception cause must be None or derive from BaseException");
            e.suppressContext = true;
        }});
        t.getset("__context__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyBaseException c = ((PyBaseException) s).context;
            return c == null ? PyNone.INSTANCE : c;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            PyBaseException e = (PyBaseException) s;
            if (v == PyNone.INSTANCE) e.context = null;
            else if (v instanceof PyBaseException c) e.context = c;
            else throw typeError("exception context must be None or derive from BaseException");
        }});
        t.getset("__suppress_context__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((PyBaseException) s).suppressContext);
        }},
                new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
                    ((PyBaseException) s).suppressContext = Ops.isTrue(v);
                }});
        t.method1("with_traceback", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject tb) {
            ((PyBaseException) s).traceback = tb == PyNone.INSTANCE ? null : (PyTraceback) tb;
            return s;
        }});
        t.method("__reduce__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            // BaseException_reduce (OSError_reduce puts the file names back into the arguments).
            PyBaseException e = (PyBaseException) s;
            PyObject args = e.args;
            if (e.isInstance(OSError) && e.args.size() == 2) {
                PyObject fn = Ops.getAttr(e, PyStr.intern("filename"));
                PyObject fn2 = Ops.getAttr(e, PyStr.intern("filename2"));
                if (fn != PyNone.INSTANCE) {
                    args = fn2 != PyNone.INSTANCE
                            ? PyTuple.of(e.args.get(0), e.args.get(1), fn, PyNone.INSTANCE, fn2)
                            : PyTuple.of(e.args.get(0), e.args.get(1), fn);
                }
            }
            PyDict d = e.dictOrNull();
            if (d != null && d.size() > 0) return PyTuple.of(e.getType(), args, d);
            return PyTuple.of(e.getType(), args);
        }});
        t.method1("__setstate__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject state) {
            if (state instanceof PyDict d) {
                for (PyObject key : d.keyList()) {
                    if (!(key instanceof PyStr ks)) throw typeError("attribute name must be string, not '" + key.getType().tpName() + "'");
                    Ops.setAttr(s, ks, d.get(key));
                }
            } else if (state != PyNone.INSTANCE) {
                throw typeError("state is not a dictionary");
            }
            return PyNone.INSTANCE;
        }});
        t.method1("add_note", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject note) {
            if (!(note instanceof PyStr)) {
                throw typeError("note must be a str, not '" + note.getType().tpName() + "'");
            }
            PyBaseException e = (PyBaseException) s;
            PyObject notes = e.attr("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.setAttrValue("__notes__", notes);
            }
            if (!(notes instanceof PyList l)) throw typeError("Cannot add note: __notes__ is not a list");
            l.append(note);
            return PyNone.INSTANCE;
        }});
        t.getset("__dict__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) { return s.getDict(); } }, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            throw typeError("__dict__ assignment is not supported");
        }});
    }

    // ---- helpers -------------------------------------------------------------------------------

    public static PyBaseException make(PyType type, String msg) {
        return new PyBaseException(type, msg == null ? PyTuple.EMPTY : PyTuple.of(PyStr.of(msg)));
    }

    public static PyError error(PyType type, String msg) {
        return new PyError(make(type, msg));
    }

    public static PyError typeError(String msg) {
        return error(TypeError, msg);
    }

    public static PyError valueError(String msg) {
        return error(ValueError, msg);
    }

    public static PyError indexError(String msg) {
        return error(IndexError, msg);
    }

    public static PyError runtimeError(String msg) {
        return error(RuntimeError, msg);
    }

    public static PyError overflowError(String msg) {
        return error(OverflowError, msg);
    }

    public static PyError zeroDivision(String msg) {
        return error(ZeroDivisionError, msg);
    }

    public static PyError memoryError() {
        return new PyError(new PyBaseException(MemoryError, PyTuple.EMPTY));
    }

    public static PyError notImplemented(String msg) {
        return error(NotImplementedError, msg);
    }

    public static PyError keyError(PyObject key) {
        return new PyError(new PyBaseException(KeyError, PyTuple.of(key)));
    }

    public static PyError attributeError(String msg, PyObject obj, PyStr name) {
        PyBaseException e = make(AttributeError, msg);
        if (obj != null) e.setAttrValue("obj", obj);
        if (name != null) e.setAttrValue("name", name);
        return new PyError(e);
    }

    public static PyError nameError(String name) {
        PyBaseException e = make(NameError, "name '" + name + "' is not defined");
        e.setAttrValue("name", PyStr.of(name));
        return new PyError(e);
    }

    public static PyError stopIteration(PyObject value) {
        PyBaseException e = new PyBaseException(StopIteration, value == null ? PyTuple.EMPTY : PyTuple.of(value));
        e.setAttrValue("value", value == null ? PyNone.INSTANCE : value);
        return new PyError(e);
    }

    public static PyError moduleNotFound(String name) {
        PyBaseException e = make(ModuleNotFoundError, "No module named '" + name + "'");
        e.setAttrValue("name", PyStr.of(name));
        return new PyError(e);
    }

    /**
     * The Python exception a {@link dev.coroscope.engine.runtime.text.PythonError} of the number and
     * text algorithms names: {@code KeyError(message)} for KeyError, an argument-less exception for an
     * empty message, otherwise the class called with the message.
     */
    public static PyError from(dev.coroscope.engine.runtime.text.PythonError e) {
        PyType t = ALL.get(e.pythonType());
        if (t == null) t = SystemError;
        String m = e.getMessage();
        if (m == null || m.isEmpty()) return new PyError(new PyBaseException(t, PyTuple.EMPTY));
        return new PyError(new PyBaseException(t, PyTuple.of(PyStr.of(m))));
    }

    /** The exception types, ordered, for registering in builtins. */
    public static List<PyType> all() {
        return new ArrayList<>(ALL.values());
    }
}
