package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Object-lifetime diagnostics as CPython's reference counting shows them, on a JVM that has none.
 * Some objects are <em>tracked</em>: coroutines that were never started (for "coroutine ... was
 * never awaited"), and whatever the asyncio runtime registers with a finalizer (for "Task was
 * destroyed but it is pending!"). At the moments CPython's refcount would drop (an expression
 * statement discards its value, a name is rebound or deleted, a frame exits, the program ends) the
 * VM asks this class to check; it marks everything reachable from the roots (the frame chain,
 * every module, extra roots such as the event loop) through {@link PyObject#traverse} and
 * finalizes the tracked objects that were not reached. Nothing is done while no object is
 * tracked, so programs without coroutines pay one field check.
 */
public final class Lifetime {

    private final Interp in;
    /** Tracked objects and their finalizers, in registration order. */
    /**
     * Tracked objects and their finalizers, in registration order, keyed by identity: Python
     * equality and hashing must not run here (a tracked object may be unhashable or define
     * {@code __eq__}).
     */
    private final IdentityMap tracked = new IdentityMap();
    /**
     * Whether {@link #tracked} holds anything, kept by the map itself at each change: {@link
     * #active} is asked around every call and frame exit, and one field read is cheaper there than
     * the walk down to the map's size.
     */
    private boolean nonEmpty;

    /**
     * An identity map that remembers registration order. The object registered last sits in a
     * one-entry slot until another arrives: the commonest case, {@code await f()}, registers the
     * new coroutine and removes it again at once, so it never touches the hash table.
     */
    private final class IdentityMap {
        private record Entry(Consumer<PyObject> finalizer, long seq) {}

        /** Registration order. */
        private final java.util.Comparator<Map.Entry<PyObject, Entry>> BY_SEQ =
                new java.util.Comparator<Map.Entry<PyObject, Entry>>() { public int compare(Map.Entry<PyObject, Entry> a,
                                                                                           Map.Entry<PyObject, Entry> b) {
                    return Long.compare(a.getValue().seq(), b.getValue().seq());
                }};

        private final java.util.IdentityHashMap<PyObject, Entry> map = new java.util.IdentityHashMap<>();
        private PyObject lastObj;
        private Consumer<PyObject> lastFinalizer;
        private long seq;

        boolean isEmpty() {
            return lastObj == null && map.isEmpty();
        }

        boolean containsKey(PyObject o) {
            return o == lastObj || (!map.isEmpty() && map.containsKey(o));
        }

        void put(PyObject o, Consumer<PyObject> f) {
            if (o == lastObj) {
                lastFinalizer = f;
                return;
            }
            if (lastObj != null) map.put(lastObj, new Entry(lastFinalizer, seq++));
            // An empty table cannot hold o: skip the removal, which would hash a brand-new coroutine.
            if (!map.isEmpty()) map.remove(o);
            lastObj = o;
            lastFinalizer = f;
            nonEmpty = true;
        }

        /** {@link #put} for an object created just now, so certainly not in the table (no hashing). */
        void putNew(PyObject o, Consumer<PyObject> f) {
            if (lastObj != null) map.put(lastObj, new Entry(lastFinalizer, seq++));
            lastObj = o;
            lastFinalizer = f;
            nonEmpty = true;
        }

        Consumer<PyObject> get(PyObject o) {
            if (o == lastObj) return lastFinalizer;
            Entry e = map.isEmpty() ? null : map.get(o);
            return e == null ? null : e.finalizer();
        }

        void remove(PyObject o) {
            if (o == lastObj) {
                lastObj = null;
                lastFinalizer = null;
            } else if (!map.isEmpty()) {
                map.remove(o);
            }
            nonEmpty = !isEmpty();
        }

        void clear() {
            map.clear();
            lastObj = null;
            lastFinalizer = null;
            nonEmpty = false;
        }

        /** The entries whose object {@code alive} rejects, in registration order (no sort of the live ones). */
        List<Map.Entry<PyObject, Consumer<PyObject>>> dead(java.util.function.Predicate<PyObject> alive) {
            List<Map.Entry<PyObject, Entry>> found = new ArrayList<>();
            for (var e : map.entrySet()) if (!alive.test(e.getKey())) found.add(e);
            found.sort(BY_SEQ);
            List<Map.Entry<PyObject, Consumer<PyObject>>> out = new ArrayList<>(found.size() + 1);
            for (var e : found) out.add(Map.entry(e.getKey(), e.getValue().finalizer()));
            if (lastObj != null && !alive.test(lastObj)) out.add(Map.entry(lastObj, lastFinalizer));
            return out;
        }

        /** The entries in registration order. */
        List<Map.Entry<PyObject, Consumer<PyObject>>> entries() {
            List<Map.Entry<PyObject, Entry>> sorted = new ArrayList<>(map.entrySet());
            sorted.sort(BY_SEQ);
            List<Map.Entry<PyObject, Consumer<PyObject>>> out = new ArrayList<>(sorted.size() + 1);
            for (var e : sorted) out.add(Map.entry(e.getKey(), e.getValue().finalizer()));
            if (lastObj != null) out.add(Map.entry(lastObj, lastFinalizer));
            return out;
        }
    }

    private final List<Supplier<List<PyObject>>> extraRoots = new ArrayList<>();
    /** Objects Java code holds for a moment (the items of {@code f(*gen)} being collected): roots too. */
    private final ArrayList<PyObject> pinned = new ArrayList<>();
    private final java.util.Set<String> warned = new java.util.HashSet<>();
    private boolean collecting;

    Lifetime(Interp in) {
        this.in = in;
    }

    public boolean active() {
        return nonEmpty;
    }

    private final Consumer<PyObject> neverAwaitedFinalizer = new Consumer<PyObject>() { public void accept(PyObject o) {
        neverAwaited((PyCoroutine) o);
    }};
    private final Consumer<PyObject> genFinalizer = new Consumer<PyObject>() { public void accept(PyObject o) {
        finalizeGen((PyGenBase) o);
    }};

    /** Tracks a never-started coroutine, created just now (so not tracked yet). */
    void track(PyCoroutine c) {
        tracked.putNew(c, neverAwaitedFinalizer);
    }

    /** A generator suspended inside try/finally or with: closing it when it dies runs that code. */
    void trackSuspended(PyGenBase g) {
        tracked.put(g, genFinalizer);
    }

    void untrackSuspended(PyGenBase g) {
        // An async generator with a finalizer hook stays registered for that hook.
        if (!tracked.isEmpty() && !(g instanceof PyAsyncGenerator ag && ag.finalizer != null)) tracked.remove(g);
    }

    private void finalizeGen(PyGenBase g) {
        if (g.finished) return;
        try {
            g.close();
        } catch (PyError e) {
            unraisable(g, e.exc);
        }
    }

    /**
     * "Exception ignored in: OBJ" and the error, for an error a finalizer raised. An error that
     * never passed through a Python frame ("generator ignored GeneratorExit") is shown at the
     * instruction that dropped the object, as CPython's PyErr_WriteUnraisable does with the
     * current frame (none at exit).
     */
    void unraisable(PyObject obj, PyBaseException exc) {
        Frame cur = in.frame;
        PyTraceback saved = exc.traceback;
        if (saved == null && cur != null && !cur.code.library) exc.traceback = new PyTraceback(cur, cur.lasti(), cur.lineno(), null);
        try {
            in.rt.unraisable(obj, exc, "Exception ignored in: " + obj.repr() + "\n" + TracebackPrinter.formatUnraisable(in.rt, exc));
        } finally {
            exc.traceback = saved;
        }
    }

    void untrack(PyObject o) {
        if (!tracked.isEmpty()) tracked.remove(o);
    }

    /**
     * Registers an object whose finalizer runs when it becomes unreachable (or at program end);
     * the finalizer runs once. Used by the asyncio runtime for tasks and futures.
     */
    public void register(PyObject obj, Consumer<PyObject> finalizer) {
        tracked.put(obj, finalizer);
    }

    /**
     * Adds a finalizer to run after any the object already has (a weak reference to a tracked
     * coroutine or task must not replace its never-awaited warning or the task's own finalizer).
     */
    public void registerAlso(PyObject obj, Consumer<PyObject> finalizer) {
        Consumer<PyObject> prev = tracked.get(obj);
        tracked.put(obj, prev == null ? finalizer : prev.andThen(finalizer));
    }

    /**
     * A weak reference's part of {@code obj}'s finalization: after its other finalizers when
     * the object dies by reference count, but before every finalizer when the cycle collector
     * frees it (CPython's gc clears weak references and calls their callbacks first).
     */
    public void registerWeak(PyObject obj, Consumer<PyObject> finalizer) {
        boolean[] done = {false};
        Consumer<PyObject> once = o -> {
            if (done[0]) return;
            done[0] = true;
            finalizer.accept(o);
        };
        registerAlso(obj, once);
        weakParts.computeIfAbsent(obj, x -> new ArrayList<>()).add(once);
    }

    private final IdentityHashMap<PyObject, List<Consumer<PyObject>>> weakParts = new IdentityHashMap<>();
    /** Set while gc.collect() runs: weak reference callbacks of the dead go first. */
    private boolean cycleCollection;
    /** Tracked objects finalized by the last collection (what gc.collect() reports). */
    private int lastDeaths;

    public void unregister(PyObject obj) {
        tracked.remove(obj);
    }

    /** An engine object whose death frees what it holds (asyncio's handles: the callback and its arguments). */
    public interface Holder {
        void heldForLifetime(Consumer<PyObject> v);
    }

    /** An object holding an outcome (asyncio's Future and Task): what its death may free. */
    public interface Outcome {
        PyObject outcomeResult();

        PyBaseException outcomeException();

        /** The exception's traceback as it was set, when the future keeps it apart from the exception. */
        PyTraceback outcomeTraceback();
    }

    /**
     * Objects nothing tracks that an explicit {@code gc.collect()} destroys when it finds them
     * unreachable: asyncio's pending tasks, which always sit in a reference cycle (task, the future
     * it waits on, that future's wake-up callback), so CPython frees them only in its cycle
     * collector, never when a reference is dropped.
     */
    public interface CycleCandidates {
        /** The candidates, in the order CPython's collector would list them (creation order). */
        List<PyObject> candidates();

        /** An object the candidate's finalizer finalizes itself (a task's coroutine), or null. */
        PyObject owned(PyObject candidate);

        /** The candidate was found unreachable. */
        void collected(PyObject candidate);

        /** The candidate was still reachable. */
        void survived(PyObject candidate);

        /** The candidates sitting in their cycle now (a task waiting on a future, not one queued to step). */
        default List<PyObject> inCycles() {
            return candidates();
        }
    }

    private final List<CycleCandidates> cycleCandidates = new ArrayList<>();

    public void addCycleCandidates(CycleCandidates c) {
        cycleCandidates.add(c);
    }

    /**
     * Objects CPython keeps in a reference cycle of their own (a task whose SystemExit or
     * KeyboardInterrupt left the loop: the exception's traceback holds the loop frame that holds
     * the task): roots until the next {@code gc.collect()} or the program's end.
     */
    private final ArrayList<PyObject> cycleHeld = new ArrayList<>();

    public void holdUntilCycleCollection(PyObject o) {
        if (!cycleHeld.contains(o)) cycleHeld.add(o);
    }

    /** An explicit {@code gc.collect()}: tracked objects and cycle candidates that are unreachable die. */
    public int collectCycles() {
        cycleHeld.clear();
        cycleCollection = true;
        lastDeaths = 0;
        try {
            collect(false, !cycleCandidates.isEmpty());
        } finally {
            cycleCollection = false;
        }
        return lastDeaths;
    }

    /** Adds a source of roots (for example the event loop's queues). */
    public void addRoots(Supplier<List<PyObject>> roots) {
        extraRoots.add(roots);
    }

    // ---- triggers --------------------------------------------------------------------------------

    /** An expression statement (or the event loop, a callback's result) discarded {@code v}. */
    public void discarded(PyObject v) {
        if (tracked.containsKey(v) || holdsTracked(v)) collectFrom(v);
    }

    /** An unwinding frame drops {@code values} while {@code exc}, alive though in flight, leaves it. */
    public void droppedWhileRaising(PyObject[] values, PyObject exc) {
        returning = exc;
        try {
            for (PyObject v : values) if (v != null) discarded(v);
        } finally {
            returning = null;
        }
    }

    /** Whether dropping {@code v} may free a tracked object (the test {@link #discarded} makes, without collecting). */
    public boolean wouldFree(PyObject v) {
        return tracked.containsKey(v) || holdsTracked(v);
    }

    /** Whether {@code o} is tracked (a cheap test before {@link #discarded}). */
    public boolean isTracked(PyObject o) {
        return o != null && tracked.containsKey(o);
    }

    /**
     * Whether a built-in call that just returned {@code result} may have dropped the last reference
     * to a tracked object among its receiver and arguments ({@code f.fast[base + 1 .. base + 1 + n]},
     * the callable at {@code base}). Only then is a collection worth its cost: a tracked argument
     * still held by one of the frame's locals or deeper stack slots ({@code iscoroutine(coro)} inside
     * a function), by the result ({@code create_task(coro())}) or by the receiver or callable
     * ({@code lst.append(coro())}) is certainly alive, and collecting after every such call made
     * {@code gather} over thousands of coroutines quadratic.
     */
    PyObject releasedByCall(Frame f, int base, int n, PyObject result) {
        PyObject[] st = f.fast;
        List<PyObject> released = null;
        for (int i = base + 1; i <= base + 1 + n; i++) {
            PyObject a = st[i];
            if (a == null) continue;
            // An argument that is a display holding one (len([coro()])) frees it too; the
            // receiver of a method call (lst.append) is held by whatever it was read from.
            // Not in library code: asyncio's own lists of tasks are not temporaries a learner sees.
            if (!tracked.containsKey(a) && (i == base + 1 || f.code.library || !tempHolds(a))) continue;
            if (heldAfterCall(f, base, a, result)) continue;
            if (released == null) released = new ArrayList<>(2);
            released.add(a);
        }
        if (released == null) return null;
        if (released.size() == 1) return released.get(0);
        // CPython releases a call's arguments first to last; a tuple's items die last to first.
        java.util.Collections.reverse(released);
        return PyTuple.of(released.toArray(new PyObject[0]));
    }

    /** What {@link #releasedByCall} found released by a call, once the call's result is on the stack. */
    void collectReleased(PyObject released) {
        collectFrom(released);
    }

    private static boolean heldAfterCall(Frame f, int base, PyObject a, PyObject result) {
        if (result == a || holdsDirectly(result, a)) return true;
        // Locals and the stack below the call (one array: see Frame.fast).
        if (slotsHold(f, base, a)) return true;
        return holdsDirectly(f.fast[base], a) || holdsDirectly(f.fast[base + 1], a) || namespaceHolds(f, a);
    }

    /** Whether one of {@code f}'s first {@code n} slots (locals, cells, then the value stack: see Frame.fast) holds {@code v}. */
    private static boolean slotsHold(Frame f, int n, PyObject v) {
        for (int i = 0; i < n; i++) if (f.fast[i] == v || (f.fast[i] instanceof PyCell c && c.value == v)) return true;
        return false;
    }

    /** Whether {@code f}'s globals, or the namespace of a module-level or class-body frame, hold {@code v} under some name. */
    private static boolean namespaceHolds(Frame f, PyObject v) {
        if (f.globals.size() <= 512 && holdsDirectly(f.globals, v)) return true;
        return f.locals != null && f.locals != f.globals && f.locals.getClass() == PyDict.class
                && ((PyDict) f.locals).size() <= 512 && holdsDirectly(f.locals, v);
    }

    /** Largest built-in container a dropped temporary is looked into: temporaries are displays ({@code len([coro()])}). */
    private static final int TEMP_ITEMS = 32;

    /**
     * Whether {@code v} is tracked, or a small built-in list, tuple, dict or set directly holding a
     * tracked object: what an instruction consuming {@code v} as a temporary may free.
     */
    private boolean tempHolds(PyObject v) {
        if (tracked.containsKey(v)) return true;
        Class<?> c = v.getClass();
        int n;
        if (c == PyTuple.class) n = ((PyTuple) v).size();
        else if (c == PyList.class) n = ((PyList) v).size();
        else if (c == PyDict.class) n = ((PyDict) v).size();
        else if (c == PySet.class) n = ((PySet) v).size();
        else return iterHolds(v, PIPELINE_DEPTH);
        return n <= TEMP_ITEMS && holdsShallow(v);
    }

    /** How deep {@link #iterHolds} follows a pipeline of generators and iterator wrappers. */
    private static final int PIPELINE_DEPTH = 4;

    /**
     * A generator (or a zip/map/filter/enumerate) that holds a tracked object in its frame, directly
     * or through such iterators: a pipeline of generators, {@code take(3, evens(numbers()))}. When
     * the pipeline's head is dropped CPython frees each stage in turn, and a stage suspended in a
     * try block is closed then (its finally runs before the next statement).
     */
    private boolean iterHolds(PyObject v, int depth) {
        if (depth <= 0) return false;
        if (v instanceof PyGenBase g) {
            if (g.finished || g.running) return false;
            Frame gf = g.frame;
            for (int i = 0; i < gf.sp; i++) {
                PyObject o = gf.fast[i];
                if (o != null && o != v && (tracked.containsKey(o) || iterHolds(o, depth - 1))) return true;
            }
            return false;
        }
        if (!PyIterators.isWrapper(v)) return false;
        boolean[] hit = {false};
        v.traverse(new Consumer<PyObject>() { public void accept(PyObject o) {
            if (!hit[0] && o != null && (tracked.containsKey(o) || iterHolds(o, depth - 1))) hit[0] = true;
        }});
        return hit[0];
    }

    /**
     * An instruction consumed {@code v} (an operand) and did not keep it: as CPython frees a
     * temporary when its last reference goes, a tracked object only {@code v} held dies here
     * ({@code "%s" % (coro(),)}, {@code coro() is None}, {@code f"{[coro()]}"} warn at their line).
     * {@code f}'s stack must already hold what the instruction produced instead of its operands.
     * Cheap unless {@code v} is tracked or a small display holding a tracked object, and no slot or
     * name of {@code f} holds it.
     */
    public void tempDropped(Frame f, PyObject v) {
        if (v == null || !nonEmpty || f.code.library || !tempHolds(v)) return;
        if (slotsHold(f, f.sp, v) || namespaceHolds(f, v)) return;
        collectFrom(v);
    }

    private static boolean holdsDirectly(PyObject holder, PyObject a) {
        if (holder == null) return false;
        boolean[] hit = {false};
        holder.traverse(new Consumer<PyObject>() { public void accept(PyObject c) {
            if (c == a) hit[0] = true;
        }});
        return hit[0];
    }

    /** Makes {@code o} a root until the matching {@link #unpin}. */
    public void pin(PyObject o) {
        pinned.add(o);
    }

    public void unpin() {
        pinned.remove(pinned.size() - 1);
    }

    /** A name that held {@code old} was rebound or deleted. */
    void released(PyObject old) {
        if (tracked.containsKey(old) || holdsTracked(old)) collectFrom(old);
    }

    /** A frame finished: its locals die with it. */
    void frameExit(Frame f, PyObject result) {
        returning = result;
        // An __init__ ends while the class call still holds the new instance (CPython's type call
        // keeps its reference): what __init__ stored in it (self.c = coro) is alive.
        if (f.initSelf != null) {
            initInstance = f.initSelf;
        } else if (f.code.argcount > 0 && f.stackBase() > 0 && "__init__".equals(f.code.name)) {
            PyObject self = f.fast[0];
            initInstance = self instanceof PyCell c ? c.value : self;
        }
        try {
            frameExitCheck(f);
        } finally {
            returning = null;
            initInstance = null;
        }
    }

    /** The instance an ending {@code __init__} filled in (a root while that frame's exit is checked). */
    private PyObject initInstance;

    /**
     * A generator honoured close(): its frame died with GeneratorExit, and with it its locals
     * (a finished generator no longer reaches its frame).
     */
    public void generatorClosed(PyGenBase g) {
        if (active()) frameExitCheck(g.frame);
    }

    /** The value a finishing frame returns: still alive though held only by Java for a moment. */
    private PyObject returning;

    private void frameExitCheck(Frame f) {
        for (int i = 0; i < f.stackBase(); i++) {
            PyObject o = f.fast[i];
            // A local holding a display of them too (def f(*a) called as f(*[coro()])).
            if (o != null && ((f.code.library ? tracked.containsKey(o) : tempHolds(o)) || (o instanceof PyCell c && c.value != null && tracked.containsKey(c.value)))) {
                collectFrom(f);
                return;
            }
        }
        for (int i = f.stackBase(); i < f.sp; i++) {
            if (f.fast[i] != null && (tracked.containsKey(f.fast[i]) || (!f.code.library && iterHolds(f.fast[i], PIPELINE_DEPTH)))) {
                collectFrom(f);
                return;
            }
        }
        if (f.gen != null && f.code.isCoroutine()) collectFrom(f);
    }

    /** What was just dropped (a value, a name's old value, an exiting frame): decides the order of deaths. */
    private PyObject origin;

    private void collectFrom(PyObject dropped) {
        origin = dropped;
        try {
            collect();
        } finally {
            origin = null;
        }
    }

    /**
     * Orders the dead tracked objects as CPython's deallocation would reach them from what was
     * dropped: depth first, each object before what it holds (a generator is finalized before its
     * frame's locals die), a frame's locals in order, a list's or tuple's items from the last to the
     * first (list_dealloc and tupledealloc go backwards). Dead objects not reached keep registration
     * order, after the others.
     */
    private List<Map.Entry<PyObject, Consumer<PyObject>>> deathOrder(List<Map.Entry<PyObject, Consumer<PyObject>>> dead,
                                                                   IdentityHashMap<PyObject, Boolean> reachable) {
        if (origin == null || dead.isEmpty()) return dead;
        // Also for one dead object: the counts tell whether it is cyclic garbage.
        List<Map.Entry<PyObject, Consumer<PyObject>>> counted = deathOrderByCounts(dead, reachable);
        if (counted != null) return counted;
        if (dead.size() < 2) return dead;
        IdentityHashMap<PyObject, Map.Entry<PyObject, Consumer<PyObject>>> byObj = new IdentityHashMap<>();
        for (var e : dead) byObj.put(e.getKey(), e);
        List<Map.Entry<PyObject, Consumer<PyObject>>> out = new ArrayList<>(dead.size());
        IdentityHashMap<PyObject, Boolean> visited = new IdentityHashMap<>();
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        todo.push(origin);
        List<PyObject> kids = new ArrayList<>();
        while (!todo.isEmpty() && out.size() < dead.size()) {
            PyObject o = todo.pop();
            if (visited.put(o, Boolean.TRUE) != null || (o != origin && reachable.containsKey(o))) continue;
            var e = byObj.get(o);
            if (e != null) out.add(e);
            kids.clear();
            o.traverse(c -> {
                if (c != null) kids.add(c);
            });
            boolean backwards = o instanceof PyList || o instanceof PyTuple;
            // The stack pops last-pushed first: push in the reverse of the visiting order.
            if (backwards) {
                for (PyObject c : kids) todo.push(c);
            } else {
                for (int i = kids.size() - 1; i >= 0; i--) todo.push(kids.get(i));
            }
        }
        if (out.size() == dead.size()) return out;
        for (var e : dead) if (!visited.containsKey(e.getKey())) out.add(e);
        return out;
    }

    /** Most objects the reference-count replay below looks at before it gives up (the walk above is cheaper). */
    private static final int COUNT_BUDGET = 100_000;

    /**
     * The death order as CPython's reference counts give it: an object dies when the last
     * reference to it from what is being freed goes, not at the first one (a list's items die
     * from the last to the first, but an item a later local still holds dies with that local).
     * Counts the references inside the freed part of the graph, then replays the deallocation from
     * {@link #origin}: each object, on dying, releases what it holds in order. Objects in cycles
     * never reach zero and keep registration order after the others. Null when the freed part is
     * too big to count.
     */
    private List<Map.Entry<PyObject, Consumer<PyObject>>> deathOrderByCounts(List<Map.Entry<PyObject, Consumer<PyObject>>> dead,
                                                                           IdentityHashMap<PyObject, Boolean> reachable) {
        IdentityHashMap<PyObject, int[]> refs = new IdentityHashMap<>();
        IdentityHashMap<PyObject, Boolean> visited = new IdentityHashMap<>();
        ArrayDeque<PyObject> todo = new ArrayDeque<>();
        todo.push(origin);
        boolean[] originInCycle = {false};
        while (!todo.isEmpty()) {
            PyObject o = todo.pop();
            if (visited.put(o, Boolean.TRUE) != null) continue;
            if (visited.size() > COUNT_BUDGET) return null;
            // A generator's frame lives inside the generator in CPython: no counted reference back.
            PyObject ownGen = o instanceof Frame f ? f.gen : null;
            o.traverse(c -> {
                if (c == origin && c != ownGen) originInCycle[0] = true;
                if (c == null || c == origin || c == ownGen || reachable.containsKey(c)) return;
                int[] r = refs.get(c);
                if (r == null) refs.put(c, new int[] {1});
                else r[0]++;
                todo.push(c);
            });
        }
        IdentityHashMap<PyObject, Map.Entry<PyObject, Consumer<PyObject>>> byObj = new IdentityHashMap<>();
        for (var e : dead) byObj.put(e.getKey(), e);
        List<Map.Entry<PyObject, Consumer<PyObject>>> out = new ArrayList<>(dead.size());
        IdentityHashMap<PyObject, Boolean> emitted = new IdentityHashMap<>();
        // The dropped object itself, when it is tracked and its count reaches zero, is finalized
        // before it releases what it holds (its __del__ runs, then its attributes go).
        var originEntry = byObj.get(origin);
        if (originEntry != null && !originInCycle[0]) {
            out.add(originEntry);
            emitted.put(origin, Boolean.TRUE);
        }
        ArrayDeque<List<PyObject>> lists = new ArrayDeque<>();
        ArrayDeque<int[]> positions = new ArrayDeque<>();
        lists.push(releasedBy(origin));
        positions.push(new int[1]);
        while (!lists.isEmpty() && out.size() < dead.size()) {
            List<PyObject> kids = lists.peek();
            int[] at = positions.peek();
            if (at[0] >= kids.size()) {
                lists.pop();
                positions.pop();
                continue;
            }
            PyObject c = kids.get(at[0]++);
            int[] r = refs.get(c);
            if (r == null || --r[0] != 0) continue;
            var e = byObj.get(c);
            if (e != null && emitted.put(c, Boolean.TRUE) == null) out.add(e);
            lists.push(releasedBy(c));
            positions.push(new int[1]);
        }
        for (var e : dead) if (!emitted.containsKey(e.getKey())) out.add(e);
        // A dropped name or value (not a frame: the engine keeps frames apart from their tracebacks)
        // whose object graph is cyclic: what its reference counts never free is CPython's cyclic
        // garbage, alive until gc.collect() or the program's end.
        boolean frame = origin instanceof Frame;
        for (var e : dead) {
            PyObject o = e.getKey();
            boolean held = o == origin ? !frame && originInCycle[0]
                    : visited.containsKey(o) && ((!frame && originInCycle[0]) || !emitted.containsKey(o));
            if (held) cyclicGarbage.put(o, Boolean.TRUE);
        }
        return out;
    }

    /** The dead objects the last death order found only cyclic garbage holds (see {@link #deathOrderByCounts}). */
    private final IdentityHashMap<PyObject, Boolean> cyclicGarbage = new IdentityHashMap<>();

    /** What {@code o} releases when it dies, in CPython's order (lists and tuples from the end). */
    private static List<PyObject> releasedBy(PyObject o) {
        List<PyObject> kids = new ArrayList<>();
        PyObject ownGen = o instanceof Frame f ? f.gen : null;
        o.traverse(c -> {
            if (c != null && c != ownGen) kids.add(c);
        });
        if (o instanceof PyList || o instanceof PyTuple) java.util.Collections.reverse(kids);
        return kids;
    }

    private static boolean isContainer(PyObject o) {
        // A built-in iterator holds what it iterates (iter([coro()]), a generator expression's '.0').
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet
                || o instanceof dev.coroscope.engine.runtime.modules.DequeType || o instanceof PyIterators.Base;
    }

    private boolean holdsTracked(PyObject v) {
        if (isContainer(v)) {
            // Every item of the container itself; what the items hold within a few steps.
            boolean[] hit = {false};
            int[] budget = {64};
            v.traverse(new Consumer<PyObject>() { public void accept(PyObject o) {
                if (!hit[0] && o != null && holdsItem(o, budget)) hit[0] = true;
            }});
            return hit[0];
        }
        if (v instanceof PyBaseException e) {
            // An exception keeps the frames of its traceback alive, and their locals with them
            // (a coroutine passed to a call that raised dies when the 'except ... as e' ends).
            for (int chain = 0; e != null && chain < 8; chain++, e = e.context) {
                // Its arguments too (ValueError(coro()) dropped frees the coroutine).
                if (e.args != null && holdsShallow(e.args)) return true;
                // Or a display among them (KeyError([coro()])).
                if (e.args != null && e.args.size() <= TEMP_ITEMS) for (PyObject a : e.args.items()) if (a != null && tempHolds(a)) return true;
                int n = 0;
                for (PyTraceback tb = e.traceback; tb != null && n < 64; tb = tb.next, n++) {
                    if (tb.frame instanceof Frame f && frameHolds(f)) return true;
                }
                if (e.hiddenFrames != null) {
                    // (A tuple: the arguments of a Java method that is Python code in CPython, see RareOps.keptByTraceback.)
                    for (PyObject o : e.hiddenFrames) if (o instanceof Frame f ? frameHolds(f) : o instanceof PyTuple t && holdsShallow(t)) return true;
                }
            }
            return false;
        }
        if (v instanceof PyGenBase g && !g.running && !g.finished) return frameHolds(g.frame);
        // A finished future or task keeps its result and its exception (with that exception's
        // traceback frames) alive: dropping the last reference to a failed task frees them.
        if (v instanceof Outcome o) {
            // A failed task's traceback may run through a frame holding that task: look a few levels deep only.
            if (outcomeDepth >= 3) return false;
            outcomeDepth++;
            try {
                return outcomeHolds(o);
            } finally {
                outcomeDepth--;
            }
        }
        if (v instanceof Holder h) {
            if (outcomeDepth >= 3) return false;
            outcomeDepth++;
            try {
                boolean[] hit = {false};
                // Cheap kinds only: this runs for every callback the event loop finishes with.
                h.heldForLifetime(o -> {
                    if (hit[0] || o == null) return;
                    if (tracked.containsKey(o) || ((o instanceof PyFunction || o instanceof Outcome || o instanceof PyBaseException
                            || o instanceof PyList || o instanceof PyTuple) && holdsTracked(o))) {
                        hit[0] = true;
                    }
                });
                return hit[0];
            } finally {
                outcomeDepth--;
            }
        }
        // A function's defaults and closure cells (a lambda given a coroutine as a default).
        if (v instanceof PyFunction fn) {
            if (fn.defaults != null) for (PyObject o : fn.defaults) if (o != null && holdsShallow(o)) return true;
            if (fn.kwdefaults != null && holdsShallow(fn.kwdefaults)) return true;
            if (fn.closure != null) {
                for (PyCell c : fn.closure) if (c != null && c.value != null && holdsShallow(c.value)) return true;
            }
            return false;
        }
        if (v instanceof PyInstance && !tracked.isEmpty()) return reaches(v, new int[] {64});
        // A bound method keeps its instance alive (f = make().method; del f).
        if (v instanceof PyMethod m) return tracked.containsKey(m.self) || holdsTracked(m.self);
        return false;
    }

    private int outcomeDepth;

    private boolean outcomeHolds(Outcome o) {
        PyObject r = o.outcomeResult();
        if (r != null && (tracked.containsKey(r) || holdsTracked(r))) return true;
        PyBaseException exc = o.outcomeException();
        if (exc != null && holdsTracked(exc)) return true;
        int n = 0;
        for (PyTraceback tb = o.outcomeTraceback(); tb != null && n < 64; tb = tb.next, n++) {
            if (tb.frame instanceof Frame f && frameHolds(f)) return true;
        }
        return false;
    }

    /**
     * Whether a tracked object is within a few steps of {@code v} through instances and
     * containers (an object whose attribute holds a list of objects with __del__), looking at
     * no more than {@code budget[0]} objects.
     */
    private boolean reaches(PyObject v, int[] budget) {
        boolean[] hit = {false};
        v.traverse(new Consumer<PyObject>() { public void accept(PyObject o) {
            if (hit[0] || o == null || budget[0] <= 0) return;
            budget[0]--;
            if (holdsItem(o, budget)) hit[0] = true;
        }});
        return hit[0];
    }

    /**
     * {@code o}, an item or attribute, is tracked or holds a tracked object: a future or an
     * exception (gather's return_exceptions list) through its traceback's frames, an instance or
     * container (asyncio.Queue's deque) within the budget.
     */
    private boolean holdsItem(PyObject o, int[] budget) {
        if (tracked.containsKey(o)) return true;
        if (o instanceof Outcome || o instanceof PyBaseException) return holdsTracked(o);
        if (o instanceof PyInstance || isContainer(o)) return reaches(o, budget);
        return false;
    }

    private boolean frameHolds(Frame f) {
        // Locals and stack (one array: see Frame.fast).
        for (int i = 0; i < f.sp; i++) if (f.fast[i] != null && holdsShallow(f.fast[i])) return true;
        return false;
    }

    /** {@code o} is tracked, or a list/tuple/set/dict directly holding a tracked object (asyncio.wait's set of coroutines). */
    private boolean holdsShallow(PyObject o) {
        if (tracked.containsKey(o)) return true;
        if (o instanceof Outcome || o instanceof PyIterators.Base) return holdsTracked(o);
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
            boolean[] hit = {false};
            o.traverse(new Consumer<PyObject>() { public void accept(PyObject c) {
                if (c != null && tracked.containsKey(c)) hit[0] = true;
            }});
            return hit[0];
        }
        return false;
    }

    /**
     * Objects the marking may still visit: a collection visits every reachable object, and the
     * triggers fire at every coroutine exit, so a program with 10,000 live tasks would pay
     * 10,000 x 10,000 visits. The credit grows with the steps the program takes; a collection
     * that would overdraw it is put off to a later trigger (or program end). Teaching-sized
     * programs never run out, so their finalizers run exactly where CPython's would.
     */
    private long creditSpent;
    private static final long INITIAL_CREDIT = 20_000_000L;
    private static final long CREDIT_PER_STEP = 500L;
    /** Visits of the last collection: what the next one is expected to cost. */
    private long lastVisits;
    /** A collection was put off for lack of credit. */
    private boolean deferred;

    private boolean affordable() {
        long credit = INITIAL_CREDIT + CREDIT_PER_STEP * in.steps() - creditSpent;
        return lastVisits <= credit;
    }

    /** Finds tracked objects no longer reachable and finalizes them. */
    public void collect() {
        if (collecting || tracked.isEmpty()) return;
        if (!affordable()) {
            deferred = true;
            return;
        }
        deferred = false;
        collect(true, false);
    }

    /** Whether a collection was put off (the event loop retries when it runs out of work). */
    public boolean deferred() {
        return deferred;
    }

    /**
     * A sys.settrace or sys.profile function is running (a count): values the VM has in hand (one
     * being yielded into a built-in's list, the event's argument) are held by no root it walks, so
     * no collection runs until it returns (one is put off, as when unaffordable).
     */
    int hookDepth;

    private void collect(boolean charged, boolean cycles) {
        if (hookDepth > 0) {
            deferred = true;
            return;
        }
        if (collecting || (tracked.isEmpty() && !cycles)) return;
        collecting = true;
        try {
            IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
            ArrayDeque<PyObject> work = programRoots();
            for (Frame fr = in.frame; fr != null; fr = fr.back) work.add(fr);
            for (PyObject o : cycleHeld) work.add(o);
            // Between cycle collections a pending task lives on in its cycle (task, awaited future,
            // wake-up callback) even when nothing else holds it, and so does all it holds (the
            // locals of its coroutine's frame): only the cycle collector may find it dead.
            if (!cycles) for (CycleCandidates cc : cycleCandidates) for (PyObject o : cc.inCycles()) work.add(o);
            if (returning != null) work.add(returning);
            if (initInstance != null) work.add(initInstance);
            PyObject handled = in.handledException();
            if (handled != null) work.add(handled);
            long edges = reach(work, seen);
            // The cost is in references followed (a list of a million times the same int is cheap
            // in objects and dear in references).
            lastVisits = edges + seen.size();
            if (charged) creditSpent += lastVisits;
            cyclicGarbage.clear();
            List<Map.Entry<PyObject, Consumer<PyObject>>> dead = deathOrder(tracked.dead(new java.util.function.Predicate<PyObject>() {
                public boolean test(PyObject o) {
                    return seen.containsKey(o);
                }}), seen);
            List<Map.Entry<CycleCandidates, PyObject>> deadCandidates = new ArrayList<>();
            IdentityHashMap<PyObject, Boolean> owned = new IdentityHashMap<>();
            if (cycles) {
                for (CycleCandidates cc : cycleCandidates) {
                    for (PyObject c : cc.candidates()) {
                        if (seen.containsKey(c)) {
                            cc.survived(c);
                            continue;
                        }
                        deadCandidates.add(Map.entry(cc, c));
                        PyObject o = cc.owned(c);
                        if (o != null) owned.put(o, Boolean.TRUE);
                    }
                }
            }
            if (cycleCollection) {
                for (var e : dead) {
                    List<Consumer<PyObject>> weak = weakParts.get(e.getKey());
                    if (weak != null && !owned.containsKey(e.getKey())) for (Consumer<PyObject> w : weak) w.accept(e.getKey());
                }
            }
            for (var e : dead) {
                if (!cycles && cyclicGarbage.containsKey(e.getKey())) {
                    holdUntilCycleCollection(e.getKey());
                    continue;
                }
                weakParts.remove(e.getKey());
                tracked.remove(e.getKey());
                lastDeaths++;
                // A dead candidate finalizes what it owns itself, in CPython's order for the cycle.
                if (!owned.containsKey(e.getKey())) e.getValue().accept(e.getKey());
            }
            // gc.collect() counts them too (CPython: the task, its coroutine, frame, future...).
            lastDeaths += deadCandidates.size();
            for (var e : deadCandidates) e.getKey().collected(e.getValue());
        } finally {
            collecting = false;
        }
    }

    /** Program end: module teardown finalizes whatever is still tracked. */
    void shutdown(PyObject uncaught) {
        if (uncaught != null) pin(uncaught);
        exitCycleCollection = true;
        try {
            collect(false, false);
        } finally {
            exitCycleCollection = false;
            if (uncaught != null) unpin();
        }
        List<Map.Entry<PyObject, Consumer<PyObject>>> rest = tracked.entries();
        tracked.clear();
        // CPython collects cyclic garbage before it tears the modules down: a coroutine that only
        // a cycle kept alive is reported then, by the warnings module itself (sys:1 with the
        // tracemalloc hint), before those that modules or the uncaught exception (sys.last_value)
        // hold, which die later, when only the C fallback prints.
        IdentityHashMap<PyObject, Boolean> held = null;
        for (var e : rest) {
            if (!(e.getKey() instanceof PyCoroutine c) || !c.warnable) continue;
            if (held == null) held = heldAtTeardown(uncaught);
            if (held.containsKey(c)) continue;
            exitCycleCollection = true;
            try {
                warnAtExit(Exc.RuntimeWarning, neverAwaitedMessage(c), c);
            } finally {
                exitCycleCollection = false;
            }
            c.warnable = false;
        }
        for (var e : rest) {
            if (e.getKey() instanceof PyCoroutine c && c.warnable) {
                warnAtExit(Exc.RuntimeWarning, neverAwaitedMessage(c), c);
            } else {
                e.getValue().accept(e.getKey());
            }
        }
    }

    private void neverAwaited(PyCoroutine c) {
        if (!c.warnable) return;
        c.warnable = false;
        warn(Exc.RuntimeWarning, neverAwaitedMessage(c), true, c);
    }

    /**
     * CPython's text (warnings._warn_unawaited_coroutine): with origin tracking on, the frames
     * where the coroutine was created follow, outermost first, as traceback.format_list writes them.
     */
    public String neverAwaitedMessage(PyCoroutine c) {
        String msg = "coroutine '" + c.qualname + "' was never awaited";
        if (!(c.origin instanceof PyTuple origin)) return msg;
        StringBuilder sb = new StringBuilder(msg).append("\nCoroutine created at (most recent call last)\n");
        PyObject[] entries = origin.items();
        for (int i = entries.length - 1; i >= 0; i--) {
            PyObject[] e = ((PyTuple) entries[i]).items();
            String file = ((PyStr) e[0]).value();
            int line = (int) ((PyInt) e[1]).v;
            sb.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(((PyStr) e[2]).value()).append('\n');
            String src = in.rt.sourceLine(file, line);
            if (src != null && !src.isBlank()) sb.append("    ").append(src.strip()).append('\n');
        }
        String text = sb.toString().stripTrailing();
        return in.rt.loopOrigins != null ? in.rt.loopOrigins.forStderr(text) : text;
    }

    /**
     * Prints a warning the way the {@code warnings} module's default filter does: once per
     * location, with the source line, attributed to the innermost non-library frame.
     */
    /** Where CPython 3.11.7's loop runs a callback (as the conformance recordings write stdlib paths). */
    private static final String[] EVENTS_SITE = {"<stdlib>/asyncio/events.py", "80", "asyncio.events",
            "self._context.run(self._callback, *self._args)"};

    /** While not null: {file, line, module, source line} of CPython's library code that warnings are blamed on. */
    private String[] librarySite;

    /**
     * Runs {@code action} (which may finalize objects) as if from a line of CPython's asyncio
     * library: warnings it gives name that line, as CPython's do when the library drops the last
     * reference (loop.close() clearing its ready queue frees the tasks only that queue held).
     */
    public void atLibraryLine(String file, int lineno, String module, String sourceLine, Runnable action) {
        String[] saved = librarySite;
        librarySite = new String[] {file, String.valueOf(lineno), module, sourceLine};
        try {
            action.run();
        } finally {
            librarySite = saved;
        }
    }

    /**
     * A warning with no Python frame to blame (program end): CPython attributes it to {@code sys:1}
     * and, like any warning, prints the same text for the same location once (two never-awaited
     * coroutines of one function at exit give one line).
     */
    public void warnAtExit(PyType category, String message) {
        warnAtExit(category, message, null);
    }

    /**
     * {@link #warnAtExit} about {@code source} (a coroutine never awaited): CPython's warnings
     * module is being torn down, so only its filters apply and the C fallback prints (no custom
     * formatting, no tracemalloc hint); an "error" filter gives an unraisable report without traceback.
     */
    public void warnAtExit(PyType category, String message, PyObject source) {
        String action = in.rt.warningAction(category, message);
        if (action.equals("ignore")) return;
        if (action.equals("error") && source != null) {
            in.rt.unraisable(source, Exc.make(category, message),
                    "Exception ignored in: " + source.repr() + "\n" + category.name() + ": " + message + "\n");
            return;
        }
        if (!warned.add("sys:1:" + category.name() + ":" + message)) return;
        in.rt.warnRaw("sys:1: " + category.name() + ": " + message + "\n"
                + (exitCycleCollection && source != null ? "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" : ""));
    }

    /** While {@link #shutdown} reports coroutines that died in a cycle. */
    private boolean exitCycleCollection;

    /** What the modules, the loop's queues, pinned objects and the uncaught exception still reach at program end. */
    private IdentityHashMap<PyObject, Boolean> heldAtTeardown(PyObject uncaught) {
        IdentityHashMap<PyObject, Boolean> seen = new IdentityHashMap<>();
        ArrayDeque<PyObject> work = programRoots();
        if (uncaught != null) work.add(uncaught);
        reach(work, seen);
        return seen;
    }

    /** The roots every walk starts from: the modules, the builtins, the extra roots (the loop's queues...) and pinned objects. */
    private ArrayDeque<PyObject> programRoots() {
        ArrayDeque<PyObject> work = new ArrayDeque<>();
        work.add(in.rt.modules.dict());
        work.add(in.rt.builtinsDict);
        // Element by element: ArrayDeque.addAll links a method reference of the JDK's at its first use.
        for (Supplier<List<PyObject>> s : extraRoots) for (PyObject o : s.get()) work.add(o);
        for (PyObject o : pinned) work.add(o);
        return work;
    }

    /** Marks in {@code seen} everything {@code work} reaches; returns the number of references followed. */
    private static long reach(ArrayDeque<PyObject> work, IdentityHashMap<PyObject, Boolean> seen) {
        long[] edges = {0};
        while (!work.isEmpty()) {
            PyObject o = work.poll();
            if (o == null || seen.put(o, Boolean.TRUE) != null) continue;
            o.traverse(new Consumer<PyObject>() { public void accept(PyObject child) {
                edges[0]++;
                if (child != null && !seen.containsKey(child)) work.add(child);
            }});
        }
        return edges[0];
    }

    public void warn(PyType category, String message, boolean tracemallocHint) {
        warn(category, message, tracemallocHint, null);
    }

    /** Where CPython's warnings.py warns about a coroutine never awaited (an "error" filter's traceback shows it). */
    private static final String UNAWAITED_FRAME = "  File \"<stdlib>/warnings.py\", line 537, in _warn_unawaited_coroutine\n"
            + "    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)\n";

    /**
     * A warning the engine raises itself, about {@code source} when not null (a coroutine never
     * awaited). Once the program imported {@code warnings}, its filters, registries and
     * showwarning decide (catch_warnings(record=True) records it, an "error" filter makes it an
     * exception that is reported as unraisable, as CPython's _PyErr_WarnUnawaitedCoroutine does);
     * before, it is printed directly, as the default filters would.
     */
    public void warn(PyType category, String message, boolean tracemallocHint, PyObject source) {
        PyObject hook = in.rt.warningHook;
        Frame f = in.frame;
        if (f != null && f != in.rt.callbackBase) {
            while (f != null && f.code.library) f = f.back;
        }
        String[] lib = librarySite != null ? librarySite
                : f != null && f == in.rt.callbackBase ? EVENTS_SITE : null;
        if (f == null && lib == null) {
            warnAtExit(category, message, source);
            return;
        }
        if (hook != null) {
            String file, module, line;
            int lineno;
            if (lib != null) {
                file = lib[0];
                lineno = Integer.parseInt(lib[1]);
                module = lib[2];
                line = lib[3];
            } else {
                file = f.code.filename;
                lineno = f.lineno();
                PyObject name = f.globals.get(PyStr.intern("__name__"));
                module = name instanceof PyStr ns ? ns.value() : "<string>";
                line = null;
            }
            PyObject shown;
            try {
                shown = Ops.call(hook, category, PyStr.of(message), PyStr.of(file), PyInt.of(lineno), PyStr.of(module),
                        line == null ? PyNone.INSTANCE : PyStr.of(line),
                        source == null || !tracemallocHint ? PyNone.INSTANCE : source);
            } catch (PyError e) {
                if (source == null) throw e;
                String tb = TracebackPrinter.formatUnraisable(in.rt, e.exc);
                String header = "Traceback (most recent call last):\n";
                tb = tb.startsWith(header) ? header + UNAWAITED_FRAME + tb.substring(header.length())
                        : header + UNAWAITED_FRAME + tb;
                // The hook sees the traceback CPython's has: warnings.py's frame first.
                PyTraceback saved = e.exc.traceback;
                Frame warnFrame = LoopFrames.standIn(in, new String[] {Runtime.CPYTHON_STDLIB + "warnings.py", "537",
                        "_warn_unawaited_coroutine"}, null);
                e.exc.traceback = new PyTraceback(warnFrame, 0, 537, saved);
                try {
                    in.rt.unraisable(source, e.exc, "Exception ignored in: " + source.repr() + "\n" + tb);
                } finally {
                    e.exc.traceback = saved;
                }
                return;
            }
            if (Ops.isTrue(shown) && in.tracer != null) in.tracer.warning(category.name(), message);
            return;
        }
        if (lib != null) {
            // CPython's innermost frame here is in asyncio (Handle._run, or loop.close() clearing
            // its queue); the loop is Java here.
            String key = lib[0] + ":" + lib[1] + ":" + category.name() + ":" + message;
            if (!warned.add(key)) return;
            in.rt.warnRaw(lib[0] + ":" + lib[1] + ": " + category.name() + ": " + message + "\n  " + lib[3] + "\n"
                    + (tracemallocHint ? "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" : ""));
            if (in.tracer != null) in.tracer.warning(category.name(), message);
            return;
        }
        while (f != null && f.code.library) f = f.back;
        if (f == null) {
            warnAtExit(category, message);
            return;
        }
        int line = f.lineno();
        String key = f.code.filename + ":" + line + ":" + category.name() + ":" + message;
        if (!warned.add(key)) return;
        StringBuilder sb = new StringBuilder();
        sb.append(f.code.filename).append(':').append(line).append(": ").append(category.name()).append(": ")
                .append(message).append('\n');
        String src = in.rt.sourceLine(f.code.filename, line);
        if (src != null && !src.isBlank()) sb.append("  ").append(src.strip()).append('\n');
        if (tracemallocHint) {
            sb.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        }
        in.rt.warnRaw(sb.toString());
        if (in.tracer != null) in.tracer.warning(category.name(), message);
    }
}
