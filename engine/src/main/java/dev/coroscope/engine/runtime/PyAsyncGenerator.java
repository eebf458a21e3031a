package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Frame;
import dev.coroscope.engine.vm.Interp;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An async generator ({@code async def} with {@code yield}). Its values come out through the
 * awaitables that {@code asend}/{@code athrow}/{@code aclose}/{@code __anext__} return: a yield
 * inside the generator finishes that awaitable with {@code StopIteration(value)}; anything else
 * the generator's awaits yield passes through to the event loop, as in CPython.
 */
public final class PyAsyncGenerator extends PyGenBase {

    public static final PyType TYPE = PyType.builtin("async_generator", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        t.put("__getattribute__", PyMethodDescriptor.oneArg(t, "__getattribute__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject n) {
            PyObject v = s.getAttr(TypeCall.attrName(n));
            if (v == null) throw Ops.noAttribute(s, (PyStr) n);
            return v;
        }}));
        t.put("__del__", PyMethodDescriptor.noArgs(t, "__del__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyNone.INSTANCE;
        }}));
        t.put("__aiter__", PyMethodDescriptor.noArgs(t, "__aiter__", Slots.SELF));
        t.put("__anext__", PyMethodDescriptor.noArgs(t, "__anext__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyAsyncGenerator) s).anext();
        }}));
        // As CPython's async_gen_init_hooks: asend, athrow and aclose count as the first iteration too.
        t.method1("asend", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
            Interp.current().asyncGenFirstIter((PyAsyncGenerator) s);
            return new ASend((PyAsyncGenerator) s, v);
        }});
        t.method("athrow", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            Interp.current().asyncGenFirstIter((PyAsyncGenerator) s);
            // CPython 3.11 keeps the arguments and looks at them only when the awaitable first runs.
            return new AThrow((PyAsyncGenerator) s, a.clone(), false);
        }});
        t.method0("aclose", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            Interp.current().asyncGenFirstIter((PyAsyncGenerator) s);
            return new AThrow((PyAsyncGenerator) s, null, true);
        }});
        t.put("__sizeof__", PyMethodDescriptor.noArgs(t, "__sizeof__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(200);
        }}));
        t.getter("ag_await", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject y = ((PyAsyncGenerator) s).yieldFrom();
            return y == null ? PyNone.INSTANCE : y;
        }});
        t.getter("ag_frame", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyAsyncGenerator) s).finished ? PyNone.INSTANCE : ((PyAsyncGenerator) s).frame;
        }});
        t.getter("ag_running", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(((PyAsyncGenerator) s).runningAsync);
        }});
        t.member("ag_code", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return ((PyAsyncGenerator) s).frame.code;
        }});
        GenTypes.names(t);
        t.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyGenericAlias.of(a[0], a[1]);
        }})));
    }});

    /** A value yielded by the async generator itself (not by an await inside it). */
    public static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", null, false, null);
        public final PyObject value;

        public Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }
    }

    /** An asend/athrow awaitable is in progress (CPython's ag_running_async). */
    boolean runningAsync;
    /** Set once the first-iteration hooks ran for this generator (CPython's ag_hooks_inited). */
    public boolean hooksCalled;
    /** The sys finalizer hook captured at the first iteration, or null (CPython's ag_origin_or_finalizer). */
    public PyObject finalizer;
    /** An aclose() started (CPython's ag_closed): the finalizer hook is no longer called. */
    public boolean closed;

    public PyAsyncGenerator(Frame frame, String name, String qualname, int id) {
        super(frame, name, qualname, id);
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String kindName() {
        return "async generator";
    }

    public PyObject anext() {
        Interp.current().asyncGenFirstIter(this);
        return new ASend(this, PyNone.INSTANCE);
    }

    @Override
    public String repr() {
        return "<async_generator object " + qualname + " at " + Ops.address(this) + ">";
    }

    /** Turns a raw result of the generator frame into what the awaitable reports. */
    PyObject unwrap(PyObject r) {
        if (finished) {
            runningAsync = false;
            throw Exc.error(Exc.StopAsyncIteration, null);
        }
        if (r instanceof Wrapped w) {
            runningAsync = false;
            throw Exc.stopIteration(w.value);
        }
        return r;
    }

    PyObject resumeRaw(PyObject v, PyBaseException exc) {
        Interp in = Interp.current();
        try {
            if (exc != null) {
                PyObject yf = yieldFrom();
                if (yf != null) {
                    // Delegation through the generic throw logic; it raises StopIteration on return.
                    try {
                        return throwInto(exc, false);
                    } catch (PyError e) {
                        if (finished && e.exc.isInstance(Exc.StopIteration)) {
                            runningAsync = false;
                            throw Exc.error(Exc.StopAsyncIteration, null);
                        }
                        throw e;
                    }
                }
                return in.resume(this, null, exc);
            }
            return in.resume(this, v, null);
        } catch (PyError e) {
            runningAsync = false;
            if (e.exc.isInstance(Exc.StopAsyncIteration) || e.exc.isInstance(Exc.GeneratorExit)) throw e;
            throw e;
        }
    }

    private abstract static class Awaitable extends PyIterators.Base {
        final PyAsyncGenerator gen;
        /** 0 = init, 1 = iterating, 2 = closed. */
        int state;

        Awaitable(PyAsyncGenerator gen) {
            this.gen = gen;
        }

        abstract PyObject sendImpl(PyObject v);

        abstract PyObject throwImpl(PyBaseException e);


        @Override
        public PyObject next() {
            return sendImpl(PyNone.INSTANCE);
        }

        @Override
        public void traverse(java.util.function.Consumer<PyObject> v) {
            v.accept(gen);
        }

        static PyType type(String name) {
            return PyType.builtin(name, null, false, new Consumer<PyType>() { public void accept(PyType t) {
                t.put("__await__", PyMethodDescriptor.noArgs(t, "__await__", Slots.SELF));
                t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
                t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                    return ((Awaitable) s).sendImpl(PyNone.INSTANCE);
                }}));
                t.method1("send", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
                    return ((Awaitable) s).sendImpl(v);
                }});
                t.method("throw", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
                    return ((Awaitable) s).throwImpl(throwArgs(a));
                }});
                t.method0("close", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                    ((Awaitable) s).state = 2;
                    return PyNone.INSTANCE;
                }});
            }});
        }
    }

    /** What {@code asend(v)} and {@code __anext__()} return. */
    static final class ASend extends Awaitable {
        static final PyType TYPE = type("async_generator_asend");
        final PyObject sendValue;

        ASend(PyAsyncGenerator gen, PyObject v) {
            super(gen);
            this.sendValue = v;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        PyObject sendImpl(PyObject v) {
            if (state == 2) throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            if (state == 0) {
                if (gen.runningAsync) {
                    state = 2;
                    throw Exc.runtimeError("anext(): asynchronous generator is already running");
                }
                if (v == PyNone.INSTANCE) v = sendValue;
                state = 1;
            }
            gen.runningAsync = true;
            try {
                return gen.unwrap(gen.resumeRaw(v, null));
            } catch (PyError e) {
                state = 2;
                gen.runningAsync = false;
                throw e;
            }
        }

        @Override
        PyObject throwImpl(PyBaseException e) {
            if (state == 2) throw Exc.runtimeError("cannot reuse already awaited __anext__()/asend()");
            try {
                return gen.unwrap(gen.resumeRaw(null, e));
            } catch (PyError err) {
                state = 2;
                gen.runningAsync = false;
                throw err;
            }
        }
    }

    /** What {@code athrow(...)} and {@code aclose()} return. */
    static final class AThrow extends Awaitable {
        static final PyType TYPE = type("async_generator_athrow");
        /** athrow's arguments, unchecked (null for aclose). */
        final PyObject[] args;
        final boolean closing;

        AThrow(PyAsyncGenerator gen, PyObject[] args, boolean closing) {
            super(gen);
            this.args = args;
            this.closing = closing;
        }

        /**
         * The exception athrow's arguments make, checked as CPython 3.11 checks them on the first
         * send: a wrong count fails with the generator still marked running (so every later
         * asend/athrow/aclose says "already running", as there); a wrong type or traceback fails
         * leaving the generator untouched.
         */
        private PyBaseException thrown() {
            if (args.length == 0) throw Exc.typeError("athrow expected at least 1 argument, got 0");
            if (args.length > 3) throw Exc.typeError("athrow expected at most 3 arguments, got " + args.length);
            try {
                return throwArgs(args);
            } catch (PyError err) {
                gen.runningAsync = false;
                state = 2;
                throw err;
            }
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        PyObject sendImpl(PyObject v) {
            if (state == 2) throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            if (gen.finished) {
                // CPython 3.11: athrow()/aclose() on a finished generator just return None.
                state = 2;
                throw Exc.stopIteration(null);
            }
            PyObject r;
            if (state == 0) {
                if (gen.runningAsync) {
                    state = 2;
                    throw Exc.runtimeError(closing ? "aclose(): asynchronous generator is already running"
                            : "athrow(): asynchronous generator is already running");
                }
                if (gen.closed) {
                    // An earlier aclose() left it suspended (it ignored GeneratorExit): CPython 3.11
                    // answers StopAsyncIteration and leaves the frame alone.
                    state = 2;
                    throw Exc.error(Exc.StopAsyncIteration, null);
                }
                state = 1;
                gen.runningAsync = true;
                if (closing) gen.closed = true;
                if (closing && !gen.frame.started) {
                    gen.markFinished();
                    gen.runningAsync = false;
                    state = 2;
                    throw Exc.stopIteration(null);
                }
                PyBaseException e = closing ? new PyBaseException(Exc.GeneratorExit, PyTuple.EMPTY) : thrown();
                try {
                    r = gen.resumeRaw(null, e);
                } catch (PyError err) {
                    return finish(err);
                }
            } else {
                try {
                    r = gen.resumeRaw(v, null);
                } catch (PyError err) {
                    return finish(err);
                }
            }
            return check(r);
        }

        private PyObject check(PyObject r) {
            if (r instanceof Wrapped w) {
                if (closing) {
                    gen.runningAsync = false;
                    state = 2;
                    throw Exc.runtimeError("async generator ignored GeneratorExit");
                }
                gen.runningAsync = false;
                state = 2;
                throw Exc.stopIteration(w.value);
            }
            if (gen.finished) {
                gen.runningAsync = false;
                state = 2;
                if (closing) throw Exc.stopIteration(null);
                throw Exc.error(Exc.StopAsyncIteration, null);
            }
            return r;
        }

        private PyObject finish(PyError err) {
            gen.runningAsync = false;
            state = 2;
            if (closing && (err.exc.isInstance(Exc.StopAsyncIteration) || err.exc.isInstance(Exc.GeneratorExit)
                    || err.exc.isInstance(Exc.StopIteration))) {
                throw Exc.stopIteration(null);
            }
            if (err.exc.isInstance(Exc.StopIteration) && gen.finished) {
                throw Exc.error(Exc.StopAsyncIteration, null);
            }
            throw err;
        }

        @Override
        PyObject throwImpl(PyBaseException e) {
            if (state == 2) throw Exc.runtimeError("cannot reuse already awaited aclose()/athrow()");
            // CPython throws straight into the generator; an athrow() not yet started stays so
            // (its own exception still goes in on the first send).
            int before = state;
            try {
                PyObject r;
                try {
                    r = gen.resumeRaw(null, e);
                } catch (PyError err) {
                    return finish(err);
                }
                return check(r);
            } finally {
                if (!closing && before == 0) state = 0;
            }
        }
    }
}
