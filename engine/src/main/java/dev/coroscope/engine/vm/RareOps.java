package dev.coroscope.engine.vm;

import static dev.coroscope.engine.compiler.Opcode.*;

import dev.coroscope.engine.runtime.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Instructions that are not worth a place in the interpreter loop (which must stay small enough
 * for the JIT). Each works on the frame's stack through {@code f.fast}/{@code f.sp}.
 */
final class RareOps {
    private RareOps() {}

    /** One out-of-line instruction: {@code run(in, f, arg)} works on {@code f}'s stack. */
    @FunctionalInterface
    interface Op {
        /** Runs one instruction; returns the frame to continue with ({@code f} unless it switched). */
        Frame run(Interp in, Frame f, int arg);
    }

    /**
     * Handlers by opcode. Dispatch goes through this table (a megamorphic interface call) so the
     * JIT compiles each handler on its own: the interpreter loop stays small, and a handler that
     * is deoptimized is recompiled alone, cheaply.
     */
    private static final Op[] TABLE = new Op[128];

    /**
     * The handler of {@code opcode}, made on first use: each lambda is a class the JVM spins when
     * its expression first runs, so building all of them at start-up cost every run ~80 class
     * definitions, most for instructions the program never executes.
     */
    private static Op make(int opcode) {
        switch (opcode) {
            case CALL:
                return (in, f, a) -> {
                    String[] kw = in.pendingKw;
                    in.pendingKw = null;
                    return in.call(f, a, kw);
                };
            case SEND:
                return new RareOps.Op() { public Frame run(Interp a, Frame b, int c) { return RareOps.opSend(a, b, c); } };
            case POP_JUMP_IF_NONE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    if (f.fast[--f.sp] == PyNone.INSTANCE) f.ip = a;
                    return f;
                }};
            case POP_JUMP_IF_NOT_NONE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    if (f.fast[--f.sp] != PyNone.INSTANCE) f.ip = a;
                    return f;
                }};
            case FOR_ITER:
                return new RareOps.Op() { public Frame run(Interp a, Frame b, int c) { return RareOps.opForIter(a, b, c); } };
            case STORE_DEREF:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject v = f.fast[--f.sp];
                    PyCell cell = (PyCell) f.fast[a];
                    PyObject old = cell.value;
                    cell.value = v;
                    if (in.tracing || (old != null && in.rt.lifetime.active())) {
                        in.stored(f, f.code.localsplusNames[a].value(), v, old, "cell");
                    }
                    return f;
                }};
            case BUILD_LIST:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject[] items = new PyObject[a];
                    f.sp -= a;
                    System.arraycopy(f.fast, f.sp, items, 0, a);
                    f.fast[f.sp++] = new PyList(items);
                    return f;
                }};
            case IS_OP:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject b = f.fast[--f.sp];
                    PyObject x = f.fast[f.sp - 1];
                    f.fast[f.sp - 1] = PyBool.of((x == b) != (a == 1));
                    if (in.lifetime.active()) operandsDropped(in, f, x, b);
                    return f;
                }};
            case RAISE_VARARGS:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    throw raise(in, f, a);
                }};
            case RERAISE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject exc = f.fast[--f.sp];
                    PyError e = new PyError((PyBaseException) exc);
                    e.reraise = true;
                    e.fresh = false;
                    throw e;
                }};
            case PUSH_EXC_INFO:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject[] st = f.fast;
                    PyObject exc = st[f.sp - 1];
                    ExcInfo ei = in.excInfo;
                    st[f.sp - 1] = ei.value == null ? PyNone.INSTANCE : ei.value;
                    st[f.sp++] = exc;
                    ei.value = exc;
                    return f;
                }};
            case POP_EXCEPT:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject prev = f.fast[--f.sp];
                    PyObject handled = in.excInfo.value;
                    in.excInfo.value = prev == PyNone.INSTANCE ? null : prev;
                    // The handled exception is let go at the end of its except block, and with it the
                    // frames of its traceback: a coroutine never awaited in one warns here, as in CPython.
                    if (handled != null && handled != prev && in.lifetime.active()) in.lifetime.discarded(handled);
                    return f;
                }};
            case POP_EXCEPT_AND_RERAISE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject exc = f.fast[--f.sp];
                    PyObject prev = f.fast[--f.sp];
                    in.excInfo.value = prev == PyNone.INSTANCE ? null : prev;
                    PyError e = new PyError((PyBaseException) exc);
                    e.reraise = true;
                    e.fresh = false;
                    throw e;
                }};
            case END_ASYNC_FOR:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject exc = f.fast[--f.sp];
                    if (exc instanceof PyBaseException be && be.isInstance(Exc.StopAsyncIteration)) {
                        f.sp--;
                        in.excInfo.value = null;
                        return f;
                    }
                    PyError e = new PyError((PyBaseException) exc);
                    e.reraise = true;
                    e.fresh = false;
                    throw e;
                }};
            case POP_JUMP_IF_FALSE:
                return (in, f, a) -> {
                    opPopJumpIfFalse(in, f, a);
                    return f;
                };
            case POP_JUMP_IF_TRUE:
                return (in, f, a) -> {
                    opPopJumpIfTrue(in, f, a);
                    return f;
                };
            case JUMP_IF_FALSE_OR_POP:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opJumpIfFalseOrPop(in, f, a);
                    return f;
                }};
            case JUMP_IF_TRUE_OR_POP:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opJumpIfTrueOrPop(in, f, a);
                    return f;
                }};
            case BINARY_SUBSCR:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opBinarySubscr(in, f, a);
                    return f;
                }};
            case STORE_SUBSCR:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opStoreSubscr(in, f, a);
                    return f;
                }};
            case COMPARE_OP:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opCompareOp(in, f, a);
                    return f;
                }};
            case BINARY_OP:
                // BINARY_OP__RETURN_VALUE's operator on anything but two small ints (or traced):
                // what the loop's BINARY_OP case does with them.
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    PyObject[] st = f.fast;
                    PyObject y = st[--f.sp];
                    PyObject x = st[f.sp - 1];
                    PyObject r = Interp.binaryOp(x, y, a);
                    f.fast[f.sp - 1] = r;
                    return f;
                }};
            case LOAD_METHOD:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opLoadMethod(in, f, a);
                    return f;
                }};
            case UNPACK_SEQUENCE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opUnpackSequence(in, f, a);
                    return f;
                }};
            case DELETE_FAST:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opDeleteFast(in, f, a);
                    return f;
                }};
            case DELETE_DEREF:
                return (in, f, a) -> {
                    opDeleteDeref(in, f, a);
                    return f;
                };
            case LOAD_CLOSURE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opLoadClosure(in, f, a);
                    return f;
                }};
            case LOAD_CLASSDEREF:
                return (in, f, a) -> {
                    opLoadClassderef(in, f, a);
                    return f;
                };
            case MAKE_CELL:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opMakeCell(in, f, a);
                    return f;
                }};
            case COPY_FREE_VARS:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opCopyFreeVars(in, f, a);
                    return f;
                }};
            case STORE_GLOBAL:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opStoreGlobal(in, f, a);
                    return f;
                }};
            case DELETE_GLOBAL:
                return (in, f, a) -> {
                    opDeleteGlobal(in, f, a);
                    return f;
                };
            case LOAD_NAME:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opLoadName(in, f, a);
                    return f;
                }};
            case STORE_NAME:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opStoreName(in, f, a);
                    return f;
                }};
            case DELETE_NAME:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opDeleteName(in, f, a);
                    return f;
                }};
            case LOAD_ATTR:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opLoadAttr(in, f, a);
                    return f;
                }};
            case STORE_ATTR:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opStoreAttr(in, f, a);
                    return f;
                }};
            case DELETE_ATTR:
                return (in, f, a) -> {
                    opDeleteAttr(in, f, a);
                    return f;
                };
            case DELETE_SUBSCR:
                return (in, f, a) -> {
                    opDeleteSubscr(in, f, a);
                    return f;
                };
            case BUILD_SLICE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opBuildSlice(in, f, a);
                    return f;
                }};
            case UNARY_NEGATIVE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opUnaryNegative(in, f, a);
                    return f;
                }};
            case UNARY_POSITIVE:
                return (in, f, a) -> {
                    opUnaryPositive(in, f, a);
                    return f;
                };
            case UNARY_INVERT:
                return (in, f, a) -> {
                    opUnaryInvert(in, f, a);
                    return f;
                };
            case UNARY_NOT:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opUnaryNot(in, f, a);
                    return f;
                }};
            case CONTAINS_OP:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opContainsOp(in, f, a);
                    return f;
                }};
            case GET_ITER:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opGetIter(in, f, a);
                    return f;
                }};
            case BUILD_SET:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opBuildSet(in, f, a);
                    return f;
                }};
            case BUILD_MAP:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opBuildMap(in, f, a);
                    return f;
                }};
            case BUILD_STRING:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opBuildString(in, f, a);
                    return f;
                }};
            case SET_ADD:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opSetAdd(in, f, a);
                    return f;
                }};
            case MAP_ADD:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opMapAdd(in, f, a);
                    return f;
                }};
            case LIST_EXTEND:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opListExtend(in, f, a);
                    return f;
                }};
            case SET_UPDATE:
                return (in, f, a) -> {
                    opSetUpdate(in, f, a);
                    return f;
                };
            case DICT_UPDATE:
                return (in, f, a) -> {
                    opDictUpdate(in, f, a);
                    return f;
                };
            case DICT_MERGE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opDictMerge(in, f, a);
                    return f;
                }};
            case LIST_TO_TUPLE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opListToTuple(in, f, a);
                    return f;
                }};
            case UNPACK_EX:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opUnpackEx(in, f, a);
                    return f;
                }};
            case FORMAT_VALUE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opFormatValue(in, f, a);
                    return f;
                }};
            case BEFORE_WITH:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opBeforeWith(in, f, a);
                    return f;
                }};
            case BEFORE_ASYNC_WITH:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opBeforeAsyncWith(in, f, a);
                    return f;
                }};
            case WITH_EXCEPT_START:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opWithExceptStart(in, f, a);
                    return f;
                }};
            case GET_AWAITABLE:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opGetAwaitable(in, f, a);
                    return f;
                }};
            case GET_AITER:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opGetAiter(in, f, a);
                    return f;
                }};
            case GET_ANEXT:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opGetAnext(in, f, a);
                    return f;
                }};
            case GET_YIELD_FROM_ITER:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opGetYieldFromIter(in, f, a);
                    return f;
                }};
            case ASYNC_GEN_WRAP:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opAsyncGenWrap(in, f, a);
                    return f;
                }};
            case IMPORT_NAME:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opImportName(in, f, a);
                    return f;
                }};
            case IMPORT_FROM:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opImportFrom(in, f, a);
                    return f;
                }};
            case IMPORT_STAR:
                return (in, f, a) -> {
                    opImportStar(in, f, a);
                    return f;
                };
            case SETUP_ANNOTATIONS:
                return (in, f, a) -> {
                    opSetupAnnotations(in, f, a);
                    return f;
                };
            case STORE_ANNOTATION:
                return (in, f, a) -> {
                    opStoreAnnotation(in, f, a);
                    return f;
                };
            case CHECK_EXC_MATCH:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opCheckExcMatch(in, f, a);
                    return f;
                }};
            case CHECK_EG_MATCH:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opCheckEgMatch(in, f, a);
                    return f;
                }};
            case PREP_RERAISE_STAR:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opPrepReraiseStar(in, f, a);
                    return f;
                }};
            case LOAD_BUILD_CLASS:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opLoadBuildClass(in, f, a);
                    return f;
                }};
            case LOAD_ASSERTION_ERROR:
                return (in, f, a) -> {
                    opLoadAssertionError(in, f, a);
                    return f;
                };
            case MAKE_FUNCTION:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opMakeFunction(in, f, a);
                    return f;
                }};
            case CALL_FUNCTION_EX:
                return new RareOps.Op() { public Frame run(Interp in, Frame f, int a) {
                    opCallFunctionEx(in, f, a);
                    return f;
                }};
            case GET_LEN:
                return (in, f, a) -> {
                    f.fast[f.sp] = PyInt.of(Ops.lengthLong(f.fast[f.sp - 1]));
                    f.sp++;
                    return f;
                };
            case MATCH_MAPPING:
                return (in, f, a) -> {
                    f.fast[f.sp] = PyBool.of(Patterns.isMapping(f.fast[f.sp - 1]));
                    f.sp++;
                    return f;
                };
            case MATCH_SEQUENCE:
                return (in, f, a) -> {
                    f.fast[f.sp] = PyBool.of(Patterns.isSequence(f.fast[f.sp - 1]));
                    f.sp++;
                    return f;
                };
            case MATCH_KEYS:
                return (in, f, a) -> {
                    f.fast[f.sp] = Patterns.matchKeys(f.fast[f.sp - 2], f.fast[f.sp - 1]);
                    f.sp++;
                    return f;
                };
            case MATCH_CLASS:
                return (in, f, a) -> {
                    PyObject r = Patterns.matchClass(f.fast[f.sp - 3], f.fast[f.sp - 2], f.fast[f.sp - 1], a);
                    f.fast[f.sp - 1] = null;
                    f.fast[f.sp - 2] = null;
                    f.sp -= 2;
                    f.fast[f.sp - 1] = r;
                    return f;
                };
            default:
                throw new IllegalStateException("not a rare op: " + name(opcode));
        }
    }

    /** Races between runs on two threads are harmless: both store an equivalent stateless handler. */
    private static Op install(int opcode) {
        Op op = make(opcode);
        TABLE[opcode] = op;
        return op;
    }

    static Frame run(Interp in, Frame f, int insn) {
        Op op = TABLE[insn & PyCode.OP_MASK];
        if (op == null) op = install(insn & PyCode.OP_MASK);
        return op.run(in, f, insn >>> 8);
    }

    /** FOR_ITER on anything but a range or list iterator: a generator is entered in the loop. */
    private static Frame opForIter(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject it = st[f.sp - 1];
        if (it instanceof PyGenerator g && !g.running && !g.finished) {
            return in.switchInto(f, g, PyNone.INSTANCE);
        }
        PyObject v = it.getType().isHeap() ? (in.tracing ? SysTrace.nextReporting(in, f, it) : Ops.next(it)) : it.next();
        if (v != null) {
            st[f.sp++] = v;
        } else {
            st[--f.sp] = null;
            if (in.lifetime.active()) loopEnded(in, f, it, f.ip, f.sp);
            f.ip = arg;
        }
        return f;
    }

    /**
     * A for loop's iterator {@code it} ran out at the loop's FOR_ITER ({@code ip} just after it,
     * {@code sp} the stack without it): the loop drops the iterator, and a list iterator has
     * dropped its list, as in CPython; what only they held dies here (the items of
     * {@code for d in [D(1), D(2)]:} but the last, which the loop variable holds, die at the loop's end).
     */
    static void loopEnded(Interp in, Frame f, PyObject it, int ip, int sp) {
        f.ip = ip;
        f.sp = sp;
        PyObject released = it instanceof PyIterators.ListIterator li ? li.takeReleased() : null;
        in.lifetime.tempDropped(f, released != null ? released : it);
    }

    /** SEND: resumes the delegate of yield-from/await; native generators run in the loop. */
    private static Frame opSend(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject v = st[--f.sp];
        PyObject recv = st[f.sp - 1];
        PyGenBase g = Interp.nativeDelegate(recv);
        if (g != null) return in.switchInto(f, g, v);
        PyObject r = CallOps.sendTo(recv, v);
        if (r != null) {
            st[f.sp++] = r;
        } else {
            st[f.sp - 1] = CallOps.lastReturn(in);
            if (in.tracing) SysTrace.iteratorReturned(in, f, st[f.sp - 1]);
            f.ip = arg;
        }
        return f;
    }

    /** A call of anything but a plain Python function (builtins, types, bound builtins...). */
    static void genericCall(Interp in, Frame f, int n, String[] kw) {
        PyObject[] st = f.fast;
        int sp = f.sp;
        PyObject cleared = in.lifetime.active() ? clearedContents(st[sp - n - 2], st[sp - n - 1]) : null;
        PyObject r;
        boolean counted = RecursionCost.coldCall(f.code, f.ip, st[sp - n - 2]);
        if (counted) in.enterCounted(RecursionCost.CALLING);
        try {
            r = CallOps.call(in, st[sp - n - 2], st[sp - n - 1], st, sp - n, n, kw);
        } catch (PyError e) {
            if (in.lifetime.active()) keptByTraceback(e, st, sp - n - 2, sp);
            throw e;
        } finally {
            if (counted) in.leaveCounted();
        }
        if (cleared != null) in.lifetime.discarded(cleared);
        // A tracked argument (a never-awaited coroutine) the call did not keep dies with the call's
        // arguments, as in CPython: print(type(coro())) warns at this line.
        PyObject released = in.lifetime.active() ? in.lifetime.releasedByCall(f, sp - n - 2, n, r) : null;
        for (int i = sp - n - 2; i < sp; i++) st[i] = null;
        sp -= n + 2;
        st[sp++] = r;
        f.sp = sp;
        if (released != null) in.lifetime.collectReleased(released);
    }

    /**
     * A Java method that is Python code in CPython (the event loop's: loop.call_soon(coro())) failed:
     * CPython's frame of it, with the arguments in its locals, lives in the exception's traceback,
     * so they die with the exception (at the end of the except block), not with the call.
     */
    private static void keptByTraceback(PyError e, PyObject[] st, int from, int to) {
        PyObject callable = st[from];
        boolean python = callable instanceof PyBuiltinFunction bf ? !bf.cLevel()
                : callable instanceof PyMethodDescriptor md && !md.cLevel();
        if (!python) return;
        java.util.List<PyObject> held = new java.util.ArrayList<>(to - from);
        for (int i = from + 1; i < to; i++) if (st[i] != null) held.add(st[i]);
        if (e.exc.hiddenFrames == null) e.exc.hiddenFrames = new java.util.ArrayList<>(2);
        e.exc.hiddenFrames.add(PyTuple.of(held.toArray(new PyObject[0])));
    }

    /** What {@code list.clear()} or {@code dict.clear()} is about to drop (a never-awaited coroutine may be in it), or null. */
    private static PyObject clearedContents(PyObject callable, PyObject self) {
        if (!(callable instanceof PyMethodDescriptor md) || !md.name.equals("clear")) return null;
        if (self != null && self.getClass() == PyList.class) return new PyList(((PyList) self).toArray());
        if (self != null && self.getClass() == PyDict.class) return new PyList(((PyDict) self).valueList());
        if (self != null && self.getClass() == PySet.class) return new PyList(((PySet) self).ordered());
        return null;
    }

    private static void opPopJumpIfFalse(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        if (!Ops.isTrue(st[--f.sp])) f.ip = arg;
    }

    private static void opPopJumpIfTrue(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        if (Ops.isTrue(st[--f.sp])) f.ip = arg;
    }

    private static void opJumpIfFalseOrPop(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        if (!Ops.isTrue(st[f.sp - 1])) {
            f.ip = arg;
        } else {
            PyObject v = st[--f.sp];
            if (v instanceof PyCoroutine && in.lifetime.active()) in.lifetime.discarded(v);
        }
    }

    private static void opJumpIfTrueOrPop(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        if (Ops.isTrue(st[f.sp - 1])) {
            f.ip = arg;
        } else {
            PyObject v = st[--f.sp];
            if (v instanceof PyCoroutine && in.lifetime.active()) in.lifetime.discarded(v);
        }
    }


    private static void opBinarySubscr(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject key = st[--f.sp];
        PyObject obj = st[f.sp - 1];
        st[f.sp - 1] = obj.getClass() == PyDict.class ? ((PyDict) obj).getItem(key) : Ops.getItem(obj, key);
        // (coro(), 2)[1:]: the display dies once subscripted.
        if (in.lifetime.active()) operandsDropped(in, f, obj, key);
    }

    private static void opStoreSubscr(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject key = st[--f.sp];
        PyObject obj = st[--f.sp];
        PyObject v = st[--f.sp];
        PyObject old = in.rt.lifetime.active() ? droppedItem(obj, key) : null;
        Ops.setItem(obj, key, v);
        if (old != null) in.rt.lifetime.discarded(old);
    }

    /**
     * The value a store or deletion on a plain dict or list item drops, which may be the last
     * reference to a never-awaited coroutine (CPython reports it at that line); null otherwise.
     * Only exact dicts and lists are read, so no Python code runs.
     */
    private static PyObject droppedItem(PyObject obj, PyObject key) {
        if (obj.getClass() == PyDict.class && (key.getClass() == PyStr.class || key.getClass() == PyInt.class)) return ((PyDict) obj).get(key);
        // A slice store or deletion drops the items of the slice (read as a new list: no Python code runs).
        if (obj.getClass() == PyList.class && key.getClass() == PySlice.class) return obj.getItem(key);
        if (obj.getClass() == PyList.class && key instanceof PyInt i) {
            PyList l = (PyList) obj;
            long n = i.longValueOr(Long.MIN_VALUE);
            if (n < 0) n += l.size();
            return n >= 0 && n < l.size() ? l.get((int) n) : null;
        }
        return null;
    }

    /** The value an attribute store or deletion on a plain instance drops (see {@link #droppedItem}). */
    private static PyObject droppedAttr(PyObject obj, PyStr name) {
        if (obj instanceof PyInstance inst && !inst.getType().customSetattr()) return inst.ownAttr(name);
        // A class attribute rebound or deleted (Box.item = None, del Box.item).
        if (obj instanceof PyType t && t.getDict() != null && !(t.getType() != PyType.TYPE && t.getType().customSetattr())) {
            return t.getDict().get(name);
        }
        // Other objects with a __dict__ (a SimpleNamespace, a function's attributes).
        if (!(obj instanceof PyType) && !obj.getType().customSetattr()) {
            PyDict d = obj.getDict();
            if (d != null) return d.get(name);
        }
        return null;
    }

    static void opCompareOp(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject b = st[--f.sp];
        PyObject a = st[f.sp - 1];
        st[f.sp - 1] = Interp.compareOp(a, b, arg);
        if (in.lifetime.active()) operandsDropped(in, f, a, b);
    }

    /**
     * Whether {@code o} is of a kind that may be (or directly hold) an object whose death CPython
     * shows: a coroutine, an instance (with __del__), a built-in container. A cheap test before
     * {@link #binaryDropped}.
     */
    static boolean mayHoldTemp(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class || c == PyInt.class || c == PyFloat.class) return false; // the usual operands first
        return c == PyTuple.class || c == PyList.class || c == PyDict.class || c == PySet.class
                || o instanceof PyCoroutine || o instanceof PyInstance;
    }

    /**
     * A binary operator's general path consumed {@code a} and {@code b} and made {@code r}, which
     * is about to replace {@code a} on the current frame's stack: an operand nothing else holds
     * dies here ({@code "%s" % (coro(),)} warns at its line, not at the next trigger).
     */
    static void binaryDropped(PyObject a, PyObject b, PyObject r) {
        Interp in = Interp.current();
        Frame f = in.frame;
        if (!in.lifetime.active() || f == null || f.sp == 0 || f.fast[f.sp - 1] != a) return;
        f.fast[f.sp - 1] = r;
        operandsDropped(in, f, a, b);
    }

    /** Operands an instruction consumed, its result already on {@code f}'s stack (see {@link Lifetime#tempDropped}). */
    private static void operandsDropped(Interp in, Frame f, PyObject a, PyObject b) {
        in.lifetime.tempDropped(f, a);
        if (b != a) in.lifetime.tempDropped(f, b);
    }

    /**
     * One of the instructions Interp.LoopForm marks as keeping their frame ({@code insn}, the code
     * object's own) on {@code f}, whose {@code ip} and {@code sp} are saved: the loop's RARE_KEEP
     * case calls this directly. Each leaves {@code f} and {@code f.ip} as they are.
     */
    static void keepFrameOp(Interp in, Frame f, int insn) {
        int a = insn >>> 8;
        switch (insn & PyCode.OP_MASK) {
            case LOAD_NAME: opLoadName(in, f, a); break;
            case STORE_NAME: opStoreName(in, f, a); break;
            case FORMAT_VALUE: opFormatValue(in, f, a); break;
            case BUILD_STRING: opBuildString(in, f, a); break;
            case BUILD_SLICE: opBuildSlice(in, f, a); break;
            case UNPACK_SEQUENCE: opUnpackSequence(in, f, a); break;
            case BUILD_MAP: opBuildMap(in, f, a); break;
            case BUILD_SET: opBuildSet(in, f, a); break;
            case MAP_ADD: opMapAdd(in, f, a); break;
            case SET_ADD: opSetAdd(in, f, a); break;
            case LIST_EXTEND: opListExtend(in, f, a); break;
            case CONTAINS_OP: opContainsOp(in, f, a); break;
            case UNARY_NOT: opUnaryNot(in, f, a); break;
            case UNARY_NEGATIVE: opUnaryNegative(in, f, a); break;
            case GET_ITER: opGetIter(in, f, a); break;
            case COPY: opCopy(f, a); break;
            case SWAP: opSwap(f, a); break;
            case BUILD_TUPLE: opBuildTuple(f, a); break;
            default: run(in, f, insn); break;
        }
    }

    // COPY, SWAP and BUILD_TUPLE run here rather than in the loop's own cases: each case of the
    // loop that uses `sp - arg` made the JIT compute it (and its scaled offset) before the switch
    // for every instruction (bench/loopasm).

    private static void opCopy(Frame f, int a) {
        PyObject[] st = f.fast;
        st[f.sp] = st[f.sp - a];
        f.sp++;
    }

    private static void opSwap(Frame f, int a) {
        PyObject[] st = f.fast;
        PyObject t = st[f.sp - 1];
        st[f.sp - 1] = st[f.sp - a];
        st[f.sp - a] = t;
    }

    private static void opBuildTuple(Frame f, int a) {
        PyObject[] items = new PyObject[a];
        f.sp -= a;
        System.arraycopy(f.fast, f.sp, items, 0, a);
        f.fast[f.sp++] = PyTuple.of(items);
    }

    /**
     * LOAD_ATTR, LOAD_METHOD or STORE_ATTR ({@code insn}) on {@code f}, whose {@code ip} and
     * {@code sp} are saved: the loop's own case for them calls this directly (see
     * {@code Interp.execute}). The hit cases of the three (a compact instance's slot the site
     * knows, a plain method of the class, a store along a known shape change) are written out
     * here rather than called: C2 inlines a callee only while the callee has no compiled code of
     * its own bigger than InlineSmallCode (cli.Relaunch), so after a trap recompiled this method,
     * opLoadAttr (by then compiled on its own) was called, not inlined (oop, -XX:+LogCompilation:
     * "already compiled into a big method"). Everything past the hits is out of line.
     */
    static void attrOp(Interp in, Frame f, int insn) {
        int op = insn & PyCode.OP_MASK;
        PyObject[] st = f.fast;
        int sp = f.sp;
        Object head = f.code.cache[f.ip - 1];
        if (op == LOAD_ATTR) {
            PyObject obj = st[sp - 1];
            if (obj instanceof PyInstance inst) {
                // An entry for a data descriptor never gets a slot (loadAttrSlow), so no test of c.data.
                PyType t = inst.getType();
                AttrCache c = AttrCache.find(head, t);
                if (c != null) {
                    ShapeSlot k = c.slot;
                    if (k != null && k.from() == inst.shape()) {
                        st[sp - 1] = inst.valueAt(k.index());
                        if (t.delWatched) operandDropped(in, f, obj);
                        return;
                    }
                }
            }
            st[sp - 1] = loadAttrSlow(f, obj, f.code.names[insn >>> 8]);
            if (mayBeWatched(obj)) operandDropped(in, f, obj);
        } else if (op == LOAD_METHOD) {
            PyObject obj = st[sp - 1];
            if (obj instanceof PyInstance inst) {
                // A plain function of the class, on an instance whose compact dictionary's shape
                // the site's entry already knows lacks the name (see lacksOwn).
                AttrCache c = AttrCache.find(head, inst.getType());
                if (c != null && c.descr instanceof PyFunction) {
                    InstanceShape s = inst.shape();
                    if (s != null && s == c.absent) {
                        st[sp - 1] = c.descr;
                        st[sp] = obj;
                        f.sp = sp + 1;
                        return;
                    }
                }
            } else if (head instanceof BuiltinMethod bm && bm.cls == obj.getClass() && bm.type.version() == bm.version
                    && bm.type == obj.getType() && obj.getDict() == null) {
                st[sp - 1] = bm.descr;
                st[sp] = obj;
                f.sp = sp + 1;
                return;
            }
            opLoadMethodSlow(in, f, insn >>> 8);
        } else {
            PyObject obj = st[sp - 1];
            if (obj instanceof PyInstance inst && !in.rt.lifetime.active()) {
                AttrCache c = AttrCache.find(head, inst.getType());
                if (c != null) {
                    InstanceShape s = inst.shape();
                    ShapeSlot k = c.slot;
                    if (k != null && k.from() == s) {
                        PyObject v = st[sp - 2];
                        f.sp = sp - 2;
                        if (k.to() == s) inst.setValueAt(k.index(), v);
                        else inst.appendValue(k.to(), v);
                        return;
                    }
                }
            }
            opStoreAttr(in, f, insn >>> 8);
        }
    }

    private static void opLoadMethod(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject obj = st[f.sp - 1];
        Object head = f.code.cache[f.ip - 1];
        if (obj.getClass() == PyInstance.class) {
            // The hot case: a plain function of the class, on an instance whose compact
            // dictionary's shape the site's entry already knows lacks the name (see lacksOwn).
            AttrCache c = AttrCache.find(head, obj.getType());
            if (c != null && c.descr instanceof PyFunction) {
                InstanceShape s = ((PyInstance) obj).shape();
                if (s != null && s == c.absent) {
                    st[f.sp - 1] = c.descr;
                    st[f.sp++] = obj;
                    return;
                }
            }
        } else if (head instanceof BuiltinMethod bm && bm.cls == obj.getClass() && bm.type.version() == bm.version
                && bm.type == obj.getType() && obj.getDict() == null) {
            st[f.sp - 1] = bm.descr;
            st[f.sp++] = obj;
            return;
        }
        opLoadMethodSlow(in, f, arg);
    }

    /**
     * LOAD_METHOD past {@link #opLoadMethod}'s hot cases (a site's first run, another shape, an
     * object's own attribute, anything but a plain function): out of line, so that the JIT
     * compiles those two cases small and the lookups on their own.
     */
    private static void opLoadMethodSlow(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject obj = st[f.sp - 1];
        if (obj.getClass() == PyInstance.class) {
            // Inline cache: what the class says about the name, valid while the class is unchanged.
            PyType t = obj.getType();
            Object[] cache = f.code.cache;
            int pc = f.ip - 1;
            AttrCache c = AttrCache.find(cache[pc], t);
            if (c == null) {
                PyObject d = t.customGetattribute() ? null : t.lookup(f.code.names[arg]);
                c = AttrCache.add(cache, pc, t, d);
            }
            PyObject d = c.descr;
            if (d instanceof PyFunction && lacksOwn((PyInstance) obj, c, f.code.names[arg])) {
                st[f.sp - 1] = d;
                st[f.sp++] = obj;
                return;
            }
        }
        Object[] cache = f.code.cache;
        int pc = f.ip - 1;
        if (cache[pc] instanceof BuiltinMethod bm && bm.cls == obj.getClass() && bm.type.version() == bm.version
                && bm.type == obj.getType() && obj.getDict() == null) {
            st[f.sp - 1] = bm.descr;
            st[f.sp++] = obj;
            return;
        }
        Interp.loadMethod(st, f.sp, f.code.names[arg]);
        f.sp++;
        // [attr, NULL]: the object is no longer on the stack.
        if (st[f.sp - 1] == null) {
            if (mayBeWatched(obj)) operandDropped(in, f, obj);
        } else if (st[f.sp - 2] instanceof PyMethodDescriptor md && cache[pc] == null) {
            PyType t = obj.getType();
            if (!t.isHeap() && obj.getDict() == null) cache[pc] = new BuiltinMethod(obj.getClass(), t, t.version(), md);
        }
    }

    /**
     * A LOAD_METHOD site's memory of the built-in type whose method it found ({@code d.get},
     * {@code s.upper}): valid for an object of the same Java class and type while the type is
     * unchanged and the object has no instance dictionary (what {@link Interp#loadMethod} checks).
     */
    record BuiltinMethod(Class<?> cls, PyType type, int version, PyMethodDescriptor descr) {
    }

    /** Whether the instance's own dictionary lacks {@code name}; remembers a compact shape found without it. */
    private static boolean lacksOwn(PyInstance inst, AttrCache c, PyStr name) {
        InstanceShape s = inst.shape();
        if (s != null && s == c.absent) return true;
        if (inst.ownAttr(name) != null) return false;
        if (s != null && inst.shape() == s) c.absent = s;
        return true;
    }

    private static void opUnpackSequence(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        unpackSequence(f, arg);
    }

    private static void opDeleteFast(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject old = f.fast[arg];
        if (old == null) throw Interp.unboundLocal(f.code, arg);
        f.fast[arg] = null;
        in.stored(f, f.code.localsplusNames[arg].value(), null, old, "local");
    }

    private static void opDeleteDeref(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyCell cell = (PyCell) f.fast[arg];
        if (cell.value == null) throw Interp.unboundDeref(f.code, arg);
        PyObject old = cell.value;
        cell.value = null;
        in.stored(f, f.code.localsplusNames[arg].value(), null, old, "cell");
    }

    private static void opLoadClosure(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp++] = f.fast[arg];
    }

    private static void opLoadClassderef(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp++] = in.loadClassDeref(f, arg);
    }

    private static void opMakeCell(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        f.fast[arg] = new PyCell(f.fast[arg]);
    }

    private static void opCopyFreeVars(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        System.arraycopy(f.func.closure, 0, f.fast, f.stackBase() - arg, arg);
    }

    private static void opStoreGlobal(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        in.storeGlobal(f, f.code.names[arg], st[--f.sp]);
    }

    private static void opDeleteGlobal(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyStr name = f.code.names[arg];
        PyObject old = f.globals.remove(name);
        if (old == null) throw Exc.nameError(name.value());
        in.stored(f, name.value(), null, old, "global");
    }

    private static void opLoadName(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        // Module code: locals are the globals (a plain dict), so the lookup is by position
        // (Interp.NameSlot); class bodies and exec() with other locals take the general path.
        st[f.sp++] = f.locals == f.globals && f.globals.getClass() == PyDict.class
                ? Interp.loadModuleName(f, f.ip - 1, f.code.names[arg])
                : in.loadName(f, f.code.names[arg]);
    }

    private static void opStoreName(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        in.storeName(f, f.ip - 1, f.code.names[arg], st[--f.sp]);
    }

    private static void opDeleteName(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        in.deleteName(f, f.code.names[arg]);
    }

    private static void opLoadAttr(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject obj = st[f.sp - 1];
        st[f.sp - 1] = loadAttr(f, obj, f.code.names[arg]);
        if (mayBeWatched(obj)) operandDropped(in, f, obj);
    }

    /**
     * Whether the lifetime tracker may be watching {@code obj}: a generator or coroutine (a
     * never-started coroutine, a generator suspended in try/finally), or an instance of a class
     * whose instances are registered for {@code __del__}. Cheap, so attribute reads of every other
     * object pay only this test.
     */
    private static boolean mayBeWatched(PyObject obj) {
        return obj instanceof PyGenBase || (obj instanceof PyInstance && obj.getType().delWatched);
    }

    /**
     * LOAD_ATTR (and LOAD_METHOD when it finds no plain method) has dropped its operand. A
     * temporary ({@code Foo().x}, {@code print(make().tag)}, {@code fetch().cr_origin}) dies right
     * here in CPython, so its {@code __del__} or never-awaited warning comes before the rest of the
     * line runs. An operand the previous instruction read from a variable is still held by it, so
     * the reachability check is skipped for the common {@code self.x}.
     */
    private static void operandDropped(Interp in, Frame f, PyObject obj) {
        if (!in.lifetime.isTracked(obj)) return;
        if (f.ip >= 2 && heldByVariable(f, f.code.code[f.ip - 2], obj)) return;
        in.lifetime.discarded(obj);
    }

    /**
     * Whether instruction {@code insn} read {@code obj} from a variable that still holds it. Checked
     * by identity because the instruction before is not always what pushed the operand (the jump
     * of {@code (make() if c else kept).x}).
     */
    private static boolean heldByVariable(Frame f, int insn, PyObject obj) {
        int arg = insn >>> 8;
        switch (insn & PyCode.OP_MASK) {
            case LOAD_FAST:
                return f.fast[arg] == obj;
            case LOAD_DEREF:
                return f.fast[arg] instanceof PyCell c && c.value == obj;
            case LOAD_GLOBAL:
                return f.globals.get(f.code.names[arg]) == obj;
            case LOAD_NAME:
                return (f.locals instanceof PyDict d && d.get(f.code.names[arg]) == obj) || f.globals.get(f.code.names[arg]) == obj;
            default:
                return false;
        }
    }

    private static void opStoreAttr(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject obj = st[--f.sp];
        PyObject v = st[--f.sp];
        PyStr name = f.code.names[arg];
        PyObject old = in.rt.lifetime.active() ? droppedAttr(obj, name) : null;
        storeAttr(f, obj, name, v);
        if (old != null && old != v) in.rt.lifetime.discarded(old);
    }

    private static void storeAttr(Frame f, PyObject obj, PyStr name, PyObject v) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.getType();
            Object[] cache = f.code.cache;
            int pc = f.ip - 1;
            AttrCache c = AttrCache.find(cache[pc], t);
            if (c != null) {
                InstanceShape s = inst.shape();
                ShapeSlot k = c.slot;
                if (k != null && k.from() == s) {
                    if (k.to() == s) inst.setValueAt(k.index(), v);
                    else inst.appendValue(k.to(), v);
                    return;
                }
            }
        }
        storeAttrSlow(f, obj, name, v);
    }

    /**
     * {@link #storeAttr} past its one hot case (a cached shape transition): kept out of line so
     * that the JIT compiles the hot case small and the lookups and dictionary paths on their own.
     */
    private static void storeAttrSlow(Frame f, PyObject obj, PyStr name, PyObject v) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.getType();
            Object[] cache = f.code.cache;
            int pc = f.ip - 1;
            AttrCache c = AttrCache.find(cache[pc], t);
            if (c == null) {
                if (t.customSetattr()) {
                    Ops.setAttr(obj, name, v);
                    return;
                }
                c = AttrCache.add(cache, pc, t, t.lookup(name));
            }
            if (c.data) {
                Ops.setAttr(obj, name, v);
                return;
            }
            InstanceShape s = inst.shape();
            if (s != null) {
                ShapeSlot k = c.slot;
                if (k != null && k.from() == s) {
                    if (k.to() == s) inst.setValueAt(k.index(), v);
                    else inst.appendValue(k.to(), v);
                    return;
                }
                InstanceShape after = inst.putOwn(name, v);
                if (after != null) c.slot = new ShapeSlot(s, after, after == s ? s.indexOf(name) : s.size());
                return;
            }
            PyDict d = inst.getDict();
            if (d != null) {
                if (!d.replaceIfKeyAt(c.hint, name, v)) c.hint = d.putAndLocate(name, v);
                return;
            }
        }
        Ops.setAttr(obj, name, v);
    }

    private static void opDeleteAttr(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject obj = st[--f.sp];
        PyObject old = in.rt.lifetime.active() ? droppedAttr(obj, f.code.names[arg]) : null;
        Ops.delAttr(obj, f.code.names[arg]);
        if (old != null) in.rt.lifetime.discarded(old);
    }

    private static void opDeleteSubscr(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject key = st[--f.sp];
        PyObject obj = st[--f.sp];
        PyObject old = in.rt.lifetime.active() ? droppedItem(obj, key) : null;
        Ops.delItem(obj, key);
        if (old != null) in.rt.lifetime.discarded(old);
    }

    private static void opBuildSlice(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject step = arg == 3 ? st[--f.sp] : PyNone.INSTANCE;
        PyObject stop = st[--f.sp];
        st[f.sp - 1] = new PySlice(st[f.sp - 1], stop, step);
    }

    private static void opUnaryNegative(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp - 1] = Ops.unaryOp(st[f.sp - 1], Ops.NEG);
    }

    private static void opUnaryPositive(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp - 1] = Ops.unaryOp(st[f.sp - 1], Ops.POS);
    }

    private static void opUnaryInvert(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp - 1] = Ops.unaryOp(st[f.sp - 1], Ops.INVERT);
    }

    private static void opUnaryNot(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject v = st[f.sp - 1];
        st[f.sp - 1] = Ops.isTrue(v) ? PyBool.FALSE : PyBool.TRUE;
        if (v instanceof PyCoroutine && in.lifetime.active()) in.lifetime.discarded(v);
        else if (in.lifetime.active()) in.lifetime.tempDropped(f, v);
    }

    private static void opContainsOp(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject container = st[--f.sp];
        PyObject item = st[f.sp - 1];
        boolean r = Ops.contains(container, item);
        st[f.sp - 1] = PyBool.of(r != (arg == 1));
        if (in.lifetime.active()) operandsDropped(in, f, item, container);
    }

    private static void opGetIter(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp - 1] = Ops.iter(st[f.sp - 1]);
    }

    private static void opBuildSet(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PySet s = new PySet(false);
        int base = f.sp - arg;
        for (int i = base; i < f.sp; i++) s.add(st[i]);
        f.sp = base;
        st[f.sp++] = s;
    }

    private static void opBuildMap(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyDict d = new PyDict(arg);
        int base = f.sp - 2 * arg;
        for (int i = base; i < f.sp; i += 2) d.setItem(st[i], st[i + 1]);
        f.sp = base;
        st[f.sp++] = d;
    }

    private static void opBuildString(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        StringBuilder sb = new StringBuilder();
        int base = f.sp - arg;
        for (int i = base; i < f.sp; i++) sb.append(((PyStr) st[i]).value());
        f.sp = base;
        st[f.sp++] = PyStr.of(sb.toString());
    }

    private static void opSetAdd(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject v = st[--f.sp];
        ((PySet) st[f.sp - arg]).add(v);
    }

    private static void opMapAdd(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject v = st[--f.sp];
        PyObject k = st[--f.sp];
        ((PyDict) st[f.sp - arg]).setItem(k, v);
    }

    private static void opListExtend(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject it = st[--f.sp];
        PyList l = (PyList) st[f.sp - arg];
        if (!Ops.isIterable(it)) {
            throw Exc.typeError("Value after * must be an iterable, not " + it.getType().tpName());
        }
        if (l.size() == 0 && !l.grown() && (it instanceof PyTuple || it instanceof PyList)) {
            // Extending a new list from a tuple or list: CPython allocates the exact size first.
            if (it instanceof PyTuple t) l.extend(t.items(), t.size());
            else l.extend(((PyList) it).toArray(), ((PyList) it).size());
            l.presize();
            return;
        }
        boolean fresh = l.size() == 0 && !l.grown();
        Ops.forEachSized(it, new Consumer<PyObject>() { public void accept(PyObject x) {
            l.append(x);
        }});
        if (fresh) l.presizeFrom(it);
    }

    private static void opSetUpdate(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject it = st[--f.sp];
        PySet s = (PySet) st[f.sp - arg];
        s.update(it);
    }

    private static void opDictUpdate(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject src = st[--f.sp];
        PyDict d = (PyDict) st[f.sp - arg];
        if (!(src instanceof PyDict) && Ops.getAttrOrNull(src, PyStr.intern("keys")) == null) {
            throw Exc.typeError("'" + src.getType().tpName() + "' object is not a mapping");
        }
        Ops.callMethod(d, "update", src);
    }

    private static void opDictMerge(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject src = st[--f.sp];
        PyDict d = (PyDict) st[f.sp - arg];
        PyObject func = st[f.sp - arg - 3];
        if (!(src instanceof PyDict) && Ops.getAttrOrNull(src, PyStr.intern("keys")) == null) {
            throw Exc.typeError(funcName(func) + " argument after ** must be a mapping, not "
                    + src.getType().tpName());
        }
        for (PyObject k : Ops.toList(Ops.callMethod(src, "keys"))) {
            if (d.containsKey(k)) {
                throw Exc.typeError(funcName(func) + " got multiple values for keyword argument '"
                        + Ops.str(k) + "'");
            }
            d.setItem(k, Ops.getItem(src, k));
        }
    }

    private static void opListToTuple(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyList l = (PyList) st[f.sp - 1];
        st[f.sp - 1] = PyTuple.of(l.toArray());
    }

    private static void opUnpackEx(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        unpackEx(f, arg & 0xFF, arg >> 8);
    }

    private static void opFormatValue(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        String spec = "";
        if ((arg & FVS_HAVE_SPEC) != 0) spec = ((PyStr) st[--f.sp]).value();
        PyObject v = st[f.sp - 1];
        PyObject formatted = v;
        switch (arg & FVC_MASK) {
            case FVC_STR -> v = v.getClass() == PyStr.class ? v : PyStr.ofText(v, Ops.str(v));
            case FVC_REPR -> v = PyStr.ofText(v, Ops.repr(v));
            case FVC_ASCII -> v = PyStr.ofText(v, Builtins.ascii(Ops.repr(v)));
            default -> { }
        }
        if (!(v instanceof PyStr && spec.isEmpty() && v.getClass() == PyStr.class)) v = Ops.format(v, spec);
        st[f.sp - 1] = v;
        // f"{coro()}": the value dies once formatted (a never-awaited coroutine warns at this line).
        if (formatted instanceof PyCoroutine && in.lifetime.active()) operandDropped(in, f, formatted);
        else if (in.lifetime.active()) in.lifetime.tempDropped(f, formatted);
    }

    private static void opBeforeWith(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject mgr = st[--f.sp];
        PyType t = mgr.getType();
        PyObject enter = t.lookup(Ops.S_ENTER);
        if (enter == null) {
            throw Exc.typeError("'" + t.tpName() + "' object does not support the context manager protocol");
        }
        PyObject exit = t.lookup(Ops.S_EXIT);
        if (exit == null) {
            throw Exc.typeError("'" + t.tpName() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        st[f.sp++] = Descriptors.get(exit, mgr, t);
        st[f.sp++] = Ops.callDunderFound(enter, mgr);
    }

    private static void opBeforeAsyncWith(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject mgr = st[--f.sp];
        PyType t = mgr.getType();
        PyObject enter = t.lookup(Ops.S_AENTER);
        if (enter == null) {
            throw Exc.typeError("'" + t.tpName() + "' object does not support the asynchronous context manager protocol");
        }
        PyObject exit = t.lookup(Ops.S_AEXIT);
        if (exit == null) {
            throw Exc.typeError("'" + t.tpName() + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        st[f.sp++] = Descriptors.get(exit, mgr, t);
        st[f.sp++] = Ops.callDunderFound(enter, mgr);
    }

    private static void opWithExceptStart(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject exit = st[f.sp - 3];
        PyBaseException exc = (PyBaseException) st[f.sp - 1];
        PyObject tb = exc.traceback == null ? PyNone.INSTANCE : exc.traceback;
        st[f.sp++] = Ops.call(exit, exc.getType(), exc, tb);
    }

    static void opGetAwaitable(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp - 1] = getAwaitable(in, st[f.sp - 1], arg);
    }

    private static void opGetAiter(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject obj = st[f.sp - 1];
        PyObject m = obj.getType().lookup(Ops.S_AITER);
        if (m == null) {
            throw Exc.typeError("'async for' requires an object with __aiter__ method, got " + obj.getType().tpName());
        }
        PyObject it = Ops.callDunderFound(m, obj);
        if (it.getType().lookup(Ops.S_ANEXT) == null) {
            // CPython drops the rejected object before raising: a coroutine from an 'async def __aiter__'
            // reports "never awaited" here, at the 'async for' line.
            if (in.rt.lifetime.active()) in.rt.lifetime.discarded(it);
            throw Exc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.getType().tpName());
        }
        st[f.sp - 1] = it;
    }

    private static void opGetAnext(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject it = st[f.sp - 1];
        PyObject aw;
        if (it instanceof PyAsyncGenerator ag) {
            aw = ag.anext();
        } else {
            PyObject m = it.getType().lookup(Ops.S_ANEXT);
            if (m == null) {
                throw Exc.typeError("'async for' requires an iterator with __anext__ method, got " + it.getType().tpName());
            }
            PyObject r = Ops.callDunderFound(m, it);
            try {
                aw = getAwaitable(in, r, 0);
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.TypeError)) {
                    throw Exc.typeError("'async for' received an invalid object from __anext__: " + r.getType().tpName());
                }
                throw e;
            }
        }
        st[f.sp++] = aw;
    }

    private static void opGetYieldFromIter(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject obj = st[f.sp - 1];
        if (obj instanceof PyCoroutine) {
            if ((f.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                throw Exc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
        } else if (!(obj instanceof PyGenerator)) {
            st[f.sp - 1] = Ops.iter(obj);
        }
    }

    private static void opAsyncGenWrap(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp - 1] = new PyAsyncGenerator.Wrapped(st[f.sp - 1]);
    }

    private static void opImportName(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject fromlist = st[--f.sp];
        PyObject level = st[--f.sp];
        st[f.sp++] = in.rt.modules.importName(f.code.names[arg].value(), fromlist, level);
    }

    /**
     * The location CPython names in "cannot import name": the module's {@code __file__}, where
     * CPython would have loaded a library module the engine provides itself, or "unknown location".
     */
    private static String importLocation(PyObject mod, String name) {
        PyObject file = Ops.getAttrOrNull(mod, PyStr.intern("__file__"));
        if (file instanceof PyStr s && !s.value().startsWith("<coroscope>/")) return s.value();
        String std = StdlibPaths.of(name);
        return std != null ? std : "unknown location";
    }

    private static void opImportFrom(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject mod = st[f.sp - 1];
        PyStr name = f.code.names[arg];
        PyObject v = Ops.getAttrOrNull(mod, name);
        if (v == null) {
            String mn = mod instanceof PyModule m ? m.name() : "?";
            PyBaseException e = Exc.make(Exc.ImportError, "cannot import name '" + name.value() + "' from '" + mn
                    + "' (" + importLocation(mod, mn) + ")");
            e.setAttrValue("name", PyStr.of(mn));
            throw new PyError(e);
        }
        st[f.sp++] = v;
    }

    private static void opImportStar(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject mod = st[--f.sp];
        PyDict src = mod.getDict();
        PyObject all = src.get("__all__");
        List<PyObject> names = all != null ? Ops.toList(all) : src.keyList();
        for (PyObject n : names) {
            String s = ((PyStr) n).value();
            if (all == null && s.startsWith("_")) continue;
            Ops.setItem(f.locals, n, Ops.getAttr(mod, (PyStr) n));
        }
    }

    private static void opSetupAnnotations(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyStr key = PyStr.intern("__annotations__");
        if (f.locals instanceof PyDict d && d.get(key) == null) d.put(key, new PyDict());
    }

    private static void opStoreAnnotation(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject ann = st[--f.sp];
        PyObject anns = Ops.getItem(f.locals, PyStr.intern("__annotations__"));
        Ops.setItem(anns, f.code.names[arg], ann);
    }

    private static void opCheckExcMatch(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyObject type = st[--f.sp];
        checkExceptType(type);
        PyObject exc = st[f.sp - 1];
        st[f.sp++] = PyBool.of(excMatches(exc, type));
    }

    private static void opCheckEgMatch(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
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
            // As CPython: inside the clause the match is the exception being handled (bare raise).
            if (r[0] != PyNone.INSTANCE) in.excInfo.value = r[0];
        } else if (excMatches(exc, type)) {
            // A naked exception is wrapped (its exceptions a tuple, no traceback, as CPython does).
            PyBaseException g = (PyBaseException) Ops.call(Exc.BaseExceptionGroup, PyStr.EMPTY, PyTuple.of(exc));
            st[f.sp++] = PyNone.INSTANCE;
            st[f.sp++] = g;
            in.excInfo.value = g;
        } else {
            st[f.sp++] = exc;
            st[f.sp++] = PyNone.INSTANCE;
        }
    }

    private static void opPrepReraiseStar(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        PyList list = (PyList) st[--f.sp];
        PyBaseException orig = (PyBaseException) st[--f.sp];
        PyObject result;
        if (orig.egExceptions != null) {
            List<PyObject> all = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) all.add(list.get(i));
            result = ExcGroups.prepReraiseStar(orig, all);
        } else {
            // A naked exception: at most one clause ran; what it raised (or the exception itself) goes on.
            result = PyNone.INSTANCE;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != PyNone.INSTANCE) {
                    result = list.get(i);
                    break;
                }
            }
        }
        st[f.sp++] = result;
    }

    private static void opLoadBuildClass(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp++] = in.rt.buildClass;
    }

    private static void opLoadAssertionError(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        st[f.sp++] = Exc.AssertionError;
    }

    private static void opMakeFunction(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
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
    }

    private static void opCallFunctionEx(Interp in, Frame f, int arg) {
        PyObject[] st = f.fast;
        int argsAt = f.sp - 1 - (arg & 1);
        if (!(st[argsAt] instanceof PyTuple)) {
            // f(*x) with x not a tuple: collect its items while x stays on the stack and the
            // partial list is a root, so values made by a generator argument (coroutines) are alive.
            PyObject x = st[argsAt];
            if (!Ops.isIterable(x)) {
                throw Exc.typeError(funcName(st[argsAt - 2]) + " argument after * must be an iterable, not " + x.getType().tpName());
            }
            PyList items = new PyList();
            in.rt.lifetime.pin(items);
            try {
                Ops.forEachSized(x, new Consumer<PyObject>() { public void accept(PyObject v) {
                    items.append(v);
                }});
            } finally {
                in.rt.lifetime.unpin();
            }
            st[argsAt] = PyTuple.of(items.toArray());
        }
        PyDict kwargs = (arg & 1) != 0 ? (PyDict) st[--f.sp] : null;
        PyObject argsObj = st[--f.sp];
        PyObject self = st[--f.sp];
        PyObject func = st[--f.sp];
        PyObject[] pos = ((PyTuple) argsObj).items();
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
        // f(*args) is never specialized in CPython: a built-in called so is checked against the recursion limit.
        boolean counted = !f.code.library && RecursionCost.checkedBuiltin(func);
        if (counted) in.enterCounted(RecursionCost.CALLING);
        try {
            st[f.sp++] = in.tracing ? SysTrace.profiledCallEx(in, f, func, all, kw) : Ops.call(func, all, kw);
        } finally {
            if (counted) in.leaveCounted();
        }
        // f(*[coro()]): the argument tuple and dict die with the call.
        if (in.lifetime.active()) operandsDropped(in, f, argsObj, kwargs);
    }

    /**
     * LOAD_ATTR's inline cache for instances of user classes: what the class says about the name.
     * A site sees instances of a few classes (a method of a base class called on instances of its
     * subclasses, {@code self.area()} over a list of shapes), so a site keeps a short chain of
     * entries, one per class, newest first, at most {@link #WAYS}; a class unchanged since its
     * entry was made is served without a lookup or an allocation.
     *
     * <p>Invariant: an entry's class, version and lookup result never change once published; a
     * site's chain only gains entries at its head (the whole new head is published by one array
     * store) or has entries unlinked, so a reader always walks a well-formed chain.
     */
    static final class AttrCache {
        /** Classes remembered per site: enough for the usual small hierarchies, a short walk for the rest. */
        static final int WAYS = 4;

        /** The entry for {@code t} in the site's chain {@code head}, if {@code t} is unchanged since it was made. */
        static AttrCache find(Object head, PyType t) {
            if (!(head instanceof AttrCache c)) return null;
            do {
                if (c.type == t) return c.version == t.version() ? c : null;
                c = c.next;
            } while (c != null);
            return null;
        }

        /**
         * Puts a new entry for {@code t} (whose lookup found {@code d}) at the head of the site's
         * chain, dropping any older entry for {@code t} and whatever is past {@link #WAYS} entries.
         */
        static AttrCache add(Object[] cache, int pc, PyType t, PyObject d) {
            AttrCache c = new AttrCache(t, t.version(), d, d != null && Descriptors.isData(d));
            AttrCache rest = cache[pc] instanceof AttrCache h ? h : null;
            AttrCache last = null;
            int kept = 1;
            for (AttrCache e = rest; e != null; e = e.next) {
                if (e.type == t) {
                    // A stale entry for the same class.
                    if (last == null) rest = e.next;
                    else last.next = e.next;
                    continue;
                }
                if (kept == WAYS) {
                    if (last == null) rest = null;
                    else last.next = null;
                    break;
                }
                last = e;
                kept++;
            }
            c.next = rest;
            cache[pc] = c;
            return c;
        }

        final PyType type;
        final int version;
        /** The next (older) entry of the same site, for another class. */
        AttrCache next;
        /** The class attribute found by the lookup (null if none). */
        final PyObject descr;
        final boolean data;
        /**
         * Where the name last was in an instance's dictionary (-1: not seen). Instances built by
         * the same code store their attributes in the same order, so one position serves them
         * all; it is only a hint, checked by key identity before use.
         */
        int hint = -1;
        /**
         * For compact instance dictionaries: where the name sits in a shape (LOAD_ATTR), or the
         * shape change a store makes (STORE_ATTR). One immutable object, replaced whole, so a
         * reader never pairs one shape with another's position. Never set in an entry for a data
         * descriptor ({@link #data}): the hot paths test the slot alone.
         */
        ShapeSlot slot;
        /**
         * A compact-dictionary shape known not to hold the name (a shape's names never change):
         * instances of it need no search for a method or class attribute the instance might shadow.
         */
        InstanceShape absent;

        AttrCache(PyType type, int version, PyObject descr, boolean data) {
            this.type = type;
            this.version = version;
            this.descr = descr;
            this.data = data;
        }
    }

    /**
     * A name's position in compact instance dictionaries: instances whose shape is {@code from}
     * hold it at {@code index}; for a store, {@code to} is the shape afterwards ({@code from} itself
     * when the name was there already, else {@code from} plus the name at {@code index}).
     */
    record ShapeSlot(InstanceShape from, InstanceShape to, int index) {
    }

    static PyObject loadAttr(Frame f, PyObject obj, PyStr name) {
        if (obj instanceof PyInstance inst) {
            // The hot case: a name the site last found at a known position of this shape.
            // An entry for a data descriptor never gets a slot (loadAttrSlow), so no test of c.data.
            AttrCache c = AttrCache.find(f.code.cache[f.ip - 1], inst.getType());
            if (c != null) {
                ShapeSlot k = c.slot;
                if (k != null && k.from() == inst.shape()) return inst.valueAt(k.index());
            }
        }
        return loadAttrSlow(f, obj, name);
    }

    /**
     * {@link #loadAttr} past its hot case (a site's first run, another shape, a dictionary,
     * descriptors, other objects): out of line, so that the JIT compiles the hot case small
     * (inlined into {@code attrOp}) and the lookups and dictionary paths on their own.
     */
    private static PyObject loadAttrSlow(Frame f, PyObject obj, PyStr name) {
        if (obj instanceof PyInstance inst) {
            PyType t = inst.getType();
            int pc = f.ip - 1;
            Object[] cache = f.code.cache;
            AttrCache c = AttrCache.find(cache[pc], t);
            if (c == null && !t.customGetattribute()) c = AttrCache.add(cache, pc, t, t.lookup(name));
            if (c != null) {
                InstanceShape s = c.data ? null : inst.shape();
                if (s != null) {
                    ShapeSlot k = c.slot;
                    if (k != null && k.from() == s) return inst.valueAt(k.index());
                    int i = s == c.absent || name.getClass() != PyStr.class ? -1 : s.indexOf(name);
                    if (i >= 0) {
                        c.slot = new ShapeSlot(s, s, i);
                        return inst.valueAt(i);
                    }
                    if (name.getClass() == PyStr.class) c.absent = s;
                }
                PyDict idict = c.data || s != null ? null : inst.getDict();
                if (idict != null) {
                    PyObject v = idict.valueIfKeyAt(c.hint, name);
                    if (v != null) return v;
                    int pos = idict.positionOf(name);
                    if (pos >= 0) {
                        c.hint = pos;
                        return idict.valueAtPosition(pos);
                    }
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

    /** CPython's {@code _PyObject_FunctionStr}: {@code module.qualname()}, without the module for builtins. */
    private static String funcName(PyObject func) {
        PyObject q = Ops.getAttrOrNull(func, PyStr.intern("__qualname__"));
        if (!(q instanceof PyStr qs)) return Ops.str(func);
        PyObject m = Ops.getAttrOrNull(func, PyStr.intern("__module__"));
        if (m instanceof PyStr ms && !ms.value().equals("builtins")) return ms.value() + "." + qs.value() + "()";
        return qs.value() + "()";
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
    static PyObject getAwaitable(Interp in, PyObject obj, int where) {
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
            // CPython drops the coroutine before raising, so its "never awaited" comes first.
            if (in.rt.lifetime.active()) in.rt.lifetime.discarded(it);
            throw Exc.typeError("__await__() returned a coroutine");
        }
        if (!Ops.isIterator(it)) {
            throw Exc.typeError("__await__() returned non-iterator of type '" + it.getType().tpName() + "'");
        }
        return it;
    }

    static PyError raise(Interp in, Frame f, int n) {
        PyObject[] st = f.fast;
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
                    + made.getType().tpName());
        }
        throw Exc.typeError(msg);
    }

    static void unpackSequence(Frame f, int n) {
        PyObject seq = f.fast[--f.sp];
        PyObject[] items;
        if (seq instanceof PyList l && seq.getClass() == PyList.class) {
            items = l.toArray();
        } else if (seq instanceof PyTuple t && seq.getClass() == PyTuple.class) {
            items = t.items();
        } else {
            if (!Ops.isIterable(seq)) {
                throw Exc.typeError("cannot unpack non-iterable " + seq.getType().tpName() + " object");
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
        for (int i = n - 1; i >= 0; i--) f.fast[f.sp++] = items[i];
    }

    private static void unpackEx(Frame f, int before, int after) {
        PyObject seq = f.fast[--f.sp];
        if (!Ops.isIterable(seq)) {
            throw Exc.typeError("cannot unpack non-iterable " + seq.getType().tpName() + " object");
        }
        List<PyObject> all = Ops.toList(seq);
        if (all.size() < before + after) {
            throw Exc.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + all.size() + ")");
        }
        int n = all.size();
        for (int i = n - 1; i >= n - after; i--) f.fast[f.sp++] = all.get(i);
        f.fast[f.sp++] = new PyList(all.subList(before, n - after));
        for (int i = before - 1; i >= 0; i--) f.fast[f.sp++] = all.get(i);
    }
}
