package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import dev.coroscope.engine.vm.ModuleDef;
import dev.coroscope.engine.vm.ModuleRegistry;
import dev.coroscope.engine.vm.TracebackPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@code asyncio} module: its Java part (the exception types the runtime raises, the loop,
 * {@link Future}, {@link Task}, the functions that read per-run state such as
 * {@code get_running_loop} and {@code current_task}), then the bundled Python part
 * ({@code lib/asyncio.py}: sleep, gather, wait_for, timeouts, TaskGroup, queues, locks, Runner,
 * run...) executed in the same namespace.
 */
public final class AsyncioModule {
    private AsyncioModule() {}

    public static final PyType CancelledError = PyType.builtin("asyncio.exceptions", "CancelledError", Exc.BaseException, true, null);
    public static final PyType InvalidStateError = PyType.builtin("asyncio.exceptions", "InvalidStateError", Exc.Exception, true, null);

    /** {@code futures._set_result_unless_cancelled}: what a sleep's timer calls. */
    static final PyBuiltinFunction SET_RESULT_UNLESS_CANCELLED = new PyBuiltinFunction("_set_result_unless_cancelled", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
        Args.exactly("_set_result_unless_cancelled", a, 2);
        if (a[0] instanceof Future f) {
            if (f.state == Future.CANCELLED) return PyNone.INSTANCE;
            f.setResult(a[1]);
        } else {
            if (Ops.isTrue(Ops.callMethod(a[0], "cancelled"))) return PyNone.INSTANCE;
            Ops.callMethod(a[0], "set_result", a[1]);
        }
        return PyNone.INSTANCE;
    }}).inModule("asyncio.futures");

    /** Registers the module; called once from the module registry. */
    public static void register() {
        ModuleRegistry.register(new ModuleDef("asyncio", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            AsyncioModule.init(a, b);
        }}, "asyncio.py"));
        ContextVars.register();
        // threading as far as one thread can be it (lib/threading.py): what asyncio.to_thread's
        // functions and teaching examples next to asyncio use.
        ModuleRegistry.register(new ModuleDef("threading", null, "threading.py"));
    }

    /**
     * CPython's asyncio is a package: {@code import asyncio} also loads asyncio.tasks,
     * asyncio.exceptions... and a program may import names from them or reach them as attributes.
     * Here every name lives in the one asyncio module; each submodule gets the names CPython's
     * defines in its {@code __all__} (those the engine has), and the functions among them report
     * that submodule as their {@code __module__}, as CPython's do.
     */
    private static final String[][] SUBMODULES = {
        {"base_events", "BaseEventLoop"},
        {"base_futures", "isfuture"},
        {"base_subprocess"},
        {"base_tasks"},
        {"constants"},
        {"coroutines", "iscoroutinefunction", "iscoroutine", "_is_coroutine"},
        {"events", "AbstractEventLoopPolicy", "AbstractEventLoop", "Handle", "TimerHandle",
                "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop",
                "new_event_loop", "_set_running_loop", "get_running_loop", "_get_running_loop"},
        {"exceptions", "BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError",
                "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError"},
        {"format_helpers"},
        {"futures", "Future", "wrap_future", "isfuture"},
        {"log"},
        {"locks", "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"},
        {"mixins"},
        {"protocols", "BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol"},
        {"queues", "Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"},
        {"runners", "Runner", "run"},
        {"selector_events"},
        {"sslproto"},
        {"staggered"},
        {"streams", "StreamReader"},
        {"subprocess"},
        {"taskgroups", "TaskGroup"},
        {"tasks", "Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait",
                "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future",
                "run_coroutine_threadsafe", "current_task", "all_tasks", "_register_task",
                "_unregister_task", "_enter_task", "_leave_task"},
        {"threads", "to_thread"},
        {"trsock"},
        {"transports", "BaseTransport", "ReadTransport", "WriteTransport", "Transport", "DatagramTransport",
                "SubprocessTransport"},
        {"timeouts", "Timeout", "timeout", "timeout_at"},
        {"unix_events", "SelectorEventLoop", "DefaultEventLoopPolicy"},
    };

    private static void makeSubmodules(Interp in, PyModule asyncio) {
        PyDict sysModules = in.rt.modules.dict();
        PyDict names = asyncio.getDict();
        for (String[] spec : SUBMODULES) {
            String full = "asyncio." + spec[0];
            PyModule sub = new PyModule(full);
            sub.put("__package__", PyStr.of("asyncio"));
            for (int i = 1; i < spec.length; i++) {
                PyObject v = names.get(spec[i]);
                if (v == null) continue;
                sub.put(spec[i], v);
                if (v instanceof PyFunction f && f.code.library) Ops.setAttr(f, PyStr.intern("__module__"), PyStr.of(full));
            }
            sysModules.put(PyStr.of(full), sub);
            asyncio.put(spec[0], sub);
        }
    }

    static PyError invalidState(String msg) {
        return Exc.error(InvalidStateError, msg);
    }

    private static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("asyncio");
    }

    static void init(Interp in, PyModule m) {
        AsyncioState st = AsyncioState.of(in);
        st.module = m;
        m.put("CancelledError", CancelledError);
        m.put("InvalidStateError", InvalidStateError);
        m.put("TimeoutError", Exc.TimeoutError);
        m.put("Future", Future.TYPE);
        m.put("Task", Task.TASK_TYPE);
        m.put("Handle", Handle.TYPE);
        m.put("TimerHandle", TimerHandle.TYPE);
        m.put("BaseEventLoop", EventLoop.TYPE);
        m.put("_FutureIter", FutureIter.TYPE);
        m.put("_set_result_unless_cancelled", SET_RESULT_UNLESS_CANCELLED);
        m.put("get_running_loop", fn("get_running_loop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("get_running_loop", a, 0);
            return runningLoop(AsyncioState.of(Interp.current()));
        }}));
        m.put("_get_running_loop", fn("_get_running_loop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Future.orNone(AsyncioState.of(Interp.current()).running);
        }}));
        m.put("_make_submodules", fn("_make_submodules", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            makeSubmodules(Interp.current(), m);
            return PyNone.INSTANCE;
        }}));
        m.put("_set_running_loop", fn("_set_running_loop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_set_running_loop", a, 1);
            AsyncioState s = AsyncioState.of(Interp.current());
            s.running = a[0] instanceof EventLoop l ? l : null;
            return PyNone.INSTANCE;
        }}));
        // threading runs another thread's code in this call stack: the running loop and the
        // policy's loop are per thread, so a worker starts with neither and the caller gets its back.
        m.put("_enter_thread", fn("_enter_thread", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_enter_thread", a, 2);
            AsyncioState s = AsyncioState.of(Interp.current());
            PyObject saved = PyTuple.of(Future.orNone(s.running), Future.orNone(s.policyLoop), PyBool.of(s.policySetCalled),
                    PyStr.of(s.threadName), PyBool.of(s.mainThread));
            // The recording shows what the main thread's loop does; a worker's own loops stay out of it.
            s.events = Ops.isTrue(a[1]) ? s.recorder : null;
            s.running = null;
            s.policyLoop = null;
            s.policySetCalled = false;
            s.threadName = Ops.str(a[0]);
            s.mainThread = Ops.isTrue(a[1]);
            return saved;
        }}));
        m.put("_leave_thread", fn("_leave_thread", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_leave_thread", a, 1);
            AsyncioState s = AsyncioState.of(Interp.current());
            PyTuple t = (PyTuple) a[0];
            s.running = t.get(0) instanceof EventLoop l ? l : null;
            s.policyLoop = t.get(1) instanceof EventLoop l ? l : null;
            s.policySetCalled = Ops.isTrue(t.get(2));
            s.threadName = Ops.str(t.get(3));
            s.mainThread = Ops.isTrue(t.get(4));
            s.events = s.mainThread ? s.recorder : null;
            return PyNone.INSTANCE;
        }}));
        m.put("get_event_loop", fn("get_event_loop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("get_event_loop", a, 0);
            return getEventLoop(AsyncioState.of(Interp.current()));
        }}));
        m.put("_get_event_loop", fn("_get_event_loop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return getEventLoop(AsyncioState.of(Interp.current()));
        }}));
        m.put("set_event_loop", fn("set_event_loop", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("set_event_loop", a, 1);
            AsyncioState s = AsyncioState.of(Interp.current());
            if (a[0] != PyNone.INSTANCE && !(a[0] instanceof EventLoop)) {
                throw Exc.typeError("loop must be an instance of AbstractEventLoop or None, not '" + a[0].getType().tpName() + "'");
            }
            s.policySetCalled = true;
            s.policyLoop = a[0] instanceof EventLoop l ? l : null;
            return PyNone.INSTANCE;
        }}));
        m.put("current_task", fn("current_task", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parse("current_task", a, k, new String[] {"loop"}, 0);
            AsyncioState s = AsyncioState.of(Interp.current());
            // Any other object is a loop with no current task, as CPython's lookup by key finds.
            if (p[0] != null && p[0] != PyNone.INSTANCE && !(p[0] instanceof EventLoop)) return PyNone.INSTANCE;
            EventLoop l = p[0] == null || p[0] == PyNone.INSTANCE ? runningLoop(s) : asLoop(p[0]);
            return Future.orNone(l.currentTask);
        }}));
        m.put("all_tasks", fn("all_tasks", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            PyObject[] p = Args.parsePy("all_tasks", a, k, new String[] {"loop"}, 0);
            AsyncioState s = AsyncioState.of(Interp.current());
            if (p[0] != null && p[0] != PyNone.INSTANCE && !(p[0] instanceof EventLoop)) return new PySet(false, new ArrayList<>());
            EventLoop l = p[0] == null || p[0] == PyNone.INSTANCE ? runningLoop(s) : asLoop(p[0]);
            List<PyObject> out = new ArrayList<>();
            for (Task t = s.pendingHead; t != null; t = t.nextPending) if (t.loop == l && !t.isDone()) out.add(t);
            return new PySet(false, out);
        }}));
        m.put("_register_task", fn("_register_task", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_register_task", a, 1);
            if (a[0] instanceof Task t && !t.inPending && !t.isDone()) AsyncioState.of(Interp.current()).addPending(t);
            return PyNone.INSTANCE;
        }}));
        m.put("_unregister_task", fn("_unregister_task", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_unregister_task", a, 1);
            if (a[0] instanceof Task t) AsyncioState.of(Interp.current()).removePending(t);
            return PyNone.INSTANCE;
        }}));
        m.put("_enter_task", fn("_enter_task", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_enter_task", a, 2);
            if (a[1] instanceof Task t) asLoop(a[0]).enterTask(t);
            return PyNone.INSTANCE;
        }}));
        m.put("_leave_task", fn("_leave_task", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_leave_task", a, 2);
            if (a[1] instanceof Task t) asLoop(a[0]).leaveTask(t);
            return PyNone.INSTANCE;
        }}));
        m.put("iscoroutine", fn("iscoroutine", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("iscoroutine", a, 1);
            return PyBool.of(isCoroutine(a[0]));
        }}));
        m.put("isfuture", fn("isfuture", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("isfuture", a, 1);
            return PyBool.of(isFuture(a[0]));
        }}));
        m.put("_on_main_sleep", fn("_on_main_sleep", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // threading's Timers: the main thread's time.sleep calls a[0](end time) first.
            Interp.current().rt.sleepHook = a[0];
            return PyNone.INSTANCE;
        }}));
        m.put("_loop_idle", fn("_loop_idle", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // threading: a loop waiting for its next timer has nothing ready (no other thread gave it work).
            Args.exactly("_loop_idle", a, 1);
            return PyBool.of(a[0] instanceof EventLoop l && l.ready.isEmpty() && !l.stopping);
        }}));
        // asyncio.Queue's put()/get() when they need not wait (see QueueFast).
        QueueFast queues = new QueueFast();
        m.put("_queue_fast_setup", fn("_queue_fast_setup", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_queue_fast_setup", a, 3);
            queues.setUp(a[0], a[1], a[2]);
            return PyNone.INSTANCE;
        }}));
        m.put("_queue_put_now", fn("_queue_put_now", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_queue_put_now", a, 2);
            return PyBool.of(queues.put(a[0], a[1]));
        }}));
        m.put("_queue_get_now", fn("_queue_get_now", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.exactly("_queue_get_now", a, 1);
            return queues.get(a[0]);
        }}));
        m.put("_sleep0", fn("_sleep0", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return new Sleep0();
        }}));
        m.put("_run_in_thread", fn("_run_in_thread", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            // No threads here: the function runs now, to the end, while the loop waits; the time
            // it sleeps is its own (the loop's clock does not move), and the caller delivers its
            // outcome that much later, as if a worker thread had run alongside the loop.
            var rt = Interp.current().rt;
            double saved = rt.threadElapsed;
            // An optional 4th argument: how much later than now the thread starts (a pool's queued work).
            double offset = a.length > 3 ? EventLoop.number(a[3]) : 0;
            rt.threadElapsed = offset;
            PyObject exc = PyNone.INSTANCE, result = PyNone.INSTANCE;
            double spent;
            try {
                PyObject[] args = ((PyTuple) a[1]).items();
                String[] names = null;
                if (a.length > 2 && a[2] instanceof PyDict kw && kw.size() > 0) {
                    int n = args.length;
                    List<PyObject> keys = Ops.toList(kw);
                    args = java.util.Arrays.copyOf(args, n + keys.size());
                    names = new String[keys.size()];
                    for (int i = 0; i < names.length; i++) {
                        names[i] = Ops.str(keys.get(i));
                        args[n + i] = Ops.getItem(kw, keys.get(i));
                    }
                }
                result = Ops.call(a[0], args, names);
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.SystemExit) || e.exc.isInstance(Exc.KeyboardInterrupt)) throw e;
                exc = e.exc;
            } finally {
                // Nothing more of its own once it went on as a thread of its own (threading's shared_time).
                spent = rt.threadElapsed >= 0 ? Math.max(rt.threadElapsed - offset, 0) : 0;
                rt.threadElapsed = saved;
            }
            return PyTuple.of(exc, result, new PyFloat(spent));
        }}));
        m.put("_sleep_setup", fn("_sleep_setup", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            AsyncioState s = AsyncioState.of(Interp.current());
            EventLoop l = runningLoop(s);
            Future f = new Future(l);
            if (s.events != null) f.label = "sleep(" + s.in.observe(() -> Ops.repr(a[0]), "...") + ")";
            PyObject delay = a[0];
            TimerHandle h;
            if (delay instanceof PyFloat || delay instanceof PyInt) {
                h = l.callAt(l.st.readTime() + EventLoop.number(delay), SET_RESULT_UNLESS_CANCELLED,
                        new PyObject[] {f, a[1]}, true, null);
            } else {
                // call_later adds the delay to loop.time() as Python adds: a Decimal delay raises there.
                PyObject when = Ops.binaryOp(new PyFloat(l.st.readTime()), delay, Ops.ADD);
                h = l.callAt(when, SET_RESULT_UNLESS_CANCELLED, new PyObject[] {f, a[1]}, true, null);
            }
            if (l.debug) {
                f.sourceTb = SourceTraceback.capture(s, java.util.Map.of(), SourceTraceback.CREATE_FUTURE, Integer.MAX_VALUE);
                h.sourceTb = SourceTraceback.capture(s, java.util.Map.of(), SourceTraceback.SLEEP_CALL_LATER,
                        SourceTraceback.HANDLE_LIMIT_CALL_LATER);
            }
            return PyTuple.of(f, h);
        }}));
        m.put("_label", fn("_label", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (a[0] instanceof Future f && AsyncioState.of(Interp.current()).events != null) f.label = Ops.str(a[1]);
            return a[0];
        }}));
    }

    // ---- shared helpers -------------------------------------------------------------------------

    static EventLoop runningLoop(AsyncioState s) {
        if (s.running == null) throw Exc.runtimeError("no running event loop");
        return s.running;
    }

    private static EventLoop asLoop(PyObject o) {
        if (o instanceof EventLoop l) return l;
        throw Exc.typeError("an event loop was expected, got " + Ops.repr(o));
    }

    /** {@code asyncio.get_event_loop()}: the running loop, else the policy's loop (made on first use). */
    static EventLoop getEventLoop(AsyncioState s) {
        if (s.running != null) return s.running;
        if (s.policyLoop == null && !s.policySetCalled && s.mainThread) {
            s.policyLoop = newEventLoop(s);
            s.policySetCalled = true;
        }
        if (s.policyLoop == null) throw Exc.runtimeError("There is no current event loop in thread " + Ops.repr(PyStr.of(s.threadName)) + ".");
        return s.policyLoop;
    }

    static EventLoop newEventLoop(AsyncioState s) {
        PyObject cls = s.module.getDict().get("_UnixSelectorEventLoop");
        PyObject l = cls != null ? Ops.call(cls) : new EventLoop(EventLoop.TYPE, s);
        return (EventLoop) l;
    }

    /** {@code asyncio.iscoroutine}: native coroutines, generators, and objects with the Coroutine ABC's methods. */
    static boolean isCoroutine(PyObject o) {
        if (o instanceof PyCoroutine || o instanceof PyGenerator) return true;
        if (o instanceof Future) return false;
        PyType t = o.getType();
        return t.lookup("__await__") != null && t.lookup("send") != null && t.lookup("throw") != null
                && t.lookup("close") != null;
    }

    static boolean isCoroutineFunction(PyObject o) {
        if (o instanceof PyFunction f) return (f.code.flags & PyCode.CO_COROUTINE) != 0;
        if (o instanceof PyMethod m) return isCoroutineFunction(m.func);
        return false;
    }

    /** {@code asyncio.isfuture}: ours, or a class advertising the future protocol. */
    static boolean isFuture(PyObject o) {
        if (o instanceof Future) return true;
        if (o.getType().lookup("_asyncio_future_blocking") == null) return false;
        PyObject v = Ops.getAttrOrNull(o, PyStr.intern("_asyncio_future_blocking"));
        return v != null && v != PyNone.INSTANCE;
    }

    /** {@code ensure_future(arg, loop=loop)}: the future itself, a task for a coroutine, else the library's wrapping. */
    static PyObject ensureFuture(AsyncioState s, PyObject arg, EventLoop loop) {
        if (isFuture(arg)) {
            if (arg instanceof Future f && f.loop != loop) {
                throw Exc.valueError("The future belongs to a different loop than the one specified as the loop argument");
            }
            return arg;
        }
        if (isCoroutine(arg)) {
            try {
                return loop.createTask(arg, PyNone.INSTANCE, null);
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.RuntimeError)) Ops.callMethod(arg, "close");
                throw e;
            }
        }
        PyObject ef = s.module.getDict().get("ensure_future");
        return Ops.call(ef, new PyObject[] {arg, loop}, new String[] {"loop"});
    }

    static String formatTraceback(AsyncioState s, PyBaseException e) {
        return TracebackPrinter.formatPython(s.rt, e);
    }

    /**
     * What {@code sleep(0)} awaits: yields a bare {@code None} once (the task then queues its next
     * step at the back of the ready queue), and returns None when resumed.
     */
    static final class Sleep0 extends PyIterators.Base {
        static final PyType TYPE = PyType.builtin("_asyncio", "_Sleep0", null, false, new Consumer<PyType>() { public void accept(PyType t) {
            t.put("__await__", PyMethodDescriptor.noArgs(t, "__await__", Slots.SELF));
            t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", Slots.SELF));
            t.put("__next__", PyMethodDescriptor.noArgs(t, "__next__", Slots.NEXT));
            t.method1("send", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject v) {
                PyObject r = s.next();
                if (r == null) throw Exc.stopIteration(null);
                return r;
            }});
            t.method("throw", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
                ((Sleep0) s).done = true;
                throw new PyError(PyGenBase.throwArgs(a));
            }});
            t.method0("close", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                ((Sleep0) s).done = true;
                return PyNone.INSTANCE;
            }});
        }});

        private boolean yielded;
        private boolean done;

        @Override
        public PyType getType() {
            return TYPE;
        }


        @Override
        public PyObject next() {
            if (done) return null;
            if (!yielded) {
                yielded = true;
                return PyNone.INSTANCE;
            }
            done = true;
            return null;
        }
    }
}
