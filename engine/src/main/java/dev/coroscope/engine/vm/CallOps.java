package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;

/** The slower paths of CALL and SEND, kept out of the interpreter loop. */
final class CallOps {
    private CallOps() {}

    /** The arguments of every call without any (waiter.done(), deque.popleft()): nothing to copy or to mutate. */
    private static final PyObject[] NO_ARGS = new PyObject[0];

    private static PyObject[] copyArgs(PyObject[] stack, int argStart, int n) {
        if (n == 0) return NO_ARGS;
        // Not Arrays.copyOfRange: for a PyObject[] it creates the array reflectively until compiled.
        PyObject[] args = new PyObject[n];
        System.arraycopy(stack, argStart, args, 0, n);
        return args;
    }

    static PyObject call(Interp in, PyObject callable, PyObject self, PyObject[] stack, int argStart, int n,
                         String[] kw) {
        if (self != null && callable instanceof PyMethodDescriptor md) {
            if (n == 1 && kw == null) return md.callWithSelf1(self, stack[argStart]);
            return md.callWithSelf(self, copyArgs(stack, argStart, n), kw);
        }
        PyObject[] args;
        if (self != null) {
            args = new PyObject[n + 1];
            args[0] = self;
            System.arraycopy(stack, argStart, args, 1, n);
        } else {
            args = copyArgs(stack, argStart, n);
        }
        if (callable instanceof PyFunction fn) {
            Frame f = in.newFrame(fn);
            Bind.bind(fn, f.fast, args, 0, args.length, kw);
            if (fn.code.isResumable()) return in.makeGenerator(fn, f);
            return in.execute(f, null);
        }
        return Ops.call(callable, args, kw);
    }

    /**
     * Whether a CALL of {@code callable} with {@code self} (null after a plain load) is one {@link
     * #callBuiltin} makes: a built-in type's method with its self, or a built-in function or type
     * without one.
     */
    static boolean isBuiltinCall(PyObject callable, PyObject self) {
        Class<?> k = callable.getClass();
        if (self != null) return k == PyMethodDescriptor.class;
        return k == PyBuiltinFunction.class || (k == PyType.class && !((PyType) callable).isHeap());
    }

    /** CALL without keywords of a callable {@link #isBuiltinCall} accepts: as genericCall does it, without its checks. */
    static PyObject callBuiltin(PyObject callable, PyObject[] stack, int base, int n) {
        if (stack[base + 1] != null) return callMethodDescriptor((PyMethodDescriptor) callable, stack, base, n);
        return callable.call(copyArgs(stack, base + 2, n), null);
    }

    /**
     * CALL of a built-in type's method found by LOAD_METHOD ({@code d.get(k, 0)}, {@code s.upper()},
     * {@code parts.append(x)}): {@code md} with its self at {@code stack[base + 1]} and {@code n}
     * positional arguments after it, without an argument array for up to two arguments.
     */
    static PyObject callMethodDescriptor(PyMethodDescriptor md, PyObject[] stack, int base, int n) {
        PyObject self = stack[base + 1];
        switch (n) {
            case 0:
                return md.callWithSelf0(self);
            case 1:
                return md.callWithSelf1(self, stack[base + 2]);
            case 2:
                return md.callWithSelf2(self, stack[base + 2], stack[base + 3]);
            default:
                return md.callWithSelf(self, copyArgs(stack, base + 2, n), null);
        }
    }

    /**
     * SEND to a delegate that is not a native generator: returns the yielded value, or null when
     * the delegate finished (its return value is then in {@link #lastReturn}).
     */
    static PyObject sendTo(PyObject recv, PyObject v) {
        Interp in = Interp.current();
        if (recv instanceof PyGenBase g && (g.finished || g.running)) {
            // A native generator or coroutine that cannot be entered (see Interp.nativeDelegate).
            return in.resume(g, v, null);
        }
        if (recv instanceof PyCoroutineWrapper w && (w.coro.finished || w.coro.running)) {
            return in.resume(w.coro, v, null);
        }
        try {
            if (v == PyNone.INSTANCE) {
                if (recv instanceof AmSend s) {
                    PyObject r = s.sendNone();
                    if (r == null) in.sendReturn = s.takeReturn();
                    return r;
                }
                if (!recv.getType().isHeap()) {
                    PyObject r = recv.next();
                    if (r == null) {
                        in.sendReturn = PyNone.INSTANCE;
                        return null;
                    }
                    return r;
                }
                PyObject f = recv.getType().lookup(Ops.S_NEXT);
                if (f == null) throw Exc.typeError("'" + recv.getType().tpName() + "' object is not an iterator");
                return Ops.callDunderFound(f, recv);
            }
            return Ops.callMethod(recv, "send", v);
        } catch (PyError e) {
            if (e.exc.isInstance(Exc.StopIteration)) {
                in.sendReturn = Ops.getAttr(e.exc, "value");
                return null;
            }
            throw e;
        }
    }

    static PyObject lastReturn(Interp in) {
        PyObject r = in.sendReturn;
        in.sendReturn = null;
        return r;
    }
}
