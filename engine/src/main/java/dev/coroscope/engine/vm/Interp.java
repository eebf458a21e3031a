package dev.coroscope.engine.vm;

import static dev.coroscope.engine.compiler.Opcode.*;

import dev.coroscope.engine.runtime.*;
import java.util.IdentityHashMap;

/**
 * One run of a program: its builtins and modules, its fake object ids, the exception-handling
 * chain, the step budget, the tracer, and the bytecode interpreter loop ({@link #execute}).
 *
 * <p>Calls between Python functions, and resuming a generator or coroutine from {@code for},
 * {@code yield from} or {@code await}, switch frames inside the loop without Java recursion.
 * Java code that needs a Python result (a builtin calling a key function, {@code gen.send()} called
 * from Python, the asyncio loop stepping a task) runs a nested loop whose base is the frame it
 * starts; the Python recursion limit bounds that nesting.
 *
 * <p>Exactly one thread runs an Interp; {@link #current()} finds it through the
 * {@link EngineThread} (or a thread-local fallback for other threads).
 */
public final class Interp {

    private static final ThreadLocal<Interp> FALLBACK = new ThreadLocal<>();

    static {
        // Before the first run compiles anything (see SubclassPreload).
        SubclassPreload.load();
    }

    public static Interp current() {
        Thread t = Thread.currentThread();
        if (t instanceof EngineThread et && et.interp != null) return et.interp;
        Interp in = FALLBACK.get();
        if (in == null) throw new IllegalStateException("no Coroscope interpreter on this thread");
        return in;
    }

    /** Makes this the interpreter of the current thread. */
    public void bindToThread() {
        Thread t = Thread.currentThread();
        if (t instanceof EngineThread et) et.interp = this;
        else FALLBACK.set(this);
    }

    public void unbindFromThread() {
        Thread t = Thread.currentThread();
        if (t instanceof EngineThread et) et.interp = null;
        FALLBACK.remove();
    }

    // ---- per-run state ---------------------------------------------------------------------------

    public final Runtime rt;
    /** The run's lifetime collector (set right after construction by the Runtime). */
    Lifetime lifetime;
    public Tracer tracer;
    boolean tracing;
    /** Current frame (the innermost running Python frame). */
    public Frame frame;
    /** Top of the chain of handled exceptions. */
    ExcInfo excInfo = new ExcInfo();
    int depth;
    public int recursionLimit = 1000;

    /** Python frames (and CPython's counted C calls) on the stack, as the recursion limit counts them. */
    public int depth() {
        return depth;
    }

    /**
     * Sets the recursion depth for code run on behalf of library machinery that is Java here but
     * Python frames in CPython (the event loop's {@code run_forever}, {@code _run_once},
     * {@code Handle._run}), so the limit strikes where CPython's would; the caller restores it.
     */
    public void setDepth(int depth) {
        this.depth = depth;
    }

    /**
     * Enters a C-level call that CPython counts against the recursion limit ({@code PyObject_Repr},
     * {@code PyObject_Str}): raises RecursionError with {@code where} appended to the message when
     * the limit is reached. Pair with {@link #leaveCounted()}.
     */
    public void enterCounted(String where) {
        if (++depth > recursionLimit) {
            depth--;
            throw Exc.error(Exc.RecursionError, "maximum recursion depth exceeded" + where);
        }
    }

    public void leaveCounted() {
        depth--;
    }

    /**
     * One level for comparing two items inside a built-in container's comparison (see
     * {@code Ops.compareNested}). CPython also charged a level for the outermost container's
     * comparison, which the engine does not count for built-in types, so this one needs a level
     * to spare. Returns true when CPython would have no level left for any comparison under this
     * one: then each pair of items that are not the same object stops it too. Leave with
     * {@link #leaveCounted()}.
     */
    public boolean enterNestedComparison() {
        if (++depth + 1 > recursionLimit) {
            depth--;
            throw Exc.error(Exc.RecursionError, "maximum recursion depth exceeded in comparison");
        }
        return depth + 2 > recursionLimit;
    }
    private final IdentityHashMap<PyObject, Long> ids = new IdentityHashMap<>();
    private long nextId = 0x7f3a2c000000L;
    /** See {@link #beginObserving()}: ids only the recording has shown, in a range the program's never reach. */
    private IdentityHashMap<PyObject, Long> shownIds;
    private long nextShownId = 0x7f3a6c000000L;
    private int observing;
    private final IdentityHashMap<PyObject, Boolean> reprActive = new IdentityHashMap<>();
    private int nextFrameId = 1;
    /** Comparison outcomes by (op, sign of compare): branch-free int comparison in the loop. */
    private static final boolean[] CMP = {
        true, false, false,   // LT
        true, true, false,    // LE
        false, true, false,   // EQ
        true, false, true,    // NE
        false, false, true,   // GT
        false, true, true,    // GE
    };

    /**
     * The loop's copy of a code object's instructions ({@link PyCode#loopCode}), made from the
     * fused instructions (Superinstructions): every instruction whose opcode has no case of its own
     * in the loop's switch ({@link #CASES}, exactly its labels) carries {@code RARE} instead, its
     * argument and line-start bit unchanged, and goes to the switch's default, which hands the code
     * object's own instruction to RareOps. The JIT compiles the switch with a trap for each opcode
     * its profile never saw: with one opcode for all the rare ones, a program's first f-string,
     * {@code import} or {@code is} no longer throws the compiled loop away (oop's first
     * FORMAT_VALUE did, late in the run).
     */
    public static final class LoopForm {
        private LoopForm() {}

        private static final boolean[] CASES = new boolean[PyCode.OP_MASK + 1];

        static {
            for (int op : new int[] {
                NOP, POP_TOP, PUSH_NULL, LOAD_CONST, LOAD_FAST, LOAD_FAST__LOAD_CONST,
                LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST__BINARY_OP, LOAD_FAST__LOAD_CONST__COMPARE_JUMP,
                STORE_FAST, LOAD_DEREF, LOAD_GLOBAL, LOAD_GLOBAL__PUSH_NULL, BINARY_SUBSCR, STORE_SUBSCR, BINARY_OP,
                COMPARE_OP, COMPARE_OP__POP_JUMP_IF_FALSE, COMPARE_OP__POP_JUMP_IF_TRUE, LIST_APPEND,
                JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
                FOR_ITER, FOR_ITER__STORE_FAST, KW_NAMES, CALL, GET_AWAITABLE, LOAD_FAST__RETURN_VALUE,
                BINARY_OP__RETURN_VALUE, RETURN_VALUE, YIELD_VALUE, LOAD_ATTR, LOAD_METHOD, STORE_ATTR, RARE_KEEP}) {
                CASES[op] = true;
            }
        }

        /**
         * The instructions without a case of their own that the loop hands to RareOps.keepFrameOp
         * as {@code RARE_KEEP}: each leaves its frame and the frame's position as they are (only
         * the stack pointer moves), so the loop reloads nothing else afterwards.
         */
        private static final boolean[] KEEPS_FRAME = new boolean[PyCode.OP_MASK + 1];

        static {
            for (int op : new int[] {
                LOAD_NAME, STORE_NAME, FORMAT_VALUE, BUILD_STRING, BUILD_SLICE, UNPACK_SEQUENCE, BUILD_LIST,
                BUILD_MAP, BUILD_SET, MAP_ADD, SET_ADD, LIST_EXTEND, COPY, SWAP, BUILD_TUPLE, CONTAINS_OP, IS_OP, UNARY_NOT,
                UNARY_NEGATIVE, GET_ITER}) {
                KEEPS_FRAME[op] = true;
            }
        }

        /**
         * The opcodes {@link Interp#fastRun} may run (for some operands); each also has a case in
         * the loop's switch, which runs it when fastRun stops before it.
         */
        private static final boolean[] FAST = new boolean[PyCode.OP_MASK + 1];

        static {
            for (int op : new int[] {
                LOAD_CONST, LOAD_FAST, LOAD_FAST__LOAD_CONST, LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST__BINARY_OP,
                LOAD_FAST__LOAD_CONST__COMPARE_JUMP, STORE_FAST, LOAD_DEREF, LOAD_GLOBAL, LOAD_GLOBAL__PUSH_NULL, BINARY_SUBSCR,
                STORE_SUBSCR, BINARY_OP, COMPARE_OP__POP_JUMP_IF_FALSE, COMPARE_OP__POP_JUMP_IF_TRUE, LIST_APPEND,
                JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
                FOR_ITER, FOR_ITER__STORE_FAST}) {
                FAST[op] = true;
            }
        }

        /** Instructions a run must reach (straight on) for the loop to hand it to fastRun. */
        static final int FAST_RUN_MIN = 6;

        /**
         * Where the loop may call fastRun after a backward jump ({@link PyCode#fastEntry}): at an
         * instruction of {@code loop} (a loop form) that starts at least {@link #FAST_RUN_MIN}
         * instructions fastRun may run one after the other, or such a run reaching a backward
         * jump (a loop of them). A shorter run costs less in the loop's own cases than the call.
         */
        public static boolean[] fastEntries(int[] loop) {
            int n = loop.length;
            int[] run = new int[n + 1];
            boolean[] entry = new boolean[n];
            for (int i = n - 1; i >= 0; i--) {
                int insn = loop[i];
                int op = insn & PyCode.OP_MASK;
                if (!FAST[op]) continue;
                int next;
                if (op == JUMP_BACKWARD) {
                    next = FAST_RUN_MIN;
                } else if (op == JUMP_BACKWARD_NO_INTERRUPT) {
                    next = 0; // back to a SEND or YIELD: not a loop fastRun runs
                } else if (op == JUMP_FORWARD) {
                    next = run[Math.min(insn >>> 8, n)];
                } else {
                    next = run[Math.min(i + width(op), n)];
                }
                run[i] = Math.min(FAST_RUN_MIN, 1 + next);
                entry[i] = run[i] >= FAST_RUN_MIN;
            }
            return entry;
        }

        /** Slots one instruction of the loop form takes (a fused one keeps its parts' slots). */
        private static int width(int op) {
            switch (op) {
                case LOAD_FAST__LOAD_CONST__COMPARE_JUMP: return 4;
                case LOAD_FAST__LOAD_CONST__BINARY_OP: return 3;
                case LOAD_FAST__LOAD_CONST: case LOAD_FAST__LOAD_FAST: case COMPARE_OP__POP_JUMP_IF_FALSE:
                case COMPARE_OP__POP_JUMP_IF_TRUE: case LOAD_GLOBAL__PUSH_NULL: case FOR_ITER__STORE_FAST:
                case LOAD_FAST__RETURN_VALUE: case BINARY_OP__RETURN_VALUE:
                    return 2;
                default: return 1;
            }
        }

        /** Whether the loop's switch has a case of its own for {@code op}. */
        static boolean hasCase(int op) {
            return CASES[op];
        }

        /** The loop's form of {@code fused} (Superinstructions.fuse of {@code code}, maybe that array itself). */
        public static int[] of(int[] fused, int[] code) {
            int[] out = fused == code ? null : fused;
            for (int i = 0; i < fused.length; i++) {
                int insn = fused[i];
                if (CASES[insn & PyCode.OP_MASK]) continue;
                if (out == null) out = fused.clone();
                out[i] = (insn & ~PyCode.OP_MASK) | (KEEPS_FRAME[insn & PyCode.OP_MASK] ? RARE_KEEP : RARE);
            }
            return out == null ? fused : out;
        }
    }

    /** Truth value, out of line. */
    private static boolean truth(PyObject v) {
        return Ops.isTrue(v);
    }

    /** Keyword names of the CALL that RareOps is asked to perform. */
    String[] pendingKw;
    /**
     * Keyword names a KW_NAMES instruction gives the CALL right after it (a field, not a local of
     * the loop, which would be live across all of it); null otherwise.
     */
    private String[] callKw;
    /** The return value of the last non-native delegate SEND finished (see CallOps). */
    PyObject sendReturn;
    private int nextGenId = 1;

    /** Steps until the next check of the budget and the interrupt flag. */
    private long countdown;
    /** Steps between two such checks (smaller only in the warm-up run, see {@link Engine#warmUp}). */
    private int window = 1024;
    /** Steps left in the budget (Long.MAX_VALUE when unlimited). */
    private long budget;
    public final long maxSteps;
    private volatile boolean interrupted;
    public long stepsTaken;

    public Interp(Runtime rt, long maxSteps) {
        this.rt = rt;
        this.maxSteps = maxSteps;
        this.budget = maxSteps <= 0 ? Long.MAX_VALUE : maxSteps;
        this.countdown = Math.min(window, budget);
    }

    /** Checks the budget every {@code steps} steps (the warm-up run makes the check path hot). */
    void setStepWindow(int steps) {
        countdown = Math.min(countdown, steps);
        window = steps;
        warmUpRun = steps < 1024;
        if (warmUpRun) bounceWindows = bounceLeft = 16;
    }

    public void setTracer(Tracer t) {
        this.tracer = t;
        this.tracing = t != null;
        this.fastOff = tracing;
    }

    /**
     * Whether the loop leaves {@link #fastRun} alone: always while tracing (the loop's own cases
     * report each instruction); in the warm-up run, every other window of steps.
     */
    private boolean fastOff;
    /**
     * The warm-up run (see {@link #setStepWindow}) turns the fast loop on and off at each window,
     * so that the JIT profiles both the loop's own cases and fastRun's, for every kind of
     * instruction and operand, and compiles fastRun before the program starts: a case a profile
     * never saw is compiled as a trap that throws the compiled code away when first taken.
     */
    private boolean warmUpRun;

    public void interrupt() {
        interrupted = true;
        countdown = 0;
    }

    // ---- ids and repr guards ---------------------------------------------------------------------

    public long idOf(PyObject o) {
        if (o instanceof OwnId h) {
            long own = h.ownId();
            if (own != 0) return own;
            if (observing > 0) return shownIdOf(o);
            own = nextId;
            nextId += 0x30;
            h.setOwnId(own);
            return own;
        }
        Long id = ids.get(o);
        if (id == null) {
            long fixed = StaticIds.of(o);
            if (fixed != 0) {
                ids.put(o, fixed);
                return fixed;
            }
            if (observing > 0) {
                return shownIdOf(o);
            }
            id = nextId;
            nextId += 0x30;
            ids.put(o, id);
        }
        return id;
    }

    /**
     * Starts a stretch where the recorder reads the program's objects (their reprs for a trace):
     * until {@link #endObserving()}, an object the program never asked the id of gets an id from a
     * separate range instead of the program's next one, so that watching a run never changes the
     * ids, addresses and identity hashes the program itself sees. Once the program asks, it gets
     * its own id, which later reprs for the recording show too. {@link Ops#repr} does not call a
     * {@code __repr__} the program defines meanwhile (it gives {@code object.__repr__}), so the
     * recording never runs the program's code. Calls nest.
     */
    public void beginObserving() {
        observing++;
    }

    public void endObserving() {
        observing--;
    }

    /** Whether the recorder is reading objects on this thread (see {@link #beginObserving()}). */
    public static boolean observingNow() {
        Interp in = currentOrNull();
        return in != null && in.observing > 0;
    }

    /** Whether the recorder is reading objects (see {@link #beginObserving()}). */
    public boolean isObserving() {
        return observing > 0;
    }

    /** This thread's interpreter, as {@link #current()} finds it, or null when it has none. */
    public static Interp currentOrNull() {
        Thread t = Thread.currentThread();
        return t instanceof EngineThread et && et.interp != null ? et.interp : FALLBACK.get();
    }

    /**
     * {@code describe.get()} as seen by the recorder: observing (no program code runs, no program
     * id is taken); if it fails anyway, {@code fallback}.
     */
    public String observe(java.util.function.Supplier<String> describe, String fallback) {
        observing++;
        try {
            return describe.get();
        } catch (RuntimeException e) {
            return fallback;
        } finally {
            observing--;
        }
    }

    private long shownIdOf(PyObject o) {
        if (shownIds == null) {
            shownIds = new IdentityHashMap<>();
        }
        Long id = shownIds.get(o);
        if (id == null) {
            id = nextShownId;
            nextShownId += 0x30;
            shownIds.put(o, id);
        }
        return id;
    }

    public ReprGuard enterRepr(PyObject o) {
        if (reprActive.containsKey(o)) return null;
        reprActive.put(o, Boolean.TRUE);
        return new ReprGuard(reprActive, o);
    }

    public int newFrameId() {
        return nextFrameId++;
    }

    // ---- step budget -----------------------------------------------------------------------------

    /** Counts one step (a line or backward jump outside the loop's own counting). */
    public void tick() {
        // The recorder reading an object (a dict's repr for a trace) is not a step of the program:
        // a traced run must take exactly the steps of the untraced one.
        if (observing > 0) return;
        if (--countdown <= 0) stepSlow();
    }

    /** Items of Java loops over Python values ({@code sum}, {@code list()}, {@code sorted}...) per step. */
    public static final int ITEMS_PER_STEP = 16;
    private int itemCountdown = ITEMS_PER_STEP;

    /**
     * Counts one item of a Java loop over Python values: a step every {@link #ITEMS_PER_STEP}
     * items, because an item there is far less work than a line of Python (CPython sums a list
     * of a million ints in a few milliseconds), while an endless iterator
     * ({@code sum(itertools.count())}) still meets the budget and the interrupt.
     */
    public void tickItem() {
        if (observing > 0) return;
        if (--itemCountdown <= 0) {
            itemCountdown = ITEMS_PER_STEP;
            if (--countdown <= 0) stepSlow();
        }
    }

    /**
     * Counts {@code steps} steps of work done inside one Java call (big-int arithmetic, see
     * {@code BigWork}): the budget and the interrupt flag are checked at once, so such work
     * stops where a loop doing it step by step would.
     */
    public void charge(long steps) {
        if (steps <= 0 || observing > 0) return;
        countdown -= Math.min(steps, Long.MAX_VALUE / 4);
        if (countdown <= 0 || interrupted) stepSlow();
    }

    private void stepSlow() {
        if (warmUpRun && !tracing) fastOff = !fastOff;
        long used = Math.min(window, budget) - countdown;
        if (interrupted) {
            interrupted = false;
            throw new RunStopped(RunStopped.Reason.INTERRUPTED, stepsTaken);
        }
        budget -= Math.max(used, 1);
        stepsTaken += Math.max(used, 1);
        if (budget <= 0 && maxSteps > 0) {
            throw new RunStopped(RunStopped.Reason.STEP_LIMIT, maxSteps);
        }
        countdown = Math.min(window, budget);
        // The memory cap's backstop (see MemoryCap): allocations nobody announced, such as many
        // small objects, are caught here within one window of steps.
        dev.coroscope.engine.runtime.num.MemoryCap.check();
    }

    /**
     * threading's time-slice hook, set while more than one Python thread runs (null otherwise):
     * the loop calls it once the running thread has taken {@link #sliceWindows} windows of steps
     * since it got the baton, so that a thread that never blocks still lets the others run (as
     * CPython switches every {@code sys.getswitchinterval()} seconds).
     */
    PyObject sliceHook;
    /** Windows of steps in one time slice (see {@link #setSwitchInterval}). */
    int sliceWindows = SLICE_WINDOWS;
    /** Windows left in the running thread's slice. */
    int sliceLeft = SLICE_WINDOWS;
    /** Windows of steps per slice at CPython's default switch interval, 5 ms (about 16,000 steps). */
    static final int SLICE_WINDOWS = 16;
    /** {@code sys.getswitchinterval()} in whole microseconds, as CPython keeps it. */
    double switchMicros = 5000;

    /** {@code sys.setswitchinterval}: the slice scales with the interval (at least one window). */
    void setSwitchInterval(double micros) {
        switchMicros = micros;
        double windows = Math.rint(micros / 5000 * SLICE_WINDOWS);
        sliceWindows = (int) Math.max(1, Math.min(windows, Integer.MAX_VALUE));
        sliceLeft = Math.min(sliceLeft, sliceWindows);
    }

    /** A window of steps ended in the loop, in frame f (its ip and sp saved): also the time slice's end. */
    private void loopStepSlow(Frame f) {
        stepSlow();
        if (sliceHook != null && --sliceLeft <= 0 && !f.code.library && observing == 0 && !rt.inSleepHook) {
            // Library code (threading's own bookkeeping, a lock being taken) is never cut.
            sliceLeft = sliceWindows;
            Ops.call(sliceHook);
        }
    }

    /** Steps taken so far, for reports. */
    public long steps() {
        long inWindow = Math.min(window, budget) - countdown;
        return stepsTaken + Math.max(0, inWindow);
    }

    // ---- frames ------------------------------------------------------------------------------------

    Frame newFrame(PyFunction func) {
        // As call()'s plain path makes a frame: the array first, every field loaded before the
        // frame is, so that its stores need no card mark (see Frame's constructor).
        PyCode code = func.code;
        PyObject[] fast = new PyObject[code.frameSize];
        int nlocals = code.localsplusNames.length;
        PyDict globals = func.globals;
        PyDict builtins = func.builtins;
        int id = nextFrameId++;
        Frame f = new Frame(code, fast, nlocals, globals, builtins, func, null, id);
        if (code.runs < RecursionCost.WARM_RUNS) code.runs++;
        return f;
    }

    /** Runs a class body with {@code ns} as its namespace; returns the {@code __class__} cell or None. */
    public PyObject runClassBody(PyFunction body, PyObject ns) {
        Frame f = new Frame(body.code, body.globals, body.builtins, ns, nextFrameId++);
        f.func = body;
        return execute(f, null);
    }

    public Frame newModuleFrame(PyCode code, PyDict globals) {
        return new Frame(code, globals, rt.builtinsDict, globals, nextFrameId++);
    }

    /** Calls a Python function from Java code. */
    public PyObject callFunction(PyFunction func, PyObject[] args, String[] kwnames) {
        Frame f = newFrame(func);
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw == 0 && simpleBind(func, f, args, 0, args.length)) {
            // bound
        } else {
            Bind.bind(func, f.fast, args, 0, args.length, kwnames);
        }
        if (func.code.isResumable()) return makeGenerator(func, f);
        return execute(f, null);
    }

    /**
     * {@link #callFunction} with one positional argument ({@code __len__}, {@code __hash__},
     * {@code __bool__} called from Java): a function taking exactly one is entered without an
     * argument array.
     */
    public PyObject callFunction1(PyFunction func, PyObject a) {
        PyCode c = func.code;
        if (c.plainArgcount != 1 || c.isResumable()) return callFunction(func, new PyObject[] {a}, null);
        Frame f = newFrame(func);
        f.fast[0] = a;
        return execute(f, null);
    }

    /**
     * {@link #callFunction} with two positional arguments (a binary operator's or a comparison's
     * method called from Java: {@code __lt__} in a sort, {@code __eq__} in a dict, {@code __add__}),
     * likewise without an argument array.
     */
    public PyObject callFunction2(PyFunction func, PyObject a, PyObject b) {
        PyCode c = func.code;
        if (c.plainArgcount != 2 || c.isResumable()) return callFunction(func, new PyObject[] {a, b}, null);
        Frame f = newFrame(func);
        f.fast[0] = a;
        f.fast[1] = b;
        return execute(f, null);
    }

    /** Fast binding when the call passes exactly the positional parameters. */
    static boolean simpleBind(PyFunction func, Frame f, PyObject[] src, int off, int n) {
        PyCode c = func.code;
        if (n != c.argcount || c.kwonlyargcount != 0 || (c.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) != 0) {
            return false;
        }
        PyObject[] fast = f.fast;
        for (int i = 0; i < n; i++) fast[i] = src[off + i];
        return true;
    }

    PyGenBase makeGenerator(PyFunction func, Frame f) {
        return makeGenerator(func, f, true);
    }

    /**
     * The generator, coroutine or async generator for {@code func}'s new frame {@code f}. A new
     * coroutine is tracked for its never-awaited warning unless {@code track} is false (one the
     * caller awaits at once, see {@link #awaitAtOnce}).
     */
    private PyGenBase makeGenerator(PyFunction func, Frame f, boolean track) {
        PyCode c = func.code;
        // The prologue (cells, free variables) runs at call time, as in CPython 3.11.
        int ip = 0;
        for (;; ip++) {
            int insn = c.code[ip];
            int op = insn & PyCode.OP_MASK;
            if (op == MAKE_CELL) {
                int i = insn >>> 8;
                f.fast[i] = new PyCell(f.fast[i]);
            } else if (op == COPY_FREE_VARS) {
                int n = insn >>> 8;
                System.arraycopy(func.closure, 0, f.fast, f.stackBase() - n, n);
            } else {
                break;
            }
        }
        f.ip = ip;
        PyGenBase g;
        int id = nextGenId++;
        if ((c.flags & PyCode.CO_COROUTINE) != 0) {
            PyCoroutine co = new PyCoroutine(f, func.name, func.qualname, id);
            if (rt.originDepth > 0) co.origin = originOf(rt.originDepth);
            if (track) rt.lifetime.track(co);
            g = co;
        } else if ((c.flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            g = new PyAsyncGenerator(f, func.name, func.qualname, id);
        } else {
            g = new PyGenerator(f, func.name, func.qualname, id);
        }
        if (tracing && !c.library) tracer.genState(g, PyGenBase.State.CREATED);
        return g;
    }

    /**
     * A task takes coroutine {@code g}: when it is library code (whose state changes are not
     * traced), they are from now on, starting with its state now, so the task's card shows them.
     */
    public void showTaskCoroutine(PyGenBase g) {
        if (!g.frame.code.library || g.shownAsTask) return;
        g.shownAsTask = true;
        if (tracing) tracer.genState(g, g.state());
    }

    private PyObject originOf(int depthWanted) {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        Runtime.LoopOrigins lo = rt.loopOrigins;
        for (Frame fr = frame; fr != null && out.size() < depthWanted; fr = fr.back) {
            if (lo != null && fr == rt.callbackBase && fr != frame) {
                // Below a callback CPython has the loop's own frames (Handle._run, _run_once, run_forever).
                for (String[] e : lo.loopFrames()) {
                    if (out.size() >= depthWanted) break;
                    out.add(PyTuple.of(PyStr.of(e[0]), PyInt.of(Integer.parseInt(e[1])), PyStr.of(e[2])));
                }
                if (out.size() >= depthWanted) break;
            }
            String[] place = lo != null && fr.code.library ? lo.placeOf(fr.code) : null;
            if (place != null) {
                out.add(PyTuple.of(PyStr.of(place[0]), PyInt.of(Integer.parseInt(place[1])), PyStr.of(place[2])));
            } else {
                out.add(PyTuple.of(PyStr.of(fr.code.filename), PyInt.of(fr.lineno()), PyStr.of(fr.code.name)));
            }
        }
        return PyTuple.of(out);
    }

    private void enterFrame(Frame f) {
        if (++depth > recursionLimit) {
            depth--;
            throw Exc.error(Exc.RecursionError, "maximum recursion depth exceeded");
        }
    }

    /**
     * Enters the {@code __init__} frame of a class call: the call itself costs a level while
     * {@code __init__} runs, as CPython's {@code tp_call} does (see {@link RecursionCost}); the
     * frame's exit gives it back ({@link #leaveFrame}, {@link #exitWithException}).
     */
    private void enterInit(Frame f) {
        enterCounted(RecursionCost.CALLING);
        try {
            enterFrame(f);
        } catch (PyError e) {
            depth--;
            throw e;
        }
    }

    // ---- generators --------------------------------------------------------------------------------

    /**
     * Resumes a generator-like object from Java: sends {@code value} or throws {@code exc} into it.
     * Returns the yielded value, or the return value with {@code gen.finished} set.
     */
    public PyObject resume(PyGenBase g, PyObject value, PyBaseException exc) {
        if (g.running) {
            throw Exc.valueError(g.kindName() + " already executing");
        }
        if (g.finished) {
            if (g instanceof PyCoroutine) throw Exc.runtimeError("cannot reuse already awaited coroutine");
            if (exc != null) throw new PyError(exc);
            if (g instanceof PyAsyncGenerator) throw Exc.error(Exc.StopAsyncIteration, null);
            throw Exc.stopIteration(null);
        }
        Frame f = g.frame;
        PyError pending = null;
        if (exc != null) {
            pending = new PyError(exc);
        } else if (!f.started) {
            if (value != PyNone.INSTANCE) {
                throw Exc.typeError("can't send non-None value to a just-started " + g.kindName());
            }
        } else {
            f.fast[f.sp++] = value;
            if (g.getClass() == PyGenerator.class && !tracing && depth < recursionLimit && !lifetime.active()
                    && simpleResume(f.code)) {
                PyObject r = resumeSimple(g, f);
                if (r != null) return r;
            }
        }
        return runGen(g, pending);
    }

    /** The instructions {@link #resumeSimple} runs, and those a code object may also hold (the parts of fused ones, its prologue, its return). */
    private static final boolean[] SIMPLE_RESUME = new boolean[PyCode.OP_MASK + 1];

    static {
        for (int op : new int[] {
            YIELD_VALUE, POP_TOP, NOP, LOAD_CONST, LOAD_FAST, LOAD_FAST__LOAD_CONST, LOAD_FAST__LOAD_FAST, LOAD_DEREF,
            STORE_FAST, LOAD_GLOBAL, LOAD_FAST__LOAD_CONST__BINARY_OP, BINARY_OP, LOAD_FAST__LOAD_CONST__COMPARE_JUMP,
            COMPARE_OP__POP_JUMP_IF_FALSE, COMPARE_OP__POP_JUMP_IF_TRUE, COMPARE_OP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
            JUMP_FORWARD, JUMP_BACKWARD, FOR_ITER, FOR_ITER__STORE_FAST, MAKE_CELL, COPY_FREE_VARS, LOAD_FAST__RETURN_VALUE,
            BINARY_OP__RETURN_VALUE, RETURN_VALUE}) {
            SIMPLE_RESUME[op] = true;
        }
    }

    /**
     * Whether {@code code} holds only instructions {@link #resumeSimple} runs (and its prologue and
     * return): only then is it tried, so that a generator it would stop in at once costs nothing
     * more (nor the JIT a compilation of it). Found once per code object.
     */
    private static boolean simpleResume(PyCode code) {
        byte known = code.simpleResume;
        if (known == 0) {
            known = 1;
            for (int insn : code.loopCode) {
                if (!SIMPLE_RESUME[insn & PyCode.OP_MASK]) {
                    known = 2;
                    break;
                }
            }
            code.simpleResume = known;
        }
        return known == 1;
    }

    /**
     * Resumes generator {@code g} (its frame {@code f} started, the sent value pushed) from Java
     * without entering {@link #execute}, while its instructions are ones that run no Python code
     * and raise nothing (the body of {@code sum(x * x for x in range(n) if x % 3)}: range, list and
     * str iteration, locals, constants, cells, small-int arithmetic and comparisons, jumps, cached
     * globals) up to its next YIELD_VALUE: returns the yielded value, the generator suspended as
     * {@link #suspend} leaves it. Otherwise returns null with the frame stopped before the first
     * instruction not run (its step not counted), for execute to go on from there. Since no
     * Python code runs and nothing is raised, what execute's entry and exit do (the recursion
     * depth, the running frame, the exception state, the frame's caller) would be undone before
     * anyone could see it; the caller checks what would differ (not tracing, a level of recursion
     * left, no object whose lifetime is watched). Steps are counted as execute counts them; the
     * end of a window of steps is left to execute. A {@code sum()} over a generator expression
     * paid execute's entry and exit for every item (about 125 ns against CPython's 50).
     */
    private PyObject resumeSimple(PyGenBase g, Frame f) {
        int[] code = f.code.loopCode;
        PyObject[] stack = f.fast;
        PyObject[] consts = f.code.consts;
        int ip = f.ip;
        int sp = f.sp;
        // 1 when the instruction at ip starts a line and its step was counted: given back on a stop.
        int counted = 0;
        try {
            loop:
            for (;;) {
                int insn = code[ip];
                counted = 0;
                if ((insn & PyCode.LINE_START) != 0) {
                    if (countdown <= 1) break;
                    countdown--;
                    counted = 1;
                }
                switch (insn & PyCode.OP_MASK) {
                    case YIELD_VALUE: {
                        PyObject v = stack[--sp];
                        f.sp = sp;
                        f.ip = ip + 1;
                        // What suspend() does that outlives the resumption.
                        if (f.code.findHandler(ip) >= 0) rt.lifetime.trackSuspended(g);
                        return v;
                    }
                    case POP_TOP:
                        stack[--sp] = null;
                        ip++;
                        continue;
                    case NOP:
                        ip++;
                        continue;
                    case LOAD_CONST:
                        stack[sp++] = consts[insn >>> 8];
                        ip++;
                        continue;
                    case LOAD_FAST:
                    case LOAD_FAST__RETURN_VALUE: {
                        PyObject v = stack[insn >>> 8];
                        if (v == null) break loop;
                        stack[sp++] = v;
                        ip++;
                        continue;
                    }
                    case LOAD_FAST__LOAD_CONST: {
                        PyObject v = stack[insn >>> 8];
                        if (v == null) break loop;
                        stack[sp++] = v;
                        stack[sp++] = consts[code[ip + 1] >>> 8];
                        ip += 2;
                        continue;
                    }
                    case LOAD_FAST__LOAD_FAST: {
                        PyObject v = stack[insn >>> 8];
                        PyObject w = stack[code[ip + 1] >>> 8];
                        if (v == null || w == null) break loop;
                        stack[sp++] = v;
                        stack[sp++] = w;
                        ip += 2;
                        continue;
                    }
                    case LOAD_DEREF: {
                        PyObject v = ((PyCell) stack[insn >>> 8]).value;
                        if (v == null) break loop;
                        stack[sp++] = v;
                        ip++;
                        continue;
                    }
                    case STORE_FAST:
                        stack[insn >>> 8] = stack[--sp];
                        ip++;
                        continue;
                    case LOAD_GLOBAL: {
                        PyObject v = cachedGlobal(f, ip);
                        if (v == null) break loop;
                        stack[sp++] = v;
                        ip++;
                        continue;
                    }
                    case LOAD_FAST__LOAD_CONST__BINARY_OP: {
                        PyObject a = stack[insn >>> 8];
                        PyObject b = consts[code[ip + 1] >>> 8];
                        if (a == null || a.getClass() != PyInt.class || b.getClass() != PyInt.class) break loop;
                        PyObject r = smallIntOp((PyInt) a, (PyInt) b, code[ip + 2] >>> 8);
                        if (r == null) break loop;
                        stack[sp++] = r;
                        ip += 3;
                        continue;
                    }
                    case BINARY_OP: {
                        PyObject b = stack[sp - 1];
                        PyObject a = stack[sp - 2];
                        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) break loop;
                        PyObject r = smallIntOp((PyInt) a, (PyInt) b, insn >>> 8);
                        if (r == null) break loop;
                        stack[--sp - 1] = r;
                        ip++;
                        continue;
                    }
                    case LOAD_FAST__LOAD_CONST__COMPARE_JUMP: {
                        PyObject a = stack[insn >>> 8];
                        PyObject b = consts[code[ip + 1] >>> 8];
                        if (a == null || a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                || ((PyInt) a).big != null || ((PyInt) b).big != null) break loop;
                        boolean r = CMP[(code[ip + 2] >>> 8) * 3 + 1 + Long.compare(((PyInt) a).v, ((PyInt) b).v)];
                        int jump = code[ip + 3];
                        ip = r == ((jump & PyCode.OP_MASK) == POP_JUMP_IF_TRUE) ? jump >>> 8 : ip + 4;
                        continue;
                    }
                    case COMPARE_OP__POP_JUMP_IF_FALSE:
                    case COMPARE_OP__POP_JUMP_IF_TRUE: {
                        PyObject b = stack[sp - 1];
                        PyObject a = stack[sp - 2];
                        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                || ((PyInt) a).big != null || ((PyInt) b).big != null) break loop;
                        boolean r = CMP[(insn >>> 8) * 3 + 1 + Long.compare(((PyInt) a).v, ((PyInt) b).v)];
                        stack[--sp] = null;
                        stack[--sp] = null;
                        boolean onTrue = (insn & PyCode.OP_MASK) == COMPARE_OP__POP_JUMP_IF_TRUE;
                        ip = r == onTrue ? code[ip + 1] >>> 8 : ip + 2;
                        continue;
                    }
                    case COMPARE_OP: {
                        PyObject b = stack[sp - 1];
                        PyObject a = stack[sp - 2];
                        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                || ((PyInt) a).big != null || ((PyInt) b).big != null) break loop;
                        boolean r = CMP[(insn >>> 8) * 3 + 1 + Long.compare(((PyInt) a).v, ((PyInt) b).v)];
                        stack[--sp] = null;
                        stack[sp - 1] = r ? PyBool.TRUE : PyBool.FALSE;
                        ip++;
                        continue;
                    }
                    case POP_JUMP_IF_FALSE:
                    case POP_JUMP_IF_TRUE: {
                        PyObject v = stack[sp - 1];
                        if (v != PyBool.TRUE && v != PyBool.FALSE) break loop;
                        sp--;
                        boolean onTrue = (insn & PyCode.OP_MASK) == POP_JUMP_IF_TRUE;
                        ip = (v == PyBool.TRUE) == onTrue ? insn >>> 8 : ip + 1;
                        continue;
                    }
                    case JUMP_FORWARD:
                        ip = insn >>> 8;
                        continue;
                    case JUMP_BACKWARD:
                        // Its step as execute counts it; the window's end is execute's to handle.
                        if (countdown <= 1) break loop;
                        countdown--;
                        ip = insn >>> 8;
                        continue;
                    case FOR_ITER:
                    case FOR_ITER__STORE_FAST: {
                        PyObject it = stack[sp - 1];
                        Class<?> ic = it.getClass();
                        PyObject v;
                        if (ic == PyIterators.RangeIterator.class) {
                            v = ((PyIterators.RangeIterator) it).next();
                        } else if (ic == PyIterators.ListIterator.class) {
                            v = ((PyIterators.ListIterator) it).next();
                        } else if (ic == PyIterators.StrIterator.class) {
                            v = ((PyIterators.StrIterator) it).next();
                        } else {
                            break loop;
                        }
                        if (v == null) {
                            stack[--sp] = null;
                            ip = insn >>> 8;
                        } else if ((insn & PyCode.OP_MASK) == FOR_ITER__STORE_FAST) {
                            stack[code[ip + 1] >>> 8] = v;
                            ip += 2;
                        } else {
                            stack[sp++] = v;
                            ip++;
                        }
                        continue;
                    }
                    default:
                        break loop;
                }
            }
        } catch (OutOfMemoryError e) {
            // Only an allocation can fail here: raised by the instruction at ip, as execute would.
            f.ip = ip + 1;
            f.sp = sp;
            return runGen(g, Exc.error(Exc.MemoryError, ""));
        }
        countdown += counted;
        f.ip = ip;
        f.sp = sp;
        return null;
    }

    /** Resumes after a delegate of yield-from finished inside {@code throw()} (see PyGenBase). */
    public PyObject resumeAfterDelegate(PyGenBase g, PyObject value, PyError error) {
        if (error == null) g.frame.fast[g.frame.sp++] = value;
        return runGen(g, error);
    }

    private PyObject runGen(PyGenBase g, PyError pending) {
        Frame f = g.frame;
        rt.lifetime.untrackSuspended(g);
        if (g instanceof PyCoroutine co) {
            co.warnable = false;
            rt.lifetime.untrack(co);
        }
        f.back = frame;
        return execute(f, pending);
    }

    public void genFinished(PyGenBase g) {
        if (g instanceof PyCoroutine co) {
            co.warnable = false;
            rt.lifetime.untrack(co);
        } else if (g instanceof PyAsyncGenerator) {
            // Watched for asyncio's finalizer hook while it could still run code; not any more.
            rt.lifetime.untrack(g);
        }
        if (tracing && (!g.frame.code.library || g.shownAsTask)) tracer.genState(g, PyGenBase.State.CLOSED);
    }

    /** Hook for the asyncio runtime: an async generator is iterated for the first time. */
    public void asyncGenFirstIter(PyAsyncGenerator g) {
        if (!g.hooksCalled) {
            g.hooksCalled = true;
            // As CPython's async_gen_init_hooks: the finalizer is captured first, then firstiter runs.
            PyObject fin = rt.asyncGenFinalizer;
            if (fin != null) {
                g.finalizer = fin;
                rt.lifetime.register(g, agenFinalize);
            }
            if (rt.asyncGenFirstIter != null) Ops.call(rt.asyncGenFirstIter, g);
        }
    }

    /**
     * An async generator with a finalizer hook dies: unless it already ran to the end or was
     * closed, the hook gets it (instead of the synchronous close a generator gets), as CPython's
     * {@code _PyGen_Finalize}; an error from the hook is reported as unraisable.
     */
    private final java.util.function.Consumer<PyObject> agenFinalize = new java.util.function.Consumer<PyObject>() {
        public void accept(PyObject o) {
            PyAsyncGenerator g = (PyAsyncGenerator) o;
            if (g.finished) return;
            try {
                if (g.closed) g.close();
                else Ops.call(g.finalizer, g);
            } catch (PyError e) {
                rt.lifetime.unraisable(g, e.exc);
            }
        }
    };

    // ---- the loop ------------------------------------------------------------------------------

    /**
     * Runs {@code base} (a new frame, or a generator frame being resumed) until it returns or
     * yields. With {@code pending} non-null, that exception is raised at the frame's current
     * position first (generator throw()).
     */
    public PyObject execute(Frame base, PyError pending) {
        enterFrame(base);
        Frame saved = frame;
        if (base.gen == null) base.back = saved;
        Frame f = base;
        frame = f;
        onEnter(f);
        try {
            if (pending != null) {
                // Handled as if raised by the frame's next instruction; kept out of the loop so
                // that the loop does not keep it live.
                f = onThrow(pending, f, f.ip, f.sp, base);
                frame = f;
            }
            for (;;) {
                PyObject r = loop(base, f);
                if (r != BOUNCE) return r;
                f = bounced;
                bounced = null;
                if (warmUpRun) {
                    loop(null, null); // so that the loop's profile has seen promptCompile's entries
                } else if (!prompted && stepsTaken >= PROMPT_STEPS) {
                    promptCompile();
                }
            }
        } finally {
            frame = saved;
        }
    }

    /**
     * What {@link #loop} returns when it hands control back to {@link #execute} to be entered
     * again in {@link #bounced} (never a Python value).
     */
    private static final PyObject BOUNCE = new dev.coroscope.engine.runtime.PyObject() {
        @Override
        public dev.coroscope.engine.runtime.PyType getType() {
            throw new IllegalStateException("the loop's bounce marker escaped");
        }
    };
    /** The frame the loop bounced in (its ip at the instruction to run next, its sp saved). */
    private Frame bounced;

    /**
     * Runs frame {@code f} (inside {@code base}'s run, possibly {@code base} itself) until
     * {@code base} returns or yields, or until a window of steps ends at the start of a line
     * ({@link #BOUNCE}): {@link #execute} then enters it again at once. Why bounce: a JIT compiles
     * a method at its normal entry, so a loop that never returned (a program's module code) would
     * run its first, slow compilation forever unless the JIT also compiled a second, on-stack-
     * replacement version of this big method for it; bouncing, the module code's run moves to the
     * normal compilation within one window of steps once it is there.
     */
    private PyObject loop(Frame base, Frame f) {
        if (f == null) return null; // promptCompile's empty entries
        // The loop's registers, as few as possible: each is live across every call the loop makes,
        // and register allocation is about half of what C2 spends compiling the loop (CITime). The
        // fast locals and the value stack are one array (Frame.fast). After every
        // call out of the loop they are read again from the frame (which the call site saved
        // them to), so that none of them is live across a call: C2 keeps no register across a
        // call, and values live across the calls of some cases were spilled before the switch for
        // every instruction (bench/loopasm: the dispatch block 69 -> 59 instructions, 24 -> 13
        // stores, with COPY, SWAP and BUILD_TUPLE moved to RareOps.keepFrameOp).
        int[] code = f.code.loopCode;
        PyObject[] stack = f.fast;
        int sp = f.sp;
        int ip = f.ip;
        {
            for (;;) {
                try {
                    for (;;) {
                        int insn = code[ip++];
                        if ((insn & PyCode.LINE_START) != 0) {
                            if (--countdown <= 0) {
                                f.ip = ip;
                                f.sp = sp;
                                loopStepSlow(f);
                                if (--bounceLeft <= 0) {
                                    // Back to execute, which enters again at this instruction:
                                    // its step, counted now, is not counted again there.
                                    bounceLeft = bounceWindows;
                                    f.ip = ip - 1;
                                    countdown++;
                                    bounced = f;
                                    return BOUNCE;
                                }
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                            }
                        }
                        if (tracing) {
                            f.ip = ip;
                            f.sp = sp;
                            traceStep(f, insn, ip - 1);
                            code = f.code.loopCode;
                            stack = f.fast;
                            sp = f.sp;
                            ip = f.ip;
                        }
                        switch (insn & PyCode.OP_MASK) {
                            case NOP:
                                break;
                            case POP_TOP: {
                                PyObject v = stack[--sp];
                                stack[sp] = null;
                                if ((insn >>> 8) == 1 && lifetime.active()) {
                                    f.ip = ip;
                                    f.sp = sp;
                                    rt.lifetime.discarded(v);
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                    sp = f.sp;
                                    ip = f.ip;
                                }
                                break;
                            }
                            case PUSH_NULL:
                                stack[sp++] = null;
                                break;
                            case LOAD_CONST:
                                stack[sp++] = f.code.consts[insn >>> 8];
                                break;
                            case LOAD_FAST: {
                                PyObject v = stack[insn >>> 8];
                                if (v == null) throw unboundLocalAt(f, ip, sp, insn >>> 8);
                                stack[sp++] = v;
                                break;
                            }
                            // The most common pairs (an operand and another, `n - 1`, `a + b`), fused
                            // when the second starts no line (Superinstructions). A traced run goes
                            // instruction by instruction; an unbound second local is left to its own
                            // dispatch, which raises with its own position.
                            case LOAD_FAST__LOAD_CONST: {
                                PyObject v = stack[insn >>> 8];
                                if (v == null) throw unboundLocalAt(f, ip, sp, insn >>> 8);
                                stack[sp++] = v;
                                if (!tracing) stack[sp++] = f.code.consts[code[ip++] >>> 8];
                                break;
                            }
                            case LOAD_FAST__LOAD_FAST: {
                                PyObject v = stack[insn >>> 8];
                                if (v == null) throw unboundLocalAt(f, ip, sp, insn >>> 8);
                                stack[sp++] = v;
                                if (!tracing) {
                                    PyObject w = stack[code[ip] >>> 8];
                                    if (w != null) {
                                        stack[sp++] = w;
                                        ip++;
                                    }
                                }
                                break;
                            }
                            // A local and a constant into an operator (`n - 1`, `i % 3`): two small
                            // ints are done here in one dispatch, left as BINARY_OP leaves them while
                            // the operator runs (the local on the stack, ip past the BINARY_OP);
                            // anything else, or a traced run, goes on one instruction at a time.
                            case LOAD_FAST__LOAD_CONST__BINARY_OP: {
                                PyObject a = stack[insn >>> 8];
                                if (a == null) throw unboundLocalAt(f, ip, sp, insn >>> 8);
                                stack[sp++] = a;
                                if (tracing) break;
                                PyObject b = f.code.consts[code[ip] >>> 8];
                                if (a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                        || ((PyInt) a).big != null || ((PyInt) b).big != null) break;
                                int op = code[ip + 1] >>> 8;
                                ip += 2;
                                long p = ((PyInt) a).v, q = ((PyInt) b).v, r;
                                if (op == Ops.ADD || op == Ops.ADD + Ops.INPLACE) {
                                    r = p + q;
                                    if (((p ^ r) & (q ^ r)) >= 0) {
                                        stack[sp - 1] = PyInt.of(r);
                                        break;
                                    }
                                } else if (op == Ops.SUB || op == Ops.SUB + Ops.INPLACE) {
                                    r = p - q;
                                    if (((p ^ q) & (p ^ r)) >= 0) {
                                        stack[sp - 1] = PyInt.of(r);
                                        break;
                                    }
                                }
                                f.ip = ip;
                                f.sp = sp;
                                PyObject res = binaryOp(a, b, op);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                stack[sp - 1] = res;
                                break;
                            }
                            // A local compared with a constant and the jump on the result (`if n < 2:`):
                            // two small ints in one dispatch, without the bool; anything else, or a
                            // traced run, goes on one instruction at a time.
                            case LOAD_FAST__LOAD_CONST__COMPARE_JUMP: {
                                PyObject a = stack[insn >>> 8];
                                if (a == null) throw unboundLocalAt(f, ip, sp, insn >>> 8);
                                if (!tracing) {
                                    PyObject b = f.code.consts[code[ip] >>> 8];
                                    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                            && ((PyInt) a).big == null && ((PyInt) b).big == null) {
                                        long p = ((PyInt) a).v, q = ((PyInt) b).v;
                                        boolean r = CMP[(code[ip + 1] >>> 8) * 3 + 1 + Long.compare(p, q)];
                                        int jump = code[ip + 2];
                                        ip = r == ((jump & PyCode.OP_MASK) == POP_JUMP_IF_TRUE) ? jump >>> 8 : ip + 3;
                                        break;
                                    }
                                }
                                stack[sp++] = a;
                                break;
                            }
                            case STORE_FAST: {
                                int i = insn >>> 8;
                                PyObject old = stack[i];
                                PyObject v = stack[--sp];
                                stack[i] = v;
                                if (tracing || (old != null && lifetime.active())) {
                                    f.ip = ip;
                                    f.sp = sp;
                                    stored(f, f.code.localsplusNames[i].value(), v, old, "local");
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                    sp = f.sp;
                                    ip = f.ip;
                                }
                                break;
                            }
                            case LOAD_DEREF: {
                                PyObject v = ((PyCell) stack[insn >>> 8]).value;
                                if (v == null) throw unboundDerefAt(f, ip, sp, insn >>> 8);
                                stack[sp++] = v;
                                break;
                            }
                            // LOAD_GLOBAL__PUSH_NULL: the callable and the NULL of a call (`fib(n - 1)`,
                            // `Vec(x, y)`) in one dispatch; a traced run dispatches the PUSH_NULL alone.
                            case LOAD_GLOBAL:
                            case LOAD_GLOBAL__PUSH_NULL: {
                                PyDict g = f.globals;
                                Object c = f.code.cache[ip - 1];
                                if (c instanceof GlobalCache gc && gc.globals == g && gc.gver == g.version()
                                        && gc.bver == f.builtins.version()) {
                                    stack[sp++] = gc.value;
                                } else {
                                    f.ip = ip;
                                    f.sp = sp;
                                    PyObject v = loadGlobalSlow(f, ip - 1, insn >>> 8);
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                    sp = f.sp;
                                    ip = f.ip;
                                    stack[sp++] = v;
                                }
                                if (isOp(insn, LOAD_GLOBAL__PUSH_NULL) && !tracing) {
                                    stack[sp++] = null;
                                    ip++;
                                }
                                break;
                            }
                            case BINARY_SUBSCR: {
                                PyObject key = stack[sp - 1];
                                PyObject obj = stack[sp - 2];
                                if (obj.getClass() == PyList.class && key.getClass() == PyInt.class) {
                                    PyList l = (PyList) obj;
                                    PyInt ki = (PyInt) key;
                                    if (ki.big == null && ki.v >= 0 && ki.v < l.size()) {
                                        stack[--sp] = null;
                                        stack[sp - 1] = l.get((int) ki.v);
                                        break;
                                    }
                                }
                                f.ip = ip;
                                f.sp = sp;
                                RareOps.run(this, f, insn);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                            case STORE_SUBSCR: {
                                PyObject key = stack[sp - 1];
                                PyObject obj = stack[sp - 2];
                                if (obj.getClass() == PyList.class && key.getClass() == PyInt.class) {
                                    PyList l = (PyList) obj;
                                    PyInt ki = (PyInt) key;
                                    if (ki.big == null && ki.v >= 0 && ki.v < l.size()) {
                                        int idx = (int) ki.v;
                                        PyObject old = l.get(idx);
                                        l.set(idx, stack[sp - 3]);
                                        sp -= 3;
                                        // The replaced item may be the last reference to a never-awaited coroutine.
                                        if (lifetime.active() && lifetime.isTracked(old)) {
                                            f.ip = ip;
                                            f.sp = sp;
                                            lifetime.discarded(old);
                                            code = f.code.loopCode;
                                            stack = f.fast;
                                            sp = f.sp;
                                            ip = f.ip;
                                        }
                                        break;
                                    }
                                }
                                f.ip = ip;
                                f.sp = sp;
                                RareOps.run(this, f, insn);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                            case BINARY_OP: {
                                PyObject b = stack[--sp];
                                PyObject a = stack[sp - 1];
                                int op = insn >>> 8;
                                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                                    PyInt x = (PyInt) a, y = (PyInt) b;
                                    if (x.big == null && y.big == null) {
                                        long p = x.v, q = y.v, r;
                                        if (op == Ops.ADD || op == Ops.ADD + Ops.INPLACE) {
                                            r = p + q;
                                            if (((p ^ r) & (q ^ r)) >= 0) {
                                                stack[sp - 1] = PyInt.of(r);
                                                break;
                                            }
                                        } else if (op == Ops.SUB || op == Ops.SUB + Ops.INPLACE) {
                                            r = p - q;
                                            if (((p ^ q) & (p ^ r)) >= 0) {
                                                stack[sp - 1] = PyInt.of(r);
                                                break;
                                            }
                                        }
                                    }
                                }
                                f.ip = ip;
                                f.sp = sp;
                                PyObject res = binaryOp(a, b, op);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                stack[sp - 1] = res;
                                break;
                            }
                            case COMPARE_OP: {
                                PyObject b = stack[sp - 1];
                                PyObject a = stack[sp - 2];
                                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                        && ((PyInt) a).big == null && ((PyInt) b).big == null) {
                                    long p = ((PyInt) a).v, q = ((PyInt) b).v;
                                    boolean r = CMP[(insn >>> 8) * 3 + 1 + Long.compare(p, q)];
                                    stack[--sp] = null;
                                    stack[sp - 1] = r ? PyBool.TRUE : PyBool.FALSE;
                                    break;
                                }
                                f.ip = ip;
                                f.sp = sp;
                                RareOps.opCompareOp(this, f, insn >>> 8);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                            // A comparison and the conditional jump on its result (fused when the
                            // jump starts no line: it counts no step): for two small ints, done
                            // without the bool; otherwise, and in a traced run, the comparison
                            // alone, the jump then being dispatched on its own.
                            case COMPARE_OP__POP_JUMP_IF_FALSE:
                            case COMPARE_OP__POP_JUMP_IF_TRUE: {
                                PyObject b = stack[sp - 1];
                                PyObject a = stack[sp - 2];
                                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                        && ((PyInt) a).big == null && ((PyInt) b).big == null && !tracing) {
                                    long p = ((PyInt) a).v, q = ((PyInt) b).v;
                                    boolean r = CMP[(insn >>> 8) * 3 + 1 + Long.compare(p, q)];
                                    stack[--sp] = null;
                                    stack[--sp] = null;
                                    boolean onTrue = isOp(insn, COMPARE_OP__POP_JUMP_IF_TRUE);
                                    ip = r == onTrue ? code[ip] >>> 8 : ip + 1;
                                    break;
                                }
                                f.ip = ip;
                                f.sp = sp;
                                RareOps.opCompareOp(this, f, insn >>> 8);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                            case LIST_APPEND: {
                                PyObject v = stack[--sp];
                                PyList l = (PyList) stack[sp - (insn >>> 8)];
                                if (l.size() < l.rawItems().length) {
                                    l.append(v);
                                    break;
                                }
                                f.ip = ip;
                                f.sp = sp;
                                l.append(v);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                            case JUMP_FORWARD:
                            case JUMP_BACKWARD_NO_INTERRUPT:
                                ip = insn >>> 8;
                                break;
                            case JUMP_BACKWARD:
                                ip = insn >>> 8;
                                if (--countdown <= 0) {
                                    f.ip = ip;
                                    f.sp = sp;
                                    loopStepSlow(f);
                                    if (--bounceLeft <= 0 && !tracing) {
                                        // Back to execute, which enters again at the jump's
                                        // target (a loop with no line of its own bounces here).
                                        bounceLeft = bounceWindows;
                                        bounced = f;
                                        return BOUNCE;
                                    }
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                    sp = f.sp;
                                    ip = f.ip;
                                }
                                if (tracing) {
                                    f.trace().jumpedBack = true;
                                } else if (!fastOff && f.code.fastEntry[ip]) {
                                    // A loop: its instructions that need no call run in fastRun.
                                    long r = fastRun(f, code, stack, f.code.consts, ip, sp);
                                    ip = (int) (r >>> 32);
                                    sp = (int) r;
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                }
                                break;
                            case POP_JUMP_IF_FALSE: {
                                PyObject v = stack[--sp];
                                if (v == PyBool.FALSE) {
                                    ip = insn >>> 8;
                                } else if (v != PyBool.TRUE) {
                                    f.ip = ip;
                                    f.sp = sp;
                                    if (!truth(v)) ip = insn >>> 8;
                                    // `if coro():` drops the never-awaited coroutine at the test.
                                    if (v instanceof PyCoroutine && lifetime.active()) lifetime.discarded(v);
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                    sp = f.sp;
                                }
                                break;
                            }
                            case POP_JUMP_IF_TRUE: {
                                PyObject v = stack[--sp];
                                if (v == PyBool.TRUE) {
                                    ip = insn >>> 8;
                                } else if (v != PyBool.FALSE) {
                                    f.ip = ip;
                                    f.sp = sp;
                                    if (truth(v)) ip = insn >>> 8;
                                    // `if coro():` drops the never-awaited coroutine at the test.
                                    if (v instanceof PyCoroutine && lifetime.active()) lifetime.discarded(v);
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                    sp = f.sp;
                                }
                                break;
                            }
                            // FOR_ITER__STORE_FAST: the next item of a range or list iterator also
                            // stored in the loop variable (`for x in ...:`, the store starting no line)
                            // in the same dispatch; any other iterator, a traced run, or a store the
                            // lifetime collector must see leaves the STORE_FAST to its own dispatch.
                            case FOR_ITER:
                            case FOR_ITER__STORE_FAST: {
                                PyObject it = stack[sp - 1];
                                Class<?> ic = it.getClass();
                                PyObject v;
                                if (ic == PyIterators.RangeIterator.class) {
                                    v = ((PyIterators.RangeIterator) it).next();
                                } else if (ic == PyIterators.ListIterator.class) {
                                    v = ((PyIterators.ListIterator) it).next();
                                } else if (ic == PyIterators.StrIterator.class) {
                                    v = ((PyIterators.StrIterator) it).next();
                                } else {
                                    f.ip = ip;
                                    f.sp = sp;
                                    f = RareOps.run(this, f, (insn & ~PyCode.OP_MASK) | FOR_ITER);
                                    code = f.code.loopCode;
                                    stack = f.fast;
                                    sp = f.sp;
                                    ip = f.ip;
                                    break;
                                }
                                if (v == null) {
                                    stack[--sp] = null;
                                    if (lifetime.active()) {
                                        RareOps.loopEnded(this, f, it, ip, sp);
                                        code = f.code.loopCode;
                                        stack = f.fast;
                                        sp = f.sp;
                                        ip = f.ip;
                                    }
                                    ip = insn >>> 8;
                                } else if (isOp(insn, FOR_ITER__STORE_FAST) && !tracing
                                        && (stack[code[ip] >>> 8] == null || !lifetime.active())) {
                                    stack[code[ip++] >>> 8] = v;
                                } else {
                                    stack[sp++] = v;
                                }
                                break;
                            }
                            case KW_NAMES:
                                callKw = f.code.kwnames[insn >>> 8];
                                break;
                            case CALL: {
                                String[] kw = callKw;
                                callKw = null;
                                f.ip = ip;
                                f.sp = sp;
                                // A direct call, not through the handler table (call() is too big
                                // for the JIT to inline here, so it still compiles on its own).
                                // Reloaded unconditionally: a branch on "did the frame change" that
                                // the profile never saw taken would cost a recompile of this loop.
                                f = call(f, insn >>> 8, kw);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                            // `await f()`: called directly, not through the handler table's
                            // megamorphic dispatch, and without a branch of its own here (one the
                            // profile saw only one side of would cost a recompile of this loop when
                            // a program first awaits a future). SEND stays in the table: inlined
                            // here, its type tests recompiled the loop at a program's first future.
                            case GET_AWAITABLE:
                                f.ip = ip;
                                f.sp = sp;
                                RareOps.opGetAwaitable(this, f, insn >>> 8);
                                code = f.code.loopCode;
                                stack = f.fast;
                                break;
                            // Attribute reads and writes (`self.x`, `obj.method(...)`): called
                            // directly rather than through the handler table's megamorphic dispatch,
                            // the frame is the same afterwards. RareOps.attrOp is never inlined here
                            // (cli.Relaunch): its branches stay out of this loop's profile.
                            case LOAD_ATTR:
                            case LOAD_METHOD:
                            case STORE_ATTR:
                                f.ip = ip;
                                f.sp = sp;
                                RareOps.attrOp(this, f, insn);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            // A rare instruction that leaves the frame and its position as they
                            // are (LoopForm.KEEPS_FRAME: names in module code, f-string parts,
                            // unpacking...): called directly, not through the handler table's
                            // megamorphic dispatch, and only the stack pointer reloaded. As for
                            // RARE, the instruction itself is the code object's. keepFrameOp is never
                            // inlined here (cli.Relaunch): its switch stays out of this loop's profile.
                            case RARE_KEEP:
                                f.ip = ip;
                                f.sp = sp;
                                RareOps.keepFrameOp(this, f, f.code.code[ip - 1]);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            // `return n`, `return a + b`: the operand and the return in one dispatch
                            // (falls through into RETURN_VALUE with that instruction fetched). A
                            // traced run, an unbound local, or an operator on anything but two
                            // small ints (done as BINARY_OP by RareOps) goes one instruction at a time.
                            case LOAD_FAST__RETURN_VALUE:
                            case BINARY_OP__RETURN_VALUE: {
                                if (isOp(insn, LOAD_FAST__RETURN_VALUE)) {
                                    PyObject v = stack[insn >>> 8];
                                    if (v == null) throw unboundLocalAt(f, ip, sp, insn >>> 8);
                                    stack[sp++] = v;
                                    if (tracing) break;
                                } else {
                                    PyObject b = stack[sp - 1];
                                    PyObject a = stack[sp - 2];
                                    int op = insn >>> 8;
                                    long r = 0;
                                    boolean done = false;
                                    if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !tracing
                                            && ((PyInt) a).big == null && ((PyInt) b).big == null) {
                                        long p = ((PyInt) a).v, q = ((PyInt) b).v;
                                        if (op == Ops.ADD || op == Ops.ADD + Ops.INPLACE) {
                                            r = p + q;
                                            done = ((p ^ r) & (q ^ r)) >= 0;
                                        } else if (op == Ops.SUB || op == Ops.SUB + Ops.INPLACE) {
                                            r = p - q;
                                            done = ((p ^ q) & (p ^ r)) >= 0;
                                        }
                                    }
                                    if (!done) {
                                        f.ip = ip;
                                        f.sp = sp;
                                        RareOps.run(this, f, f.code.code[ip - 1]);
                                        code = f.code.loopCode;
                                        stack = f.fast;
                                        sp = f.sp;
                                        ip = f.ip;
                                        break;
                                    }
                                    stack[--sp] = null;
                                    stack[sp - 1] = PyInt.of(r);
                                }
                                insn = code[ip++];
                            }
                            // fall through
                            case RETURN_VALUE:
                            case YIELD_VALUE: {
                                PyObject v = stack[--sp];
                                f.sp = sp;
                                f.ip = ip;
                                if (f == base) {
                                    if (isOp(insn, RETURN_VALUE)) return returnFromBase(f, v);
                                    suspend(f, v);
                                    return v;
                                }
                                // A direct call: the handler table's megamorphic dispatch cost
                                // every Python return a few nanoseconds.
                                f = leaveTo(f, insn, v);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                            default: {
                                f.ip = ip;
                                f.sp = sp;
                                // RARE: the instruction itself is the code object's (LoopForm).
                                // Reloaded unconditionally: a branch on "did the frame change" that
                                // the profile never saw taken would cost a recompile of this loop.
                                f = RareOps.run(this, f, f.code.code[ip - 1]);
                                code = f.code.loopCode;
                                stack = f.fast;
                                sp = f.sp;
                                ip = f.ip;
                                break;
                            }
                        }
                    }
                } catch (Throwable t) {
                    // One handler for every Java exception, deciding out of line: each call site in
                    // the loop then has a single exception edge with no type tests, which keeps the
                    // graph the JIT compiles (again at each recompilation) smaller.
                    if (fastFault) {
                        // Thrown inside fastRun: the frame has the position, the locals do not.
                        fastFault = false;
                        ip = f.ip;
                        sp = f.sp;
                    }
                    f = onThrow(t, f, ip, sp, base);
                }
                frame = f;
                code = f.code.loopCode;
                stack = f.fast;
                sp = f.sp;
                ip = f.ip;
                callKw = null;
            }
        }
    }

    /**
     * Windows of steps between two bounces of the loop ({@link #loop}): every window, so that a
     * run moves to a new compilation of the loop soon; in the warm-up's short windows rarer, but
     * there, so that the loop's profile has seen both sides of its bounce tests.
     */
    private int bounceWindows = 1;
    private int bounceLeft = 1;

    /**
     * Steps of a run after which {@link #promptCompile} asks for the loop's compilation: early
     * enough that the loop has not yet made the 65,536 turns after which its profiled code first
     * asks for an on-stack-replacement compilation (Relaunch: Tier3BackedgeNotifyFreqLog=16; a
     * line is about 3-5 turns), and above the 11,136 steps of bench/startup_programs/imports.py,
     * so that importing the usual modules still compiles no loop. At 65,536 steps, 6 of the 12
     * bench programs had the loop compiled for on-stack replacement first (about a second of the
     * compiler thread under load), the normal compilation waiting behind it.
     */
    static final long PROMPT_STEPS = 12288;
    /** Whether this JVM has done {@link #promptCompile}. */
    private static boolean prompted;

    /**
     * Enters {@link #loop} a few thousand times without running anything, once per JVM, when a run
     * has taken {@link #PROMPT_STEPS} steps (well after the warm-up): HotSpot compiles a method
     * for its normal entry once it has been entered often enough (with enough loop turns, which a
     * run that long has), and a program's module code enters the loop only once. Without this the
     * JIT would first compile an on-stack-replacement version for that one long run, then the
     * normal one as well (each about half a second of the compiler thread); now the normal one
     * comes first, and bouncing moves the run to it. A program that ends sooner compiles neither,
     * as before. About 0.1 ms.
     */
    private void promptCompile() {
        prompted = true;
        for (int i = 0; i < 4000; i++) loop(null, null);
    }

    /**
     * Whether {@code insn}'s opcode is {@code op}, for a case that two opcodes share: tested on the
     * instruction (an exclusive or with the case's own constant) rather than on the switch's key,
     * so that C2 does not keep the key live (and spilled before the jump) for those few cases.
     */
    private static boolean isOp(int insn, int op) {
        return ((insn ^ op) & PyCode.OP_MASK) == 0;
    }

    // ---- the fast loop ---------------------------------------------------------------------------

    /** Set by {@link #fastRun} when a Java exception leaves it: the frame holds the position then. */
    private boolean fastFault;

    /**
     * Runs the instructions of frame {@code f} from {@code ip} (not yet fetched) while each is one
     * that needs no call out of line: locals, constants, closure variables, small-int arithmetic
     * and comparisons, jumps (on a bool or an int), range and list iteration, list items, cached
     * globals. Stops before the first
     * instruction it does not finish (any other opcode, other operand types, an unbound local,
     * the end of a window of steps), leaving it and the stack exactly as they were, so that
     * execute's own switch runs it next; never used while tracing (execute's cases report each
     * instruction). execute calls it at the target of a backward jump ({@link PyCode#fastEntry});
     * a place where it stops before {@link LoopForm#FAST_RUN_MIN} instructions is not tried again.
     * Returns the new ip in the high half and the new sp in the low half.
     *
     * <p>A method of its own with no calls and a small switch: in execute every value live across
     * its many calls sits in a stack slot (C2 has no callee-saved registers), and the dispatch
     * computes and spills values only some cases use; here far fewer. loops_int's CPU -11 %
     * (5 paired runs), the other bench programs within noise.
     */
    private long fastRun(Frame f, int[] code, PyObject[] stack, PyObject[] consts, int ip, int sp) {
        final int start = ip;
        int insn = 0;
        try {
            stopped:
            {
            windowEnd:
            {
            loop:
            for (;;) {
                insn = code[ip];
                if ((insn & PyCode.LINE_START) != 0) {
                    if (countdown <= 1) break stopped; // its step not counted
                    countdown--;
                }
                switch (insn & PyCode.OP_MASK) {
                    // A local; when a conditional jump on it follows that starts no line
                    // (`while n:`), a small int or a bool is tested in the same dispatch.
                    case LOAD_FAST: {
                        PyObject v = stack[insn >>> 8];
                        if (v == null) break loop;
                        ip++;
                        int next = code[ip] & (PyCode.OP_MASK | PyCode.LINE_START);
                        if ((next == POP_JUMP_IF_FALSE || next == POP_JUMP_IF_TRUE)
                                && (v.getClass() == PyInt.class || v.getClass() == PyBool.class)) {
                            boolean t = ((PyInt) v).v != 0 || ((PyInt) v).big != null;
                            ip = t == (next == POP_JUMP_IF_TRUE) ? code[ip] >>> 8 : ip + 1;
                            continue;
                        }
                        stack[sp++] = v;
                        continue;
                    }
                    case LOAD_FAST__LOAD_CONST: {
                        PyObject v = stack[insn >>> 8];
                        if (v == null) break loop;
                        stack[sp++] = v;
                        stack[sp++] = consts[code[ip + 1] >>> 8];
                        ip += 2;
                        continue;
                    }
                    case LOAD_FAST__LOAD_FAST: {
                        PyObject v = stack[insn >>> 8];
                        if (v == null) break loop;
                        stack[sp++] = v;
                        ip++;
                        // An unbound second local is left to its own dispatch (its own position).
                        PyObject w = stack[code[ip] >>> 8];
                        if (w != null) {
                            stack[sp++] = w;
                            ip++;
                        }
                        continue;
                    }
                    // A local pushed, then on to the constant's case and the operator's (which
                    // may stop there, the two loads done: they start no line of their own).
                    case LOAD_FAST__LOAD_CONST__BINARY_OP: {
                        PyObject a = stack[insn >>> 8];
                        if (a == null) break loop;
                        stack[sp++] = a;
                        ip++;
                        insn = code[ip];
                    }
                    // fall through
                    // A constant; when an operator follows that starts no line (`x << 13`,
                    // `3 * n + 1`), on to its case in the same dispatch.
                    case LOAD_CONST: {
                        stack[sp++] = consts[insn >>> 8];
                        ip++;
                        int next = code[ip];
                        if ((next & (PyCode.OP_MASK | PyCode.LINE_START)) != BINARY_OP) {
                            // A comparison with the constant and the jump on it (`if n % 2 == 0:`):
                            // two small ints in the same dispatch too.
                            int nop = next & (PyCode.OP_MASK | PyCode.LINE_START);
                            if (nop != COMPARE_OP__POP_JUMP_IF_FALSE && nop != COMPARE_OP__POP_JUMP_IF_TRUE) continue;
                            PyObject b = stack[sp - 1];
                            PyObject a = stack[sp - 2];
                            if (a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                    || ((PyInt) a).big != null || ((PyInt) b).big != null) continue;
                            boolean r = CMP[(next >>> 8) * 3 + 1 + Long.compare(((PyInt) a).v, ((PyInt) b).v)];
                            sp -= 2;
                            ip = r == (nop == COMPARE_OP__POP_JUMP_IF_TRUE) ? code[ip + 1] >>> 8 : ip + 2;
                            continue;
                        }
                        insn = next;
                    }
                    // fall through
                    case BINARY_OP: {
                        PyObject b = stack[sp - 1];
                        PyObject a = stack[sp - 2];
                        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class) break loop;
                        PyObject r = smallIntOp((PyInt) a, (PyInt) b, insn >>> 8);
                        if (r == null) break loop;
                        ip++;
                        // The result stored in a local right after (`n //= 2`, `x = a + b`), in the
                        // same dispatch (the store starts no line), as STORE_FAST's own case does.
                        int next = code[ip];
                        if ((next & (PyCode.OP_MASK | PyCode.LINE_START)) == STORE_FAST
                                && (stack[next >>> 8] == null || !lifetime.active())) {
                            stack[next >>> 8] = r;
                            sp -= 2;
                            ip++;
                            continue;
                        }
                        stack[--sp - 1] = r;
                        continue;
                    }
                    case LOAD_FAST__LOAD_CONST__COMPARE_JUMP: {
                        PyObject a = stack[insn >>> 8];
                        PyObject b = consts[code[ip + 1] >>> 8];
                        if (a == null || a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                || ((PyInt) a).big != null || ((PyInt) b).big != null) break loop;
                        boolean r = CMP[(code[ip + 2] >>> 8) * 3 + 1 + Long.compare(((PyInt) a).v, ((PyInt) b).v)];
                        int jump = code[ip + 3];
                        ip = r == ((jump & PyCode.OP_MASK) == POP_JUMP_IF_TRUE) ? jump >>> 8 : ip + 4;
                        continue;
                    }
                    case LOAD_DEREF: {
                        PyObject v = ((PyCell) stack[insn >>> 8]).value;
                        if (v == null) break loop;
                        stack[sp++] = v;
                        ip++;
                        continue;
                    }
                    case STORE_FAST: {
                        int i = insn >>> 8;
                        if (stack[i] != null && lifetime.active()) break loop;
                        stack[i] = stack[--sp];
                        ip++;
                        continue;
                    }
                    // Two cases, not one with a test of the opcode: a branch the JIT's profile
                    // saw one way only is compiled as a trap.
                    case LOAD_GLOBAL: {
                        PyObject v = cachedGlobal(f, ip);
                        if (v == null) break loop;
                        stack[sp++] = v;
                        ip++;
                        continue;
                    }
                    case LOAD_GLOBAL__PUSH_NULL: {
                        PyObject v = cachedGlobal(f, ip);
                        if (v == null) break loop;
                        stack[sp++] = v;
                        stack[sp++] = null;
                        ip += 2;
                        continue;
                    }
                    case BINARY_SUBSCR: {
                        PyObject key = stack[sp - 1];
                        PyObject obj = stack[sp - 2];
                        if (obj.getClass() != PyList.class || key.getClass() != PyInt.class) break loop;
                        PyList l = (PyList) obj;
                        PyInt ki = (PyInt) key;
                        if (ki.big != null || ki.v < 0 || ki.v >= l.size()) break loop;
                        stack[--sp] = null;
                        stack[sp - 1] = l.get((int) ki.v);
                        ip++;
                        continue;
                    }
                    case STORE_SUBSCR: {
                        PyObject key = stack[sp - 1];
                        PyObject obj = stack[sp - 2];
                        // The replaced item may be the last reference to a never-awaited coroutine.
                        if (obj.getClass() != PyList.class || key.getClass() != PyInt.class || lifetime.active()) break loop;
                        PyList l = (PyList) obj;
                        PyInt ki = (PyInt) key;
                        if (ki.big != null || ki.v < 0 || ki.v >= l.size()) break loop;
                        l.set((int) ki.v, stack[sp - 3]);
                        sp -= 3;
                        ip++;
                        continue;
                    }
                    case COMPARE_OP__POP_JUMP_IF_FALSE:
                    case COMPARE_OP__POP_JUMP_IF_TRUE: {
                        PyObject b = stack[sp - 1];
                        PyObject a = stack[sp - 2];
                        if (a.getClass() != PyInt.class || b.getClass() != PyInt.class
                                || ((PyInt) a).big != null || ((PyInt) b).big != null) break loop;
                        boolean r = CMP[(insn >>> 8) * 3 + 1 + Long.compare(((PyInt) a).v, ((PyInt) b).v)];
                        stack[--sp] = null;
                        stack[--sp] = null;
                        boolean onTrue = (insn & PyCode.OP_MASK) == COMPARE_OP__POP_JUMP_IF_TRUE;
                        ip = r == onTrue ? code[ip + 1] >>> 8 : ip + 2;
                        continue;
                    }
                    case LIST_APPEND: {
                        PyList l = (PyList) stack[sp - 1 - (insn >>> 8)];
                        // A full list grows (and counts its memory) in execute's own case.
                        if (l.size() == l.rawItems().length) break loop;
                        l.append(stack[--sp]);
                        ip++;
                        continue;
                    }
                    case JUMP_FORWARD:
                    case JUMP_BACKWARD_NO_INTERRUPT:
                        ip = insn >>> 8;
                        continue;
                    case JUMP_BACKWARD:
                        // Its step as execute counts it; the window's end is execute's to handle.
                        if (countdown <= 1) break windowEnd;
                        countdown--;
                        ip = insn >>> 8;
                        continue;
                    // A bool, or an int (`while n:`): an int is true unless it is a small zero.
                    case POP_JUMP_IF_FALSE: {
                        PyObject v = stack[sp - 1];
                        if (v == PyBool.FALSE) {
                            ip = insn >>> 8;
                        } else if (v == PyBool.TRUE) {
                            ip++;
                        } else if (v.getClass() == PyInt.class) {
                            ip = ((PyInt) v).v == 0 && ((PyInt) v).big == null ? insn >>> 8 : ip + 1;
                        } else {
                            break loop;
                        }
                        sp--;
                        continue;
                    }
                    case POP_JUMP_IF_TRUE: {
                        PyObject v = stack[sp - 1];
                        if (v == PyBool.TRUE) {
                            ip = insn >>> 8;
                        } else if (v == PyBool.FALSE) {
                            ip++;
                        } else if (v.getClass() == PyInt.class) {
                            ip = ((PyInt) v).v == 0 && ((PyInt) v).big == null ? ip + 1 : insn >>> 8;
                        } else {
                            break loop;
                        }
                        sp--;
                        continue;
                    }
                    case FOR_ITER:
                    case FOR_ITER__STORE_FAST: {
                        PyObject it = stack[sp - 1];
                        Class<?> ic = it.getClass();
                        boolean store = (insn & PyCode.OP_MASK) == FOR_ITER__STORE_FAST
                                && (stack[code[ip + 1] >>> 8] == null || !lifetime.active());
                        PyObject v;
                        if (ic == PyIterators.RangeIterator.class) {
                            v = ((PyIterators.RangeIterator) it).next();
                        } else if (ic == PyIterators.ListIterator.class) {
                            v = ((PyIterators.ListIterator) it).next();
                        } else {
                            break loop;
                        }
                        if (v == null) {
                            stack[--sp] = null;
                            ip = insn >>> 8;
                        } else if (store) {
                            stack[code[ip + 1] >>> 8] = v;
                            ip += 2;
                        } else {
                            stack[sp++] = v;
                            ip++;
                        }
                        continue;
                    }
                    default:
                        break loop;
                }
            }
            // Stopped by an instruction it does not run: if that came before FAST_RUN_MIN, the
            // loop stops calling fastRun here (the call would cost more than it saves).
            if (ip >= start && ip - start < LoopForm.FAST_RUN_MIN) f.code.fastEntry[start] = false;
            }
            // Stopped before the instruction at ip: its step, counted if it starts a line (a fused
            // run moves ip only to instructions that start none), is given back.
            if ((code[ip] & PyCode.LINE_START) != 0) countdown++;
            }
        } catch (Throwable t) {
            // Only an allocation can fail here: the failing instruction is the one at ip.
            f.ip = ip + 1;
            f.sp = sp;
            fastFault = true;
            throw t;
        }
        return ((long) ip << 32) | (sp & 0xFFFFFFFFL);
    }

    /** The global LOAD_GLOBAL at {@code ip} of {@code f} loads when its cache is valid; null otherwise. */
    private static PyObject cachedGlobal(Frame f, int ip) {
        PyDict g = f.globals;
        if (f.code.cache[ip] instanceof GlobalCache gc && gc.globals == g && gc.gver == g.version()
                && gc.bver == f.builtins.version()) {
            return gc.value;
        }
        return null;
    }

    /** {@code a op b} for two ints that fit a long when the result does too (BINARY_OP's numbering); null otherwise. */
    private static PyObject smallIntOp(PyInt a, PyInt b, int op) {
        if (a.big != null || b.big != null) return null;
        long p = a.v, q = b.v, r;
        switch (op >= Ops.INPLACE ? op - Ops.INPLACE : op) {
            case Ops.ADD:
                r = p + q;
                if (((p ^ r) & (q ^ r)) < 0) return null;
                break;
            case Ops.SUB:
                r = p - q;
                if (((p ^ q) & (p ^ r)) < 0) return null;
                break;
            case Ops.MUL: {
                r = p * q;
                long hi = Math.multiplyHigh(p, q);
                if (!((hi == 0 && r >= 0) || (hi == -1 && r < 0))) return null;
                break;
            }
            case Ops.FLOORDIV:
                if (q == 0 || (p == Long.MIN_VALUE && q == -1)) return null;
                r = Math.floorDiv(p, q);
                break;
            case Ops.MOD:
                if (q == 0 || q == -1) return null;
                r = Math.floorMod(p, q);
                break;
            case Ops.AND:
                r = p & q;
                break;
            case Ops.OR:
                r = p | q;
                break;
            case Ops.XOR:
                r = p ^ q;
                break;
            case Ops.LSHIFT:
                if (q < 0 || q >= 63 || ((p << q) >> q) != p) return null;
                r = p << q;
                break;
            case Ops.RSHIFT:
                if (q < 0) return null;
                r = q >= 64 ? (p < 0 ? -1 : 0) : p >> q;
                break;
            default:
                return null;
        }
        return PyInt.of(r);
    }

    /**
     * What the loop does with a Java exception {@code t} thrown while frame {@code f} ran at
     * {@code ip}/{@code sp} (not yet saved in the frame): returns the frame to continue with, or
     * throws. The tests are in the order of catch clauses they replace; an exception none of them
     * handles leaves unchanged.
     */
    private Frame onThrow(Throwable t, Frame f, int ip, int sp, Frame base) {
        if (t instanceof PyError e) {
            f.ip = ip;
            f.sp = sp;
            return unwind(e, f, base);
        }
        if (t instanceof ReturnError re) return unwind(re.error, re.caller, base);
        if (t instanceof StackOverflowError) {
            f.ip = ip;
            f.sp = sp;
            return unwind(Exc.error(Exc.RecursionError, "maximum recursion depth exceeded"), f, base);
        }
        if (t instanceof RunStopped stop) {
            if (stop.line != 0 || stop.reason == RunStopped.Reason.KILLED) throw stop;
            // Stopped inside an instruction (a builtin's loop, one long big-int operation): name
            // the line that was running, as a stop between lines does.
            f.ip = ip;
            f.sp = sp;
            frame = f;
            throw new RunStopped(stop.reason, stop.steps, currentUserLine(), stop.detail);
        }
        if (t instanceof dev.coroscope.engine.runtime.text.PythonError pe) {
            // A number or text algorithm reporting a Python error no adapter converted.
            f.ip = ip;
            f.sp = sp;
            return unwind(Exc.from(pe), f, base);
        }
        if (t instanceof OutOfMemoryError) {
            // An allocation the memory accounting did not foresee: as in CPython, the program
            // gets a MemoryError it may catch (the failed allocation freed nothing).
            f.ip = ip;
            f.sp = sp;
            return unwind(Exc.error(Exc.MemoryError, ""), f, base);
        }
        if (t instanceof RuntimeException || t instanceof AssertionError || t instanceof LinkageError) {
            f.ip = ip;
            f.sp = sp;
            frame = f;
            throw internalFault(t);
        }
        throw Interp.<RuntimeException>rethrow(t);
    }

    /** Throws {@code t} as it is (any other Error, or a checked exception thrown undeclared). */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable t) throws T {
        throw (T) t;
    }

    /**
     * A Java exception inside the engine: the run stops (the program cannot catch it) with a
     * message that says the fault is Coroscope's and names the line that was running. The
     * exception itself is kept in {@link Runtime#fault} for developers and tests, never shown.
     */
    public RunStopped internalFault(Throwable e) {
        if (rt.fault == null) rt.fault = e;
        return new RunStopped(RunStopped.Reason.INTERNAL_ERROR, steps(), currentUserLine());
    }

    /** The line running in the innermost frame of the program's own code (not library code); 0 if none. */
    public int currentUserLine() {
        for (Frame fr = frame; fr != null; fr = fr.back) {
            if (!fr.code.library) return fr.lineno();
        }
        return 0;
    }

    /**
     * Handles an exception in frame {@code f}: adds a traceback entry, finds a handler in this frame
     * or the frames it returns to, and returns the frame to continue with (its ip/sp set). Throws
     * when the exception leaves {@code base}.
     */
    private Frame unwind(PyError e, Frame f, Frame base) {
        PyBaseException exc = e.exc;
        boolean first = true;
        for (;;) {
            if (first && e.fresh) {
                setContext(exc);
                e.fresh = false;
            }
            if (!(first && e.reraise) && !f.code.library) {
                exc.traceback = new PyTraceback(f, f.lasti(), f.lineno(), exc.traceback);
            } else if (f.code.library && !(first && e.reraise)) {
                exc.inLibrary = true;
            }
            if (f.code.library && rt.lifetime.active()) {
                if (exc.hiddenFrames == null) exc.hiddenFrames = new java.util.ArrayList<>(2);
                if (!exc.hiddenFrames.contains(f)) exc.hiddenFrames.add(f);
            }
            // A re-raise (the end of a finally or except block, a bare 'raise') is no new event for
            // settrace, as in CPython; propagating into a caller is.
            boolean reraised = first && e.reraise;
            if (reraised) e.reraise = false;
            if (tracing && !f.code.library && !reraised) tracer.exception(f, exc);
            first = false;
            // ip 0: thrown into a frame that never started (gen.throw() before the first send);
            // as in CPython no try block of the body is entered yet, so nothing can catch it.
            int h = f.ip == 0 ? -1 : f.code.findHandler(f.lasti());
            if (h >= 0) {
                exc.caughtTraceback = exc.traceback;
                int depthTo = f.stackBase() + f.code.excDepth[h];
                // The values the unwinding drops may hold the last reference to a never-awaited
                // coroutine (len(coro()) raising): CPython reports it here, at the failing line.
                PyObject[] dropped = lifetime.active() && f.sp > depthTo
                        ? java.util.Arrays.copyOfRange(f.fast, depthTo, f.sp) : null;
                for (int i = depthTo; i < f.sp; i++) f.fast[i] = null;
                f.sp = depthTo;
                f.fast[f.sp++] = exc;
                if (dropped != null) {
                    frame = f;
                    for (PyObject v : dropped) if (v != null) lifetime.discarded(v);
                }
                f.ip = f.code.excTarget[h];
                return f;
            }
            if (f.sp > f.stackBase()) {
                // No handler: the frame's whole value stack is dropped here (the traceback keeps
                // the frame's locals, not its stack), so a never-awaited coroutine held only
                // there is reported at this frame's failing line, as CPython does.
                PyObject[] dropped = lifetime.active() ? java.util.Arrays.copyOfRange(f.fast, f.stackBase(), f.sp) : null;
                java.util.Arrays.fill(f.fast, f.stackBase(), f.sp, null);
                f.sp = f.stackBase();
                if (dropped != null) {
                    frame = f;
                    lifetime.droppedWhileRaising(dropped, exc);
                }
            }
            Frame back = f.back;
            PyBaseException out = exitWithException(f, exc);
            if (out != exc) {
                e = new PyError(out);
                exc = out;
            }
            if (f == base) {
                e.fresh = false;
                throw e;
            }
            f = back;
            frame = f;
            if (!f.code.library) {
                // The exception now occurs at the caller's call (or resume) instruction.
            }
        }
    }

    /** Sets {@code __context__} from the exception being handled, avoiding cycles. */
    void setContext(PyBaseException exc) {
        PyObject handled = handledException();
        if (handled == null || handled == exc || !(handled instanceof PyBaseException h)) return;
        // Break a cycle in the context chain (CPython does the same).
        PyBaseException o = h;
        while (o != null) {
            PyBaseException ctx = o.context;
            if (ctx == exc) {
                o.context = null;
                break;
            }
            o = ctx;
        }
        exc.context = h;
    }

    /**
     * Runs {@code body} as the body of an {@code except} clause handling {@code exc}: Python code it
     * calls sees {@code exc} as the exception being handled, and what it raises gets
     * {@code exc} as {@code __context__} (Java library code calling Python from its error path,
     * as asyncio's handles call the loop's exception handler).
     */
    public void whileHandling(PyBaseException exc, Runnable body) {
        ExcInfo ei = new ExcInfo();
        ei.value = exc;
        ei.previous = excInfo;
        excInfo = ei;
        try {
            body.run();
        } finally {
            excInfo = ei.previous;
        }
    }

    /** The exception currently being handled ({@code sys.exc_info()[1]}), or null. */
    public PyObject handledException() {
        for (ExcInfo ei = excInfo; ei != null; ei = ei.previous) {
            if (ei.value != null && ei.value != PyNone.INSTANCE) return ei.value;
        }
        return null;
    }

    // ---- frame transitions -------------------------------------------------------------------------

    private void onEnter(Frame f) {
        PyGenBase g = f.gen;
        if (g != null) {
            g.running = true;
            g.excState.previous = excInfo;
            excInfo = g.excState;
            boolean first = !f.started;
            f.started = true;
            if (tracing && !f.code.library) {
                if (first) tracer.call(f);
                tracer.genState(g, PyGenBase.State.RUNNING);
            } else if (tracing && g.shownAsTask) {
                tracer.genState(g, PyGenBase.State.RUNNING);
            }
        } else if (tracing && !f.code.library) {
            tracer.call(f);
        }
    }

    /** Switches from {@code f} into generator {@code g} (FOR_ITER/SEND), sending {@code v}. */
    Frame switchInto(Frame f, PyGenBase g, PyObject v) {
        Frame gf = g.frame;
        if (!gf.started) {
            if (v != PyNone.INSTANCE) {
                throw Exc.typeError("can't send non-None value to a just-started " + g.kindName());
            }
        } else {
            gf.fast[gf.sp++] = v;
        }
        if (g instanceof PyCoroutine co) {
            co.warnable = false;
            rt.lifetime.untrack(co);
        }
        rt.lifetime.untrackSuspended(g);
        enterFrame(gf);
        gf.back = f;
        frame = gf;
        onEnter(gf);
        return gf;
    }

    /** A generator frame yields: it stays alive, suspended. */
    void suspend(Frame f, PyObject v) {
        depth--;
        PyGenBase g = f.gen;
        g.running = false;
        excInfo = g.excState.previous;
        g.excState.previous = null;
        f.back = null;
        if (tracing && !f.code.library) {
            tracer.yielded(f, v);
            tracer.genState(g, PyGenBase.State.SUSPENDED);
        } else if (tracing && g.shownAsTask) {
            tracer.genState(g, PyGenBase.State.SUSPENDED);
        }
        // An async generator with a finalizer hook is watched by that hook instead.
        if (!(g instanceof PyAsyncGenerator ag && ag.finalizer != null) && f.code.findHandler(f.ip - 1) >= 0) {
            rt.lifetime.trackSuspended(g);
        }
    }

    /** A frame returns normally. */
    private void leaveFrame(Frame f, PyObject v, boolean exceptional) {
        depth -= f.initSelf != null ? 2 : 1;
        if (tracing && !f.code.library) tracer.returned(f, v);
        PyGenBase g = f.gen;
        if (g != null) {
            g.running = false;
            g.finished = true;
            excInfo = g.excState.previous;
            g.excState.previous = null;
            genFinished(g);
        }
        Frame back = f.back;
        f.back = null;
        if (lifetime.active()) {
            frame = back;
            // A class call's __init__ returns None, but the new instance is what its caller gets.
            rt.lifetime.frameExit(f, f.initSelf != null && !exceptional ? f.initSelf : v);
        }
    }

    /** A frame ends because an exception leaves it; returns the exception to propagate. */
    private PyBaseException exitWithException(Frame f, PyBaseException exc) {
        depth -= f.initSelf != null ? 2 : 1;
        if (tracing && !f.code.library) tracer.unwound(f, exc);
        PyGenBase g = f.gen;
        if (g != null) {
            g.running = false;
            g.finished = true;
            excInfo = g.excState.previous;
            g.excState.previous = null;
            if (exc.isInstance(Exc.StopIteration)) {
                exc = wrapStop(exc, g.kindName() + " raised StopIteration");
            } else if (g instanceof PyAsyncGenerator && exc.isInstance(Exc.StopAsyncIteration)) {
                exc = wrapStop(exc, "async generator raised StopAsyncIteration");
            }
            genFinished(g);
        }
        f.back = null;
        return exc;
    }

    private PyBaseException wrapStop(PyBaseException stop, String msg) {
        PyBaseException r = Exc.make(Exc.RuntimeError, msg);
        r.cause = stop;
        r.context = stop;
        r.suppressContext = true;
        return r;
    }

    /**
     * CALL: calls the callable below {@code n} arguments on {@code f}'s stack. A Python function is
     * entered in this loop: the new frame is returned (ip 0). Anything else runs now and its
     * result replaces callable and arguments on the stack; {@code f} is returned.
     */
    Frame call(Frame f, int n, String[] kw) {
        PyObject[] stack = f.fast;
        int base = f.sp - n - 2;
        PyObject callable = stack[base];
        if (callable.getClass() == PyFunction.class && kw == null && !tracing) {
            // The commonest call, untraced: a plain Python function (no generator) given exactly
            // its positional parameters (`fib(n - 1)`, `self.area()` after LOAD_METHOD). Only
            // this, with as few values live as can be, so that the JIT keeps them in registers;
            // everything else is callShapes' (what it would do here is the same).
            PyFunction fn = (PyFunction) callable;
            PyCode c = fn.code;
            int self = stack[base + 1] != null ? 1 : 0;
            int total = n + self;
            if (c.plainArgcount == total) {
                if ((c.flags & RESUMABLE) != 0) return callResumable(f, fn, base, self != 0);
                // The new frame's array first and the frame after it, every field loaded before:
                // then the frame's stores need no card mark (see Frame's constructor).
                PyObject[] fast = new PyObject[c.frameSize];
                moveArgs(stack, base, base + 2 - self, total, fast);
                f.sp = base;
                int nlocals = c.localsplusNames.length;
                PyDict globals = fn.globals;
                PyDict builtins = fn.builtins;
                int id = nextFrameId++;
                Frame nf = new Frame(c, fast, nlocals, globals, builtins, fn, f, id);
                if (c.runs < RecursionCost.WARM_RUNS) c.runs++;
                enterFrame(nf);
                frame = nf;
                return nf;
            }
        }
        return callShapes(f, n, kw);
    }

    private static final int RESUMABLE = PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR;

    /**
     * A plain call's arguments, {@code total} of them from {@code off} on the caller's stack, move
     * to the new frame's {@code fast} in one pass; the callable's and self's slots at {@code base}
     * are cleared after (the self slot may have been the first argument).
     */
    private static void moveArgs(PyObject[] stack, int base, int off, int total, PyObject[] fast) {
        for (int i = 0; i < total; i++) {
            fast[i] = stack[off + i];
            stack[off + i] = null;
        }
        stack[base] = null;
        stack[base + 1] = null;
    }

    /** {@link #call} for every call but its own plain one. */
    private Frame callShapes(Frame f, int n, String[] kw) {
        PyObject[] stack = f.fast;
        int sp = f.sp;
        int base = sp - n - 2;
        PyObject callable = stack[base];
        // (With a profile function, a library function may stand for C code: see SysTrace.cFunction.)
        if (callable.getClass() == PyFunction.class && kw == null && !(tracing && ((PyFunction) callable).code.library)) {
            // The commonest call: a plain Python function given exactly its positional parameters
            // (`fib(n - 1)`, `self.area()` after LOAD_METHOD). Its new frame's locals are copied
            // straight from this stack, with no further Java call (each costs the loop's registers).
            PyFunction fn = (PyFunction) callable;
            PyCode c = fn.code;
            boolean hasSelf = stack[base + 1] != null;
            int total = hasSelf ? n + 1 : n;
            if (c.plainArgcount == total) {
                if (c.isResumable()) return callResumable(f, fn, base, hasSelf);
                Frame nf = newFrame(fn);
                moveArgs(stack, base, hasSelf ? base + 1 : base + 2, total, nf.fast);
                f.sp = base;
                enterFrame(nf);
                return entered(f, nf);
            }
        }
        if (callable.getClass() == PyType.class && kw == null && stack[base + 1] == null && ((PyType) callable).isHeap()) {
            // A plain class called with exactly the positional parameters of its Python __init__
            // (`Vec(x, y)`): the instance is made here and __init__ entered in the loop.
            PyType cls = (PyType) callable;
            PyFunction init = initFor(f, cls);
            if (init != null && init.code.plainArgcount == n + 1) { // (fastInit: never a generator)
                PyInstance inst = new PyInstance(cls);
                Frame nf = newFrame(init);
                PyObject[] fast = nf.fast;
                fast[0] = inst;
                for (int i = 0; i < n; i++) {
                    fast[i + 1] = stack[base + 2 + i];
                    stack[base + 2 + i] = null;
                }
                stack[base] = null;
                f.sp = base;
                nf.initSelf = inst;
                enterInit(nf);
                return entered(f, nf);
            }
        }
        // sys.setprofile: a C function's call between its c_call and c_return events.
        if (tracing && SysTrace.profiledCall(this, f, n, kw)) return f;
        // (A function's first calls leave a built-in CPython checks then to genericCall: RecursionCost.coldCall.)
        if (kw == null && CallOps.isBuiltinCall(callable, stack[base + 1]) && !lifetime.active()
                && !RecursionCost.coldCall(f.code, f.ip, callable)) {
            // Built-ins, called as genericCall would when no object is tracked: a built-in type's
            // method after LOAD_METHOD (`d.get(k, 0)`, `s.upper()`, without an argument array),
            // a built-in function (`len(s)`, `ord(ch)`) or a built-in type (`str(i)`, `int(s)`).
            PyObject r = CallOps.callBuiltin(callable, stack, base, n);
            // The call may have started tracking an object (list(zip(range(1), gen())) suspends gen
            // in its try): what the arguments alone held dies with them, as in genericCall.
            PyObject released = lifetime.active() ? lifetime.releasedByCall(f, base, n, r) : null;
            for (int i = base + 1; i < sp; i++) stack[i] = null;
            stack[base] = r;
            f.sp = base + 1;
            if (released != null) lifetime.collectReleased(released);
            return f;
        }
        return callGeneral(f, n, kw);
    }

    /**
     * {@link #call} of a coroutine or generator function {@code fn} given exactly its positional
     * parameters (the callable at {@code base} on {@code f}'s stack): its new object replaces the
     * call (the hot half of every `await f()`), or, awaited at once, it is entered.
     */
    private Frame callResumable(Frame f, PyFunction fn, int base, boolean hasSelf) {
        PyObject[] stack = f.fast;
        PyCode c = fn.code;
        Frame nf = newFrame(fn);
        int off = hasSelf ? base + 1 : base + 2;
        moveArgs(stack, base, off, f.sp - off, nf.fast);
        f.sp = base;
        if ((c.flags & PyCode.CO_COROUTINE) != 0 && !tracing && awaitedAtOnce(f)) return awaitAtOnce(f, fn, nf, base);
        stack[base] = makeGenerator(fn, nf);
        f.sp = base + 1;
        return f;
    }

    /**
     * Whether the instructions after the CALL that {@code f} runs are {@code await}'s
     * {@code GET_AWAITABLE 0; LOAD_CONST None; SEND}, none of them starting a line (so running
     * them at once skips no step and no line event).
     */
    private static boolean awaitedAtOnce(Frame f) {
        int[] code = f.code.code;
        int ip = f.ip;
        return ip + 2 < code.length && code[ip] == GET_AWAITABLE
                && (code[ip + 1] & (PyCode.OP_MASK | PyCode.LINE_START)) == LOAD_CONST
                && f.code.consts[code[ip + 1] >>> 8] == PyNone.INSTANCE
                && (code[ip + 2] & (PyCode.OP_MASK | PyCode.LINE_START)) == SEND;
    }

    /**
     * {@code await fn(...)} with the coroutine's frame {@code nf} bound: what CALL, GET_AWAITABLE,
     * LOAD_CONST None and SEND do one after the other, in one go (a fresh coroutine is awaitable
     * and SEND switches into it): the coroutine replaces the call on {@code f}'s stack, {@code f}
     * continues after the SEND when the coroutine yields or returns, and the coroutine's frame is
     * returned, entered. It is never tracked for the never-awaited warning, being awaited at once.
     */
    private Frame awaitAtOnce(Frame f, PyFunction fn, Frame nf, int base) {
        PyCoroutine co = (PyCoroutine) makeGenerator(fn, nf, false);
        f.fast[base] = co;
        f.sp = base + 1;
        f.ip += 3;
        co.warnable = false;
        enterFrame(nf);
        nf.back = f;
        frame = nf;
        onEnter(nf);
        return nf;
    }

    /**
     * {@link #fastInit} of {@code cls} (a heap type) remembered at the CALL site {@code f} runs,
     * while the class is unchanged (its version covers its bases and their __new__, __init__ and
     * __del__).
     */
    private static PyFunction initFor(Frame f, PyType cls) {
        Object[] cache = f.code.cache;
        int pc = f.ip - 1;
        if (cache[pc] instanceof InitCache ic && ic.cls == cls && ic.version == cls.version()) return ic.init;
        int version = cls.version();
        PyFunction init = fastInit(cls);
        cache[pc] = new InitCache(cls, version, init);
        return init;
    }

    /** A CALL site's memory of the class it last called: see {@link #initFor}. */
    record InitCache(PyType cls, int version, PyFunction init) {
    }

    /** {@code nf}, a called function's frame (no generator's), becomes the running frame over {@code caller}. */
    private Frame entered(Frame caller, Frame nf) {
        nf.back = caller;
        frame = nf;
        if (tracing && !nf.code.library) tracer.call(nf);
        return nf;
    }

    /** {@link #call} for every other callable and argument shape. */
    private Frame callGeneral(Frame f, int n, String[] kw) {
        PyObject[] stack = f.fast;
        int sp = f.sp;
        PyObject callable = stack[sp - n - 2];
        PyObject self = stack[sp - n - 1];
        if (callable.getClass() == PyMethod.class && self == null && ((PyMethod) callable).func.getClass() == PyFunction.class) {
            PyMethod m = (PyMethod) callable;
            callable = m.func;
            self = m.self;
            stack[sp - n - 2] = callable;
            stack[sp - n - 1] = self;
        }
        PyObject initSelf = null;
        if (callable.getClass() == PyType.class && self == null && ((PyType) callable).isHeap()) {
            PyType cls = (PyType) callable;
            PyFunction init = initFor(f, cls);
            if (init != null) {
                initSelf = new PyInstance(cls);
                callable = init;
                self = initSelf;
                stack[sp - n - 2] = init;
                stack[sp - n - 1] = initSelf;
            }
        }
        if (callable.getClass() == PyFunction.class && !((PyFunction) callable).code.isResumable()) {
            PyFunction fn = (PyFunction) callable;
            Frame nf = newFrame(fn);
            Bind.bindFromStack(fn, nf.fast, stack, sp - n - 1, n, self != null, kw);
            for (int i = sp - n - 2; i < sp; i++) stack[i] = null;
            f.sp = sp - n - 2;
            if (initSelf != null) {
                nf.initSelf = initSelf;
                enterInit(nf);
            } else {
                enterFrame(nf);
            }
            return entered(f, nf);
        }
        if (callable.getClass() == PyFunction.class && initSelf == null) {
            // Calling a coroutine/generator function: bind straight from the stack and push the
            // new coroutine object (the hot half of every `await f()`), as the plain-call path does.
            PyFunction fn = (PyFunction) callable;
            Frame nf = newFrame(fn);
            Bind.bindFromStack(fn, nf.fast, stack, sp - n - 1, n, self != null, kw);
            for (int i = sp - n - 2; i < sp; i++) stack[i] = null;
            sp -= n + 2;
            f.sp = sp;
            // `await asyncio.sleep(0)` (a default filled in): entered at once, as in call().
            if ((fn.code.flags & PyCode.CO_COROUTINE) != 0 && !tracing && awaitedAtOnce(f)) return awaitAtOnce(f, fn, nf, sp);
            stack[sp] = makeGenerator(fn, nf);
            f.sp = sp + 1;
            return f;
        }
        RareOps.genericCall(this, f, n, kw);
        return f;
    }

    /**
     * The TypeError for an {@code __init__} that returned {@code v}, not None. CPython drops
     * {@code v} before raising, so an {@code async def __init__}'s coroutine warns "never awaited"
     * at the call's line, ahead of the traceback.
     */
    public PyError initReturned(PyObject v) {
        if (lifetime.active()) lifetime.discarded(v);
        return Exc.typeError("__init__() should return None, not '" + v.getType().tpName() + "'");
    }

    /** RETURN_VALUE in the base frame of this loop: the value goes back to Java. */
    private PyObject returnFromBase(Frame f, PyObject v) {
        leaveFrame(f, v, false);
        if (f.initSelf != null) {
            if (v != PyNone.INSTANCE) throw initReturned(v);
            v = f.initSelf;
        }
        return v;
    }

    /**
     * RETURN_VALUE or YIELD_VALUE of a frame entered in this loop (not its base): returns the frame
     * the loop continues with. A return pushes the value in the frame that called or resumed
     * {@code f} (a finished generator instead ends the caller's FOR_ITER, or completes its SEND);
     * a yield suspends {@code f} and pushes the value in its resumer. One method for both, too
     * big for the JIT to inline, so the loop calls it directly (cheaper than the handler table's
     * megamorphic dispatch) and none of its branches is compiled into the loop.
     */
    Frame leaveTo(Frame f, int insn, PyObject v) {
        Frame back = f.back;
        if (f.gen == null && f.initSelf == null && !tracing && !lifetime.active()) {
            // The commonest return, a plain call's (what the general code below does for it).
            depth--;
            f.back = null;
            frame = back;
            back.fast[back.sp++] = v;
            return back;
        }
        boolean function = f.gen == null;
        if (function) {
            // A function's return (only CALL enters such a frame in the loop): leaveFrame's work
            // for it, without the Java call.
            depth -= f.initSelf != null ? 2 : 1;
            if (tracing && !f.code.library) tracer.returned(f, v);
            f.back = null;
            if (lifetime.active()) {
                frame = back;
                rt.lifetime.frameExit(f, f.initSelf != null ? f.initSelf : v);
            }
        } else if ((insn & PyCode.OP_MASK) == YIELD_VALUE) {
            suspend(f, v);
            frame = back;
            back.fast[back.sp++] = v;
            return back;
        } else {
            leaveFrame(f, v, false);
        }
        frame = back;
        // A class call's __init__ gives its caller the instance.
        if (f.initSelf != null) {
            if (v != PyNone.INSTANCE) {
                throw new ReturnError(back, initReturned(v));
            }
            v = f.initSelf;
        }
        if (function) {
            back.fast[back.sp++] = v;
            return back;
        }
        int[] code = back.code.code;
        int ip = back.ip;
        int resumer = code[ip - 1] & PyCode.OP_MASK;
        if (resumer == FOR_ITER) {
            if (tracing) SysTrace.delegateReturned(this, back, f.gen, v, false);
            back.fast[--back.sp] = null;
            back.ip = code[ip - 1] >>> 8;
        } else if (resumer == SEND) {
            if (tracing) SysTrace.delegateReturned(this, back, f.gen, v, true);
            back.fast[back.sp - 1] = v;
            back.ip = code[ip - 1] >>> 8;
        } else {
            back.fast[back.sp++] = v;
        }
        return back;
    }

    /** An error raised in the caller right after a callee returned (carries the caller frame). */
    static final class ReturnError extends RuntimeException {
        final Frame caller;
        final PyError error;

        ReturnError(Frame caller, PyError error) {
            super(null, null, false, false);
            this.caller = caller;
            this.error = error;
        }
    }

    /**
     * The {@code __init__} to run in-loop when calling {@code cls}: a plain class (metaclass
     * {@code type}, instances are PyInstance, {@code __new__} not overridden) whose {@code __init__}
     * is a Python function; null otherwise (the general path in TypeCall applies).
     */
    private static final PyStr S_DEL = PyStr.intern("__del__");

    private static PyFunction fastInit(PyType cls) {
        if (cls.getType() != PyType.TYPE || cls.builtinBase() != PyType.OBJECT) return null;
        if (!(cls.lookup(Ops.S_NEW) instanceof PyBuiltinFunction)) return null;
        if (cls.lookup(S_DEL) != null) return null; // TypeCall registers the instance for its __del__
        PyObject init = cls.lookup(Ops.S_INIT);
        if (init instanceof PyFunction fn && !fn.code.isResumable()) return fn;
        return null;
    }

    /** Native generator/coroutine a SEND can switch into, or null. */
    static PyGenBase nativeDelegate(PyObject recv) {
        if (recv instanceof PyCoroutine c) return c.running || c.finished ? null : c;
        if (recv instanceof PyGenerator g) return g.running || g.finished ? null : g;
        if (recv instanceof PyCoroutineWrapper w) return w.coro.running || w.coro.finished ? null : w.coro;
        return null;
    }

    // ---- line steps and tracing --------------------------------------------------------------------

    /**
     * Tracer line events (CPython settrace semantics: a new line, or after a backward jump). A
     * loop's closing jump back to its header (a JUMP_BACKWARD on the header's own line) reports
     * nothing itself: in CPython it is artificial, and the header reports when the jump lands.
     * Nor does any instruction without a position of its own (an exception handler's entry,
     * the clean-up after a finally body); see {@link PyCode#lineKind}.
     */
    private void traceStep(Frame f, int insn, int pc) {
        if (f.code.library) return;
        byte kind = f.code.lineKind[pc];
        if (kind != PyCode.LINE_OWN) {
            if (kind == PyCode.LINE_NONE) f.trace().lastLine = -1;
            return;
        }
        int line = f.code.lines[pc];
        if ((insn & PyCode.OP_MASK) == JUMP_BACKWARD && f.code.lines[insn >>> 8] == line) return;
        Frame.Trace t = f.trace();
        if (line != t.lastLine || t.jumpedBack) {
            boolean back = t.jumpedBack;
            t.jumpedBack = false;
            t.lastLine = line;
            tracer.line(f, line, back);
        }
    }

    /**
     * Inline cache entry of LOAD_GLOBAL: valid while neither dict's version changed. The name is
     * read as a watched key ({@link PyDict#getWatched}), so replacing its value changes the version
     * while replacing another name's (a module-level loop rebinding its loop variable) does not;
     * after a change that left the name's value the same the entry's versions are brought up to
     * date in place ({@link #loadGlobalSlow}) instead of allocating a new entry per miss.
     * Invariant: {@code value} is the name's value whenever both versions match; an entry is
     * only refreshed by the run that owns {@code globals}, and only to versions at which the
     * value is the same object.
     */
    static final class GlobalCache {
        final PyDict globals;
        int gver;
        int bver;
        final PyObject value;

        GlobalCache(PyDict globals, int gver, int bver, PyObject value) {
            this.globals = globals;
            this.gver = gver;
            this.bver = bver;
            this.value = value;
        }
    }

    private static PyObject loadGlobalSlow(Frame f, int pc, int nameIdx) {
        PyCode co = f.code;
        PyStr name = co.names[nameIdx];
        // Watched: while the versions stay as recorded below, the value cannot change unseen.
        PyObject v = f.globals.getWatched(name);
        if (v == null) {
            v = f.builtins.getWatched(name);
            if (v == null) throw Exc.nameError(name.value());
        }
        Object[] cache = co.cache;
        if (cache[pc] instanceof GlobalCache gc && gc.globals == f.globals && gc.value == v) {
            gc.gver = f.globals.version();
            gc.bver = f.builtins.version();
        } else {
            cache[pc] = new GlobalCache(f.globals, f.globals.version(), f.builtins.version(), v);
        }
        return v;
    }

    private static PyObject getItem(PyObject obj, PyObject key) {
        if (obj.getClass() == PyDict.class) return ((PyDict) obj).getItem(key);
        return Ops.getItem(obj, key);
    }

    private static void setItem(PyObject obj, PyObject key, PyObject v) {
        Ops.setItem(obj, key, v);
    }

    void stored(Frame f, String name, PyObject v, PyObject old, String kind) {
        if (tracing && !f.code.library) tracer.store(f, name, v, kind);
        if (old != null && lifetime.active()) rt.lifetime.released(old);
    }

    // ---- names -----------------------------------------------------------------------------------------

    /** {@link #unboundLocal}, the loop's position ({@code ip}, {@code sp}) saved in {@code f} first. */
    private static PyError unboundLocalAt(Frame f, int ip, int sp, int i) {
        f.ip = ip;
        f.sp = sp;
        return unboundLocal(f.code, i);
    }

    /** {@link #unboundDeref}, the loop's position saved in {@code f} first. */
    private static PyError unboundDerefAt(Frame f, int ip, int sp, int i) {
        f.ip = ip;
        f.sp = sp;
        return unboundDeref(f.code, i);
    }

    static PyError unboundLocal(PyCode co, int i) {
        String n = co.localsplusNames[i].value();
        PyBaseException e = Exc.make(Exc.UnboundLocalError,
                "cannot access local variable '" + n + "' where it is not associated with a value");
        e.setAttrValue("name", PyStr.of(n));
        return new PyError(e);
    }

    static PyError unboundDeref(PyCode co, int i) {
        String n = co.localsplusNames[i].value();
        if (i >= co.nlocalsplus() - co.nfrees) {
            PyBaseException e = Exc.make(Exc.NameError, "cannot access free variable '" + n
                    + "' where it is not associated with a value in enclosing scope");
            e.setAttrValue("name", PyStr.of(n));
            return new PyError(e);
        }
        return unboundLocal(co, i);
    }

    PyObject loadClassDeref(Frame f, int i) {
        PyStr name = f.code.localsplusNames[i];
        if (f.locals instanceof PyDict d) {
            PyObject v = d.get(name);
            if (v != null) return v;
        }
        PyObject v = ((PyCell) f.fast[i]).value;
        if (v == null) throw unboundDeref(f.code, i);
        return v;
    }

    void storeGlobal(Frame f, PyStr name, PyObject v) {
        PyObject old = f.globals.swap(name, v);
        stored(f, name.value(), v, old, "global");
    }

    PyObject loadName(Frame f, PyStr name) {
        PyObject loc = f.locals;
        PyObject v;
        if (loc instanceof PyDict d && loc.getClass() == PyDict.class) {
            v = d.get(name);
        } else {
            try {
                v = Ops.getItem(loc, name);
            } catch (PyError e) {
                if (!e.exc.isInstance(Exc.KeyError)) throw e;
                v = null;
            }
        }
        if (v != null) return v;
        v = f.globals.get(name);
        if (v != null) return v;
        v = f.builtins.get(name);
        if (v != null) return v;
        throw Exc.nameError(name.value());
    }

    /**
     * Where LOAD_NAME or STORE_NAME in module code (locals are the plain-dict globals) last found
     * its name: the entry position in {@code dict} (the globals, or the builtins when the globals
     * lacked the name), valid while the key sets are unchanged ({@link PyDict#keysVersion}: no key
     * added or removed, so every key keeps its position). So a module-level loop reads and
     * rebinds its names by position instead of hashing into one or two dicts. Unlike LOAD_GLOBAL's
     * cache it holds no value, so reading never watches a key ({@link PyDict#getWatched}) and a
     * rebinding in the loop leaves the globals' version, and the callees' caches, alone.
     */
    static final class NameSlot {
        final PyDict globals;
        final long gkeys;
        final PyDict dict;
        final long keys;
        final int pos;

        NameSlot(PyDict globals, PyDict dict, int pos) {
            this.globals = globals;
            this.gkeys = globals.keysVersion();
            this.dict = dict;
            this.keys = dict.keysVersion();
            this.pos = pos;
        }

        boolean valid(PyDict g) {
            return globals == g && gkeys == g.keysVersion() && keys == dict.keysVersion();
        }
    }

    /** LOAD_NAME at instruction {@code pc} of module code (the frame's locals are its globals, a plain dict). */
    static PyObject loadModuleName(Frame f, int pc, PyStr name) {
        PyDict g = f.globals;
        Object[] cache = f.code.cache;
        if (cache[pc] instanceof NameSlot ns && ns.valid(g) && (ns.dict == g || ns.dict == f.builtins)) {
            return ns.dict.valueAtPosition(ns.pos);
        }
        PyDict d = g;
        int pos = g.positionOf(name);
        if (pos < 0) {
            d = f.builtins;
            pos = d.positionOf(name);
            if (pos < 0) throw Exc.nameError(name.value());
        }
        cache[pc] = new NameSlot(g, d, pos);
        return d.valueAtPosition(pos);
    }

    /** STORE_NAME at instruction {@code pc}. */
    void storeName(Frame f, int pc, PyStr name, PyObject v) {
        PyObject loc = f.locals;
        if (loc == f.globals && loc.getClass() == PyDict.class) {
            PyDict d = (PyDict) loc;
            Object[] cache = f.code.cache;
            PyObject old = cache[pc] instanceof NameSlot ns && ns.dict == d && ns.valid(d)
                    ? d.swapIfKeyAt(ns.pos, name, v) : null;
            if (old == null) {
                old = d.swap(name, v);
                cache[pc] = new NameSlot(d, d, d.positionOf(name));
            }
            stored(f, name.value(), v, old, "global");
            return;
        }
        storeName(f, name, v);
    }

    void storeName(Frame f, PyStr name, PyObject v) {
        PyObject loc = f.locals;
        PyObject old = null;
        if (loc instanceof PyDict d && loc.getClass() == PyDict.class) {
            old = d.swap(name, v);
        } else {
            Ops.setItem(loc, name, v);
        }
        stored(f, name.value(), v, old, loc == f.globals ? "global" : "name");
    }

    void deleteName(Frame f, PyStr name) {
        PyObject loc = f.locals;
        PyObject old;
        if (loc instanceof PyDict d) {
            old = d.remove(name);
            if (old == null) throw Exc.nameError(name.value());
        } else {
            Ops.delItem(loc, name);
            old = null;
        }
        stored(f, name.value(), null, old, loc == f.globals ? "global" : "name");
    }

    /** LOAD_METHOD: [obj] -> [meth, obj] for a plain method, else [attr, NULL]. */
    static void loadMethod(PyObject[] stack, int sp, PyStr name) {
        PyObject obj = stack[sp - 1];
        PyType t = obj.getType();
        if (obj.usesGenericGetAttr()) {
            PyObject d = t.lookup(name);
            if ((d instanceof PyFunction || d instanceof PyMethodDescriptor) && !t.customGetattribute()) {
                PyObject own;
                if (obj instanceof PyInstance inst) {
                    own = inst.ownAttr(name);
                } else {
                    PyDict dict = obj.getDict();
                    own = dict == null ? null : dict.get(name);
                }
                if (own == null) {
                    stack[sp - 1] = d;
                    stack[sp] = obj;
                    return;
                }
            }
        }
        stack[sp - 1] = Ops.getAttr(obj, name);
        stack[sp] = null;
    }

    // ---- arithmetic fast paths ---------------------------------------------------------------------

    static PyObject binaryOp(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long p = x.v, q = y.v;
                switch (op) {
                    case Ops.ADD: case Ops.ADD + Ops.INPLACE: {
                        long r = p + q;
                        if (((p ^ r) & (q ^ r)) >= 0) return PyInt.of(r);
                        break;
                    }
                    case Ops.SUB: case Ops.SUB + Ops.INPLACE: {
                        long r = p - q;
                        if (((p ^ q) & (p ^ r)) >= 0) return PyInt.of(r);
                        break;
                    }
                    case Ops.MUL: case Ops.MUL + Ops.INPLACE: {
                        long hi = Math.multiplyHigh(p, q), lo = p * q;
                        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.of(lo);
                        break;
                    }
                    case Ops.FLOORDIV: case Ops.FLOORDIV + Ops.INPLACE:
                        if (q != 0 && !(p == Long.MIN_VALUE && q == -1)) return PyInt.of(Math.floorDiv(p, q));
                        break;
                    case Ops.MOD: case Ops.MOD + Ops.INPLACE:
                        if (q != 0 && q != -1) return PyInt.of(Math.floorMod(p, q));
                        break;
                    default:
                        break;
                }
            }
            PyObject r = IntMath.op(op >= Ops.INPLACE ? op - Ops.INPLACE : op, x, y);
            // `@` is not an int operation: the general path raises CPython's TypeError.
            if (r != PyNotImplemented.INSTANCE) return r;
        } else if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            double x = ((PyFloat) a).value, y = ((PyFloat) b).value;
            int o = op >= Ops.INPLACE ? op - Ops.INPLACE : op;
            switch (o) {
                case Ops.ADD: return new PyFloat(x + y);
                case Ops.SUB: return new PyFloat(x - y);
                case Ops.MUL: return new PyFloat(x * y);
                default: {
                    PyObject r = PyFloat.arith(o, x, y);
                    if (r != PyNotImplemented.INSTANCE) return r;
                }
            }
        }
        if ((op == Ops.ADD || op == Ops.ADD + Ops.INPLACE) && a.getClass() == PyStr.class && b.getClass() == PyStr.class) {
            // Exact strs: what the general path does for them, without its look-ups and the
            // lifetime tests below (a str holds nothing whose death CPython shows).
            return PyStr.concat((PyStr) a, (PyStr) b);
        }
        PyObject r = op >= Ops.INPLACE ? Ops.inplaceOp(a, b, op - Ops.INPLACE) : Ops.binaryOp(a, b, op);
        if (RareOps.mayHoldTemp(a) || RareOps.mayHoldTemp(b)) RareOps.binaryDropped(a, b, r);
        return r;
    }

    static PyObject compareOp(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null && y.big == null) {
                long p = x.v, q = y.v;
                switch (op) {
                    case Ops.LT: return PyBool.of(p < q);
                    case Ops.LE: return PyBool.of(p <= q);
                    case Ops.EQ: return PyBool.of(p == q);
                    case Ops.NE: return PyBool.of(p != q);
                    case Ops.GT: return PyBool.of(p > q);
                    default: return PyBool.of(p >= q);
                }
            }
        }
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class && (op == Ops.EQ || op == Ops.NE)) {
            boolean eq = PyStr.sameText((PyStr) a, (PyStr) b);
            return PyBool.of(op == Ops.EQ ? eq : !eq);
        }
        return Ops.richCompare(a, b, op);
    }
}
