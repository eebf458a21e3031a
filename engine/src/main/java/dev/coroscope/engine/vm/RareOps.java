package dev.coroscope.engine.vm;

import static dev.coroscope.engine.compiler.Opcode.*;

import dev.coroscope.engine.runtime.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Instructions that are not worth a place in the interpreter loop (which must stay small enough
 * for the JIT). Each works on the frame's stack through {@code f.stack}/{@code f.sp}.
 */
final class RareOps {
    private RareOps() {}

    static void run(Interp in, Frame f, int insn) {
        PyObject[] st = f.stack;
        int arg = insn >>> 8;
        switch (insn & PyCode.OP_MASK) {
            case DELETE_FAST: {
                PyObject old = f.fast[arg];
                if (old == null) throw Interp.unboundLocal(f.code, arg);
                f.fast[arg] = null;
                in.stored(f, f.code.localsplusNames[arg].value(), null, old, "local");
                break;
            }
            case DELETE_DEREF: {
                PyCell cell = (PyCell) f.fast[arg];
                if (cell.value == null) throw Interp.unboundDeref(f.code, arg);
                cell.value = null;
                in.stored(f, f.code.localsplusNames[arg].value(), null, null, "cell");
                break;
            }
            case LOAD_CLOSURE:
                st[f.sp++] = f.fast[arg];
                break;
            case LOAD_CLASSDEREF:
                st[f.sp++] = in.loadClassDeref(f, arg);
                break;
            case MAKE_CELL:
                f.fast[arg] = new PyCell(f.fast[arg]);
                break;
            case COPY_FREE_VARS:
                System.arraycopy(f.func.closure, 0, f.fast, f.fast.length - arg, arg);
                break;
            case STORE_GLOBAL:
                in.storeGlobal(f, f.code.names[arg], st[--f.sp]);
                break;
            case DELETE_GLOBAL: {
                PyStr name = f.code.names[arg];
                if (f.globals.remove(name) == null) throw Exc.nameError(name.value());
                in.stored(f, name.value(), null, null, "global");
                break;
            }
            case LOAD_NAME:
                st[f.sp++] = in.loadName(f, f.code.names[arg]);
                break;
            case STORE_NAME:
                in.storeName(f, f.code.names[arg], st[--f.sp]);
                break;
            case DELETE_NAME:
                in.deleteName(f, f.code.names[arg]);
                break;
            case LOAD_ATTR:
                st[f.sp - 1] = loadAttr(f, st[f.sp - 1], f.code.names[arg]);
                break;
            case STORE_ATTR: {
                PyObject obj = st[--f.sp];
                PyObject v = st[--f.sp];
                Ops.setAttr(obj, f.code.names[arg], v);
                break;
            }
            case DELETE_ATTR:
                Ops.delAttr(st[--f.sp], f.code.names[arg]);
                break;
            case DELETE_SUBSCR: {
                PyObject key = st[--f.sp];
                Ops.delItem(st[--f.sp], key);
                break;
            }
            case BUILD_SLICE: {
                PyObject step = arg == 3 ? st[--f.sp] : PyNone.INSTANCE;
                PyObject stop = st[--f.sp];
                st[f.sp - 1] = new PySlice(st[f.sp - 1], stop, step);
                break;
            }
            case UNARY_NEGATIVE:
                st[f.sp - 1] = Ops.unaryOp(st[f.sp - 1], Ops.NEG);
                break;
            case UNARY_POSITIVE:
                st[f.sp - 1] = Ops.unaryOp(st[f.sp - 1], Ops.POS);
                break;
            case UNARY_INVERT:
                st[f.sp - 1] = Ops.unaryOp(st[f.sp - 1], Ops.INVERT);
                break;
            case UNARY_NOT:
                st[f.sp - 1] = Ops.isTrue(st[f.sp - 1]) ? PyBool.FALSE : PyBool.TRUE;
                break;
            case CONTAINS_OP: {
                PyObject container = st[--f.sp];
                boolean r = Ops.contains(container, st[f.sp - 1]);
                st[f.sp - 1] = PyBool.of(r != (arg == 1));
                break;
            }
            case GET_ITER:
                st[f.sp - 1] = Ops.iter(st[f.sp - 1]);
                break;
            case BUILD_SET: {
                PySet s = new PySet(false);
                int base = f.sp - arg;
                for (int i = base; i < f.sp; i++) s.add(st[i]);
                f.sp = base;
                st[f.sp++] = s;
                break;
            }
            case BUILD_MAP: {
                PyDict d = new PyDict(arg);
                int base = f.sp - 2 * arg;
                for (int i = base; i < f.sp; i += 2) d.setItem(st[i], st[i + 1]);
                f.sp = base;
                st[f.sp++] = d;
                break;
            }
            case BUILD_STRING: {
                StringBuilder sb = new StringBuilder();
                int base = f.sp - arg;
                for (int i = base; i < f.sp; i++) sb.append(((PyStr) st[i]).value());
                f.sp = base;
                st[f.sp++] = PyStr.of(sb.toString());
                break;
            }
            case SET_ADD: {
                PyObject v = st[--f.sp];
                ((PySet) st[f.sp - arg]).add(v);
                break;
            }
            case MAP_ADD: {
                PyObject v = st[--f.sp];
                PyObject k = st[--f.sp];
                ((PyDict) st[f.sp - arg]).setItem(k, v);
                break;
            }
            case LIST_EXTEND: {
                PyObject it = st[--f.sp];
                PyList l = (PyList) st[f.sp - arg];
                if (!Ops.isIterable(it)) {
                    throw Exc.typeError("Value after * must be an iterable, not " + it.getType().name());
                }
                Ops.forEach(it, l::append);
                break;
            }
            case SET_UPDATE: {
                PyObject it = st[--f.sp];
                PySet s = (PySet) st[f.sp - arg];
                Ops.forEach(it, s::add);
                break;
            }
            case DICT_UPDATE: {
                PyObject src = st[--f.sp];
                PyDict d = (PyDict) st[f.sp - arg];
                if (!(src instanceof PyDict) && Ops.getAttrOrNull(src, PyStr.intern("keys")) == null) {
                    throw Exc.typeError("'" + src.getType().name() + "' object is not a mapping");
                }
                Ops.callMethod(d, "update", src);
                break;
            }
            case DICT_MERGE: {
                PyObject src = st[--f.sp];
                PyDict d = (PyDict) st[f.sp - arg];
                PyObject func = st[f.sp - arg - 3];
                if (!(src instanceof PyDict) && Ops.getAttrOrNull(src, PyStr.intern("keys")) == null) {
                    throw Exc.typeError(funcName(func) + " argument after ** must be a mapping, not "
                            + src.getType().name());
                }
                for (PyObject k : Ops.toList(Ops.callMethod(src, "keys"))) {
                    if (d.containsKey(k)) {
                        throw Exc.typeError(funcName(func) + " got multiple values for keyword argument '"
                                + Ops.str(k) + "'");
                    }
                    d.setItem(k, Ops.getItem(src, k));
                }
                break;
            }
            case LIST_TO_TUPLE: {
                PyList l = (PyList) st[f.sp - 1];
                st[f.sp - 1] = PyTuple.of(l.toArray());
                break;
            }
            case UNPACK_EX:
                unpackEx(f, arg & 0xFF, arg >> 8);
                break;
            case FORMAT_VALUE: {
                String spec = "";
                if ((arg & FVS_HAVE_SPEC) != 0) spec = ((PyStr) st[--f.sp]).value();
                PyObject v = st[f.sp - 1];
                switch (arg & FVC_MASK) {
                    case FVC_STR -> v = PyStr.of(Ops.str(v));
                    case FVC_REPR -> v = PyStr.of(Ops.repr(v));
                    case FVC_ASCII -> v = PyStr.of(Builtins.ascii(Ops.repr(v)));
                    default -> { }
                }
                if (!(v instanceof PyStr && spec.isEmpty() && v.getClass() == PyStr.class)) v = Ops.format(v, spec);
                st[f.sp - 1] = v;
                break;
            }
            case BEFORE_WITH: {
                PyObject mgr = st[--f.sp];
                PyType t = mgr.getType();
                PyObject enter = t.lookup(Ops.S_ENTER);
                if (enter == null) {
                    throw Exc.typeError("'" + t.name() + "' object does not support the context manager protocol");
                }
                PyObject exit = t.lookup(Ops.S_EXIT);
                if (exit == null) {
                    throw Exc.typeError("'" + t.name() + "' object does not support the context manager protocol (missed __exit__ method)");
                }
                st[f.sp++] = Descriptors.get(exit, mgr, t);
                st[f.sp++] = Ops.callDunderFound(enter, mgr);
                break;
            }
            case BEFORE_ASYNC_WITH: {
                PyObject mgr = st[--f.sp];
                PyType t = mgr.getType();
                PyObject enter = t.lookup(Ops.S_AENTER);
                if (enter == null) {
                    throw Exc.typeError("'" + t.name() + "' object does not support the asynchronous context manager protocol");
                }
                PyObject exit = t.lookup(Ops.S_AEXIT);
                if (exit == null) {
                    throw Exc.typeError("'" + t.name() + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                }
                st[f.sp++] = Descriptors.get(exit, mgr, t);
                st[f.sp++] = Ops.callDunderFound(enter, mgr);
                break;
            }
            case WITH_EXCEPT_START: {
                PyObject exit = st[f.sp - 3];
                PyBaseException exc = (PyBaseException) st[f.sp - 1];
                PyObject tb = exc.traceback == null ? PyNone.INSTANCE : exc.traceback;
                st[f.sp++] = Ops.call(exit, exc.getType(), exc, tb);
                break;
            }
            case GET_AWAITABLE:
                st[f.sp - 1] = getAwaitable(st[f.sp - 1], arg);
                break;
            case GET_AITER: {
                PyObject obj = st[f.sp - 1];
                PyObject m = obj.getType().lookup(Ops.S_AITER);
                if (m == null) {
                    throw Exc.typeError("'async for' requires an object with __aiter__ method, got " + obj.getType().name());
                }
                PyObject it = Ops.callDunderFound(m, obj);
                if (it.getType().lookup(Ops.S_ANEXT) == null) {
                    throw Exc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                            + it.getType().name());
                }
                st[f.sp - 1] = it;
                break;
            }
            case GET_ANEXT: {
                PyObject it = st[f.sp - 1];
                PyObject aw;
                if (it instanceof PyAsyncGenerator ag) {
                    aw = ag.anext();
                } else {
                    PyObject m = it.getType().lookup(Ops.S_ANEXT);
                    if (m == null) {
                        throw Exc.typeError("'async for' requires an iterator with __anext__ method, got " + it.getType().name());
                    }
                    PyObject r = Ops.callDunderFound(m, it);
                    try {
                        aw = getAwaitable(r, 0);
                    } catch (PyError e) {
                        if (e.exc.isInstance(Exc.TypeError)) {
                            throw Exc.typeError("'async for' received an invalid object from __anext__: " + r.getType().name());
                        }
                        throw e;
                    }
                }
                st[f.sp++] = aw;
                break;
            }
            case GET_YIELD_FROM_ITER: {
                PyObject obj = st[f.sp - 1];
                if (obj instanceof PyCoroutine) {
                    if ((f.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                        throw Exc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                } else if (!(obj instanceof PyGenerator)) {
                    st[f.sp - 1] = Ops.iter(obj);
                }
                break;
            }
            case ASYNC_GEN_WRAP:
                st[f.sp - 1] = new PyAsyncGenerator.Wrapped(st[f.sp - 1]);
                break;
            case IMPORT_NAME: {
                PyObject fromlist = st[--f.sp];
                PyObject level = st[--f.sp];
                st[f.sp++] = in.rt.modules.importName(f.code.names[arg].value(), fromlist, level);
                break;
            }
            case IMPORT_FROM: {
                PyObject mod = st[f.sp - 1];
                PyStr name = f.code.names[arg];
                PyObject v = Ops.getAttrOrNull(mod, name);
                if (v == null) {
                    String mn = mod instanceof PyModule m ? m.name() : "?";
                    PyBaseException e = Exc.make(Exc.ImportError, "cannot import name '" + name.value() + "' from '" + mn
                            + "' (unknown location)");
                    e.setAttrValue("name", PyStr.of(mn));
                    throw new PyError(e);
                }
                st[f.sp++] = v;
                break;
            }
            case IMPORT_STAR: {
                PyObject mod = st[--f.sp];
                PyDict src = mod.getDict();
                PyObject all = src.get("__all__");
                List<PyObject> names = all != null ? Ops.toList(all) : src.keyList();
                for (PyObject n : names) {
                    String s = ((PyStr) n).value();
                    if (all == null && s.startsWith("_")) continue;
                    Ops.setItem(f.locals, n, Ops.getAttr(mod, (PyStr) n));
                }
                break;
            }
            case SETUP_ANNOTATIONS: {
                PyStr key = PyStr.intern("__annotations__");
                if (f.locals instanceof PyDict d && d.get(key) == null) d.put(key, new PyDict());
                break;
            }
            case STORE_ANNOTATION: {
                PyObject ann = st[--f.sp];
                PyObject anns = Ops.getItem(f.locals, PyStr.intern("__annotations__"));
                Ops.setItem(anns, f.code.names[arg], ann);
                break;
            }
            case CHECK_EXC_MATCH: {
                PyObject type = st[--f.sp];
                checkExceptType(type);
                PyObject exc = st[f.sp - 1];
                st[f.sp++] = PyBool.of(excMatches(exc, type));
                break;
            }
            case CHECK_EG_MATCH: {
                PyObject type = st[--f.sp];
                PyObject excObj = st[--f.sp];
                checkExceptType(type);
                checkNotGroupType(type);
                if (!(excObj instanceof PyBaseException exc)) {
                    // An earlier except* clause matched everything: nothing is left to match.
                    st[f.sp++] = PyNone.INSTANCE;
                    st[f.sp++] = PyNone.INSTANCE;
                } else if (exc.egExceptions != null) {
                    PyObject[] r = (PyObject[]) ((PyTuple) Ops.callMethod(exc, "split", type)).items();
                    st[f.sp++] = r[1];
                    st[f.sp++] = r[0];
                } else if (excMatches(exc, type)) {
                    PyBaseException g = (PyBaseException) Ops.call(Exc.BaseExceptionGroup, PyStr.EMPTY, new PyList(new PyObject[] {exc}));
                    g.traceback = exc.traceback;
                    st[f.sp++] = PyNone.INSTANCE;
                    st[f.sp++] = g;
                } else {
                    st[f.sp++] = exc;
                    st[f.sp++] = PyNone.INSTANCE;
                }
                break;
            }
            case PREP_RERAISE_STAR: {
                PyList list = (PyList) st[--f.sp];
                PyBaseException orig = (PyBaseException) st[--f.sp];
                List<PyObject> raised = new ArrayList<>();
                PyObject rest = list.size() > 0 ? list.get(list.size() - 1) : PyNone.INSTANCE;
                for (int i = 0; i < list.size() - 1; i++) if (list.get(i) != PyNone.INSTANCE) raised.add(list.get(i));
                PyObject result;
                if (raised.isEmpty()) {
                    result = rest;
                } else {
                    List<PyObject> all = new ArrayList<>(raised);
                    if (rest != PyNone.INSTANCE) all.add(rest);
                    result = all.size() == 1 && rest == PyNone.INSTANCE && ((PyBaseException) all.get(0)).egExceptions == null
                            ? all.get(0) : Ops.call(Exc.BaseExceptionGroup, PyStr.EMPTY, new PyList(all));
                    if (result instanceof PyBaseException rb && rb != all.get(0)) rb.context = orig.context;
                }
                st[f.sp++] = result;
                break;
            }
            case LOAD_BUILD_CLASS:
                st[f.sp++] = in.rt.buildClass;
                break;
            case LOAD_ASSERTION_ERROR:
                st[f.sp++] = Exc.AssertionError;
                break;
            case MAKE_FUNCTION: {
                PyCode code = (PyCode) st[--f.sp];
                PyFunction fn = new PyFunction(code, f.globals, f.builtins, code.qualname);
                if ((arg & MF_CLOSURE) != 0) {
                    PyObject[] cells = ((PyTuple) st[--f.sp]).items();
                    PyCell[] cl = new PyCell[cells.length];
                    for (int i = 0; i < cells.length; i++) cl[i] = (PyCell) cells[i];
                    fn.closure = cl;
                }
                if ((arg & MF_ANNOTATIONS) != 0) fn.annotations = st[--f.sp];
                if ((arg & MF_KWDEFAULTS) != 0) fn.kwdefaults = (PyDict) st[--f.sp];
                if ((arg & MF_DEFAULTS) != 0) fn.defaults = ((PyTuple) st[--f.sp]).items();
                if (code.consts.length > 0 && code.consts[0] instanceof PyStr doc
                        && (code.flags & PyCode.CO_OPTIMIZED) != 0 && !code.name.startsWith("<")) {
                    fn.doc = doc;
                }
                st[f.sp++] = fn;
                break;
            }
            case CALL_FUNCTION_EX: {
                PyDict kwargs = (arg & 1) != 0 ? (PyDict) st[--f.sp] : null;
                PyObject argsObj = st[--f.sp];
                PyObject self = st[--f.sp];
                PyObject func = st[--f.sp];
                PyObject[] pos = argsObj instanceof PyTuple t ? t.items() : Ops.toArray(argsObj);
                if (self != null) {
                    PyObject[] p2 = new PyObject[pos.length + 1];
                    p2[0] = self;
                    System.arraycopy(pos, 0, p2, 1, pos.length);
                    pos = p2;
                }
                PyObject[] all = pos;
                String[] kw = null;
                if (kwargs != null && kwargs.size() > 0) {
                    int n = kwargs.size();
                    all = java.util.Arrays.copyOf(pos, pos.length + n);
                    kw = new String[n];
                    int i = 0;
                    for (var e : kwargs.entryList()) {
                        if (!(e.getKey() instanceof PyStr ks)) throw Exc.typeError("keywords must be strings");
                        kw[i] = ks.value();
                        all[pos.length + i] = e.getValue();
                        i++;
                    }
                }
                st[f.sp++] = Ops.call(func, all, kw);
                break;
            }
            default:
                throw new IllegalStateException("not a rare op: " + name(insn & PyCode.OP_MASK));
        }
    }

    /** LOAD_ATTR's inline cache for instances of user classes: what the class says about the name. */
    static final class AttrCache {
        final PyType type;
        final int version;
        /** The class attribute found by the lookup (null if none). */
        final PyObject descr;
        final boolean data;

        AttrCache(PyType type, int version, PyObject descr, boolean data) {
            this.type = type;
            this.version = version;
            this.descr = descr;
            this.data = data;
        }
    }

    static PyObject loadAttr(Frame f, PyObject obj, PyStr name) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.getType();
            int pc = f.ip - 1;
            Object[] cache = f.code.cache;
            if (cache == null) {
                cache = new Object[f.code.code.length];
                f.code.cache = cache;
            }
            AttrCache c = cache[pc] instanceof AttrCache ac && ac.type == t && ac.version == t.version() ? ac : null;
            if (c == null && !t.customGetattribute()) {
                PyObject d = t.lookup(name);
                c = new AttrCache(t, t.version(), d, d != null && Descriptors.isData(d));
                cache[pc] = c;
            }
            if (c != null) {
                if (!c.data) {
                    PyObject v = inst.getDict().get(name);
                    if (v != null) return v;
                }
                if (c.descr != null) {
                    PyObject d = c.descr;
                    if (d instanceof PyFunction) return new PyMethod(d, inst);
                    return Descriptors.get(d, inst, t);
                }
            }
        }
        return Ops.getAttr(obj, name);
    }

    private static String funcName(PyObject func) {
        if (func instanceof PyFunction fn) return fn.qualname + "()";
        if (func instanceof PyBuiltinFunction b) return b.name + "()";
        if (func instanceof PyType t) return t.name() + "()";
        return Ops.repr(func);
    }

    static void checkExceptType(PyObject type) {
        if (type instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) return;
        if (type instanceof PyTuple tup) {
            for (PyObject o : tup.items()) {
                if (!(o instanceof PyType t && t.isSubtypeOf(Exc.BaseException))) {
                    throw Exc.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
            }
            return;
        }
        throw Exc.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static void checkNotGroupType(PyObject type) {
        PyObject[] types = type instanceof PyTuple t ? t.items() : new PyObject[] {type};
        for (PyObject o : types) {
            if (o instanceof PyType t && t.isSubtypeOf(Exc.BaseExceptionGroup)) {
                throw Exc.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
    }

    static boolean excMatches(PyObject exc, PyObject type) {
        if (type instanceof PyType t) return exc.getType().isSubtypeOf(t);
        for (PyObject o : ((PyTuple) type).items()) if (exc.getType().isSubtypeOf((PyType) o)) return true;
        return false;
    }

    /** The iterator behind {@code await obj}. */
    static PyObject getAwaitable(PyObject obj, int where) {
        if (obj instanceof PyCoroutine c) {
            if (c.yieldFrom() != null) throw Exc.runtimeError("coroutine is being awaited already");
            return c;
        }
        if (obj instanceof PyGenerator g && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0) return g;
        PyType t = obj.getType();
        PyObject m = t.lookup(Ops.S_AWAIT);
        if (m == null) {
            if (where == 1) {
                throw Exc.typeError("'async with' received an object from __aenter__ that does not implement __await__: " + t.name());
            }
            if (where == 2) {
                throw Exc.typeError("'async with' received an object from __aexit__ that does not implement __await__: " + t.name());
            }
            throw Exc.typeError("object " + t.name() + " can't be used in 'await' expression");
        }
        PyObject it = Ops.callDunderFound(m, obj);
        if (it instanceof PyCoroutine || (it instanceof PyGenerator g && (g.frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0)) {
            throw Exc.typeError("__await__() returned a coroutine");
        }
        if (!Ops.isIterator(it)) {
            throw Exc.typeError("__await__() returned non-iterator of type '" + it.getType().name() + "'");
        }
        return it;
    }

    static PyError raise(Interp in, Frame f, int n) {
        PyObject[] st = f.stack;
        if (n == 0) {
            PyObject h = in.handledException();
            if (h == null) return Exc.runtimeError("No active exception to reraise");
            PyError e = new PyError((PyBaseException) h);
            e.reraise = true;
            e.fresh = false;
            return e;
        }
        PyObject cause = n == 2 ? st[--f.sp] : null;
        PyObject excObj = st[--f.sp];
        PyBaseException exc = toException(excObj, "exceptions must derive from BaseException");
        if (n == 2) {
            if (cause == PyNone.INSTANCE) {
                exc.cause = null;
            } else if (cause instanceof PyType || cause instanceof PyBaseException) {
                exc.cause = toException(cause, "exception causes must derive from BaseException");
            } else {
                return Exc.typeError("exception causes must derive from BaseException");
            }
            exc.suppressContext = true;
        }
        return new PyError(exc);
    }

    private static PyBaseException toException(PyObject o, String msg) {
        if (o instanceof PyBaseException e) return e;
        if (o instanceof PyType t && t.isSubtypeOf(Exc.BaseException)) {
            PyObject made = Ops.call(t);
            if (made instanceof PyBaseException e) return e;
            throw Exc.typeError("calling " + t.repr() + " should have returned an instance of BaseException, not "
                    + made.getType().name());
        }
        throw Exc.typeError(msg);
    }

    static void unpackSequence(Frame f, int n) {
        PyObject seq = f.stack[--f.sp];
        PyObject[] items;
        if (seq instanceof PyList l && seq.getClass() == PyList.class) {
            items = l.toArray();
        } else if (seq instanceof PyTuple t && seq.getClass() == PyTuple.class) {
            items = t.items();
        } else {
            if (!Ops.isIterable(seq)) {
                throw Exc.typeError("cannot unpack non-iterable " + seq.getType().name() + " object");
            }
            PyObject it = Ops.iter(seq);
            List<PyObject> got = new ArrayList<>();
            PyObject v;
            while (got.size() <= n && (v = Ops.next(it)) != null) got.add(v);
            if (got.size() > n) throw Exc.valueError("too many values to unpack (expected " + n + ")");
            items = got.toArray(new PyObject[0]);
        }
        if (items.length < n) {
            throw Exc.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        if (items.length > n) {
            throw Exc.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) f.stack[f.sp++] = items[i];
    }

    private static void unpackEx(Frame f, int before, int after) {
        PyObject seq = f.stack[--f.sp];
        if (!Ops.isIterable(seq)) {
            throw Exc.typeError("cannot unpack non-iterable " + seq.getType().name() + " object");
        }
        List<PyObject> all = Ops.toList(seq);
        if (all.size() < before + after) {
            throw Exc.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.size() + ")");
        }
        int n = all.size();
        for (int i = n - 1; i >= n - after; i--) f.stack[f.sp++] = all.get(i);
        f.stack[f.sp++] = new PyList(all.subList(before, n - after));
        for (int i = before - 1; i >= 0; i--) f.stack[f.sp++] = all.get(i);
    }
}
