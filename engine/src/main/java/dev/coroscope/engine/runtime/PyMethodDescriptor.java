package dev.coroscope.engine.runtime;

import java.util.function.Function;

/**
 * A method of a built-in type ({@code list.append}): Python sees {@code method_descriptor};
 * the VM calls {@link #callWithSelf} directly for {@code obj.method(...)} so no bound object is
 * made on that path.
 */
public final class PyMethodDescriptor extends PyObject {

    public static final PyType TYPE = PyType.builtin("method_descriptor", null, false, t -> {
        t.getter("__name__", s -> PyStr.of(((PyMethodDescriptor) s).name));
        t.getter("__qualname__", s -> PyStr.of(((PyMethodDescriptor) s).owner.name() + "." + ((PyMethodDescriptor) s).name));
        t.getter("__objclass__", s -> ((PyMethodDescriptor) s).owner);
        t.getter("__doc__", s -> PyNone.INSTANCE);
        t.put("__get__", new PyMethodDescriptor(t, "__get__", (s, a, k) -> {
            if (a.length < 1 || a.length > 2) throw Exc.typeError("__get__ expected 1 or 2 arguments, got " + a.length);
            return a[0] == PyNone.INSTANCE ? s : ((PyMethodDescriptor) s).bind(a[0]);
        }));
    });

    /** Implementation: {@code self} is already checked to be an instance of the owner type. */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    @FunctionalInterface
    public interface Impl1 {
        PyObject call(PyObject self, PyObject arg);
    }

    @FunctionalInterface
    public interface Impl2 {
        PyObject call(PyObject self, PyObject a, PyObject b);
    }

    public final PyType owner;
    public final String name;
    private final Impl impl;

    public PyMethodDescriptor(PyType owner, String name, Impl impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    public static PyMethodDescriptor noArgs(PyType owner, String name, Function<PyObject, PyObject> f) {
        return new PyMethodDescriptor(owner, name, (self, args, kw) -> {
            if (args.length != 0 || kw != null) {
                if (kw != null && args.length == kw.length) {
                    throw Exc.typeError(owner.name() + "." + name + "() takes no keyword arguments");
                }
                throw Exc.typeError(owner.name() + "." + name + "() takes no arguments (" + args.length + " given)");
            }
            return f.apply(self);
        });
    }

    public static PyMethodDescriptor oneArg(PyType owner, String name, Impl1 f) {
        return new PyMethodDescriptor(owner, name, (self, args, kw) -> {
            if (kw != null) throw Exc.typeError(owner.name() + "." + name + "() takes no keyword arguments");
            if (args.length != 1) {
                throw Exc.typeError(owner.name() + "." + name + "() takes exactly one argument (" + args.length + " given)");
            }
            return f.call(self, args[0]);
        });
    }

    public static PyMethodDescriptor twoArgs(PyType owner, String name, Impl2 f) {
        return new PyMethodDescriptor(owner, name, (self, args, kw) -> {
            if (kw != null) throw Exc.typeError(owner.name() + "." + name + "() takes no keyword arguments");
            if (args.length != 2) {
                throw Exc.typeError(name + " expected 2 arguments, got " + args.length);
            }
            return f.call(self, args[0], args[1]);
        });
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        if (!self.getType().isSubtypeOf(owner) && !(owner == PyType.OBJECT)) {
            throw Exc.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + self.getType().name() + "' object");
        }
        return impl.call(self, args, kwnames);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw Exc.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return callWithSelf(args[0], rest, kwnames);
    }

    /** Binds to an instance: a {@code builtin_function_or_method} with {@code __self__}. */
    public PyObject bind(PyObject self) {
        return new PyBuiltinFunction(name, (a, k) -> callWithSelf(self, a, k), self, owner);
    }

    @Override
    public String repr() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }
}
