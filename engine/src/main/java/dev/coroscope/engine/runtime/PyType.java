package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A Python type. Built-in types are shared by every run and immutable once ready: their
 * dictionary is filled lazily, on first use, by the initializer given at construction, under a
 * lock (two runs may start at once); a run readies only the types it uses, which keeps start-up
 * short. User classes ("heap types") belong to one run; their
 * attribute lookups are cached and the cache is dropped whenever the class or one of its bases
 * changes.
 *
 * <p>The constructor touches nothing but plain fields so that the static {@code TYPE} constants of
 * the value classes can be created in any class-initialisation order.
 */
public final class PyType extends PyObject {

    /** Creates an instance for {@code type.__call__}/{@code __new__}: (cls, args, kwnames). */
    @FunctionalInterface
    public interface NewFn {
        PyObject make(PyType cls, PyObject[] args, String[] kwnames);
    }

    public static final PyType OBJECT = new PyType("object", null, true, new Consumer<PyType>() { public void accept(PyType x) {
        TypeCall.initObject(x);
    }});
    public static final PyType TYPE = new PyType("type", OBJECT, true, new Consumer<PyType>() { public void accept(PyType x) {
        TypeCall.initType(x);
    }});

    private String name;
    private String qualname;
    private String module;
    private PyType base;
    private PyType[] bases;
    private PyType[] mro;
    private PyDict dict;
    private PyType metatype;
    private final boolean heap;
    /**
     * Some instance of this class was registered for its {@code __del__} (set once, never
     * cleared): only then can reading an attribute off a temporary instance finalize it, so
     * LOAD_ATTR asks the lifetime tracker about instances of flagged classes alone.
     */
    public boolean delWatched;
    private final boolean subclassable;
    private Consumer<PyType> initializer;
    private volatile boolean ready;
    private NewFn newFn;
    private Map<PyStr, PyObject> cache;
    /**
     * In front of {@link #cache} / {@link #builtinCache} for a type's hot names (special methods
     * that operators and comparisons look up on every use, methods): a direct-mapped table of the
     * last lookup per slot, matched by name identity (names are interned), so a hit costs no
     * hashing or equality call. Emptied with {@link #cache}. An entry is immutable and published by
     * one reference store, so a built-in type's table may be shared by concurrent runs: a reader
     * sees a whole entry or the previous one.
     */
    private final Recent[] recent = new Recent[RECENT];
    private static final int RECENT = 64;

    /** A lookup result of {@link #recent}: {@code value} null when the name is absent. */
    private record Recent(PyStr name, PyObject value) {
    }
    private volatile java.util.concurrent.ConcurrentHashMap<PyStr, PyObject> builtinCache;
    /** Heap types: 1 when a Python {@code __getattribute__}/{@code __setattr__} overrides object's, 0 not, -1 unknown. */
    private int customGetattribute = -1;
    private int customSetattr = -1;
    private List<PyType> subclasses;
    /** Heap types: how many {@code __slots__} values an instance holds, inherited ones included. */
    private int slotCount;
    /** Heap types: false when {@code __slots__} leave instances without a {@code __dict__}. */
    private boolean instanceDict = true;
    /**
     * Heap types: the root of the shapes of its instances' compact dictionaries. Made with the
     * class, not by its first instance: that branch is taken once per class, so the JIT compiled
     * the call path with it as a trap, and a class first instantiated later (oop.py's shapes after
     * its particles) threw that compile of Interp.call away.
     */
    private final InstanceShape shapeRoot = InstanceShape.newRoot();
    /** For built-in types: the Java class of its instances, used by {@link #isInstanceFast}. */
    private Class<?> javaClass;

    private PyType(String name, PyType base, boolean subclassable, Consumer<PyType> init) {
        this.name = name;
        this.qualname = name;
        this.module = "builtins";
        this.base = base;
        this.heap = false;
        this.subclassable = subclassable;
        this.initializer = init;
    }

    /** A built-in type; {@code init} fills its dictionary on first use. */
    public static PyType builtin(String name, PyType base, boolean subclassable, Consumer<PyType> init) {
        return new PyType(name, base == null ? OBJECT : base, subclassable, init);
    }

    /** A built-in type living in a module other than {@code builtins}. */
    public static PyType builtin(String module, String name, PyType base, boolean subclassable,
                                 Consumer<PyType> init) {
        PyType t = builtin(name, base, subclassable, init);
        t.module = module;
        return t;
    }

    /** A user class created by {@code class} or {@code type(name, bases, dict)}. */
    public PyType(PyType metatype, String name, String qualname, PyType[] bases, PyDict dict) {
        this.metatype = metatype == TYPE ? null : metatype;
        this.name = name;
        this.qualname = qualname;
        this.heap = true;
        this.subclassable = true;
        this.bases = bases;
        this.dict = dict;
        this.base = solidBase(bases);
        this.mro = computeMro(this, bases);
        this.cache = new HashMap<>();
        PyObject m = dict.get(PyStr.intern("__module__"));
        this.module = m instanceof PyStr s ? s.value() : null;
        for (PyType b : bases) if (b.heap) b.addSubclass(this);
        this.ready = true;
    }

    // ---- set-up of built-in types ----------------------------------------------------------

    /**
     * One lock for readying every built-in type: an initializer may ready other types (its base,
     * types it refers to), and with a lock per type two runs readying two types in opposite order
     * could deadlock.
     */
    private static final Object READY_LOCK = new Object();

    /**
     * Readies a built-in type on first use. Only the test stays here: it runs on every
     * {@link #mro()}, {@link #dict()} and built-in lookup, and a caller the JIT compiles inlines
     * it whole; the set-up it guards ({@link #makeReady}) would otherwise be compiled, at the
     * optimizing tier, into every hot caller (it was a 300-byte compilation of its own in oop.py).
     */
    private void ensureReady() {
        if (!ready) makeReady();
    }

    private void makeReady() {
        synchronized (READY_LOCK) {
            if (ready) return;
            if (bases == null) bases = base == null ? new PyType[0] : new PyType[] {base};
            if (mro == null && bases.length > 1) mro = computeMro(this, bases);
            if (mro == null) {
                List<PyType> m = new ArrayList<>();
                for (PyType t = this; t != null; t = t.base) m.add(t);
                mro = m.toArray(new PyType[0]);
            }
            dict = new PyDict();
            if (initializer != null) initializer.accept(this);
            initializer = null;
            if (newFn != null && this != OBJECT && dict.get(Ops.S_NEW) == null) {
                // Like CPython's tp_new wrapper: int.__new__(cls, ...) creates an instance of a subtype.
                PyType owner = this;
                dict.put(Ops.S_NEW, new PyBuiltinFunction("__new__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
                    if (a.length == 0) throw Exc.typeError(owner.name + ".__new__(): not enough arguments");
                    if (!(a[0] instanceof PyType cls)) {
                        throw Exc.typeError(owner.name + ".__new__(X): X is not a type object (" + a[0].getType().tpName() + ")");
                    }
                    if (!cls.isSubtypeOf(owner)) {
                        throw Exc.typeError(owner.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + owner.name);
                    }
                    return owner.newFn.make(cls, java.util.Arrays.copyOfRange(a, 1, a.length), k);
                }}, this, null));
            }
            // A built-in type that cannot be subclassed and defines no constructor of its own
            // (generator, list_iterator, frame...) cannot be instantiated, as in CPython.
            if (newFn == null && base != null && !(base == OBJECT && !subclassable)) {
                base.ensureReady();
                newFn = base.newFn;
            }
            ready = true;
        }
    }

    private boolean callsInit;

    /** For built-in types built in two steps: {@code type(...)} also runs {@code __init__}. */
    public void setCallsInit() {
        this.callsInit = true;
    }

    public boolean callsInit() {
        ensureReady();
        return callsInit;
    }

    /** Sets how instances are created (built-in types, during initialisation). */
    public void setNew(NewFn fn) {
        this.newFn = fn;
    }

    /** Declares several bases for a built-in type (ExceptionGroup); call before first use. */
    public PyType withBases(PyType... declared) {
        this.bases = declared;
        return this;
    }

    public void setJavaClass(Class<?> c) {
        this.javaClass = c;
    }

    public NewFn newFn() {
        ensureReady();
        return newFn;
    }

    // ---- accessors -------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    /** Modules whose built-in types CPython names with the module in messages (its C {@code tp_name}). */
    private static final java.util.Set<String> DOTTED_TP_NAME = java.util.Set.of(
            "_asyncio", "_contextvars", "_io", "collections", "functools", "itertools", "operator", "re", "types", "weakref");

    /**
     * The name CPython's messages use ({@code tp_name}): {@code '_asyncio.Task' object has no
     * attribute 'x'}; the plain name for user classes and for types CPython writes in Python.
     */
    public String tpName() {
        if (cTypeName != null) return cTypeName;
        if (!heap && module != null && DOTTED_TP_NAME.contains(module)) return module + "." + name;
        return name;
    }

    /** For a library class written in Python that CPython writes in C (OrderedDict, StringIO): its tp_name. */
    private volatile String cTypeName;

    /** Names this class in messages as CPython's C type of that name ({@code collections.OrderedDict}); not inherited. */
    public void setCTypeName(String tpName) {
        this.cTypeName = tpName;
    }

    public String moduleName() {
        if (heap) {
            PyObject m = dict.get(PyStr.intern("__module__"));
            return m instanceof PyStr s ? s.value() : null;
        }
        return module;
    }

    /**
     * A built-in type standing in for a class CPython writes in Python (the event loop): its
     * methods print as functions and bound methods, as there.
     */
    private boolean pythonMethods;

    public boolean pythonMethods() {
        return pythonMethods;
    }

    public PyType withPythonMethods() {
        pythonMethods = true;
        return this;
    }

    public boolean isHeap() {
        return heap;
    }

    public boolean isSubclassable() {
        return subclassable;
    }

    public PyType base() {
        return base;
    }

    public PyType[] bases() {
        ensureReady();
        return bases;
    }

    public PyType[] mro() {
        ensureReady();
        return mro;
    }

    public PyDict dict() {
        ensureReady();
        return dict;
    }

    public int slotCount() {
        return slotCount;
    }

    public boolean instanceDict() {
        return instanceDict;
    }

    /** The empty shape new instances of this class start with (see {@link InstanceShape}). */
    InstanceShape shapeRoot() {
        return shapeRoot;
    }

    /** Records the instance layout {@code __slots__} give a new class (before any instance exists). */
    void setLayout(int slotCount, boolean instanceDict) {
        this.slotCount = slotCount;
        this.instanceDict = instanceDict;
    }

    public List<PyType> subclasses() {
        return subclasses == null ? List.of() : subclasses;
    }

    private void addSubclass(PyType t) {
        if (subclasses == null) subclasses = new ArrayList<>();
        subclasses.add(t);
    }

    /** The nearest built-in ancestor: it decides the Java layout of instances. */
    public PyType builtinBase() {
        PyType t = this;
        while (t.heap) t = t.base;
        return t;
    }

    @Override
    public boolean usesGenericGetAttr() {
        return false;
    }

    @Override
    public PyType getType() {
        return metatype == null ? TYPE : metatype;
    }

    @Override
    public PyDict getDict() {
        return dict();
    }

    // ---- subtyping and lookup ---------------------------------------------------------------

    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) return true;
        PyType[] m = mro();
        for (PyType t : m) if (t == other) return true;
        return false;
    }

    /** Looks a name up along the MRO (no descriptor binding); null when absent. */
    public PyObject lookup(PyStr name) {
        // A hit in the recent table, the common case, without a call; see lookupMiss.
        Recent r = recent[(int) name.hash() & (RECENT - 1)];
        if (r != null && r.name == name) return r.value;
        return lookupMiss(name);
    }

    /**
     * {@link #lookup} past a miss in {@link #recent}: kept out of line so that the hot callers the
     * JIT compiles (operators, comparisons, attribute caches) inline only the table probe.
     * {@link #recent} is only ever filled by {@link #lookupThrough}, so a hit there is what this
     * would answer.
     */
    private PyObject lookupMiss(PyStr name) {
        if (!heap) {
            // Built-in types never change once ready: their lookups are cached for good.
            java.util.concurrent.ConcurrentHashMap<PyStr, PyObject> bc = builtinCache;
            if (bc == null) {
                ensureReady();
                synchronized (this) {
                    if (builtinCache == null) builtinCache = new java.util.concurrent.ConcurrentHashMap<>();
                    bc = builtinCache;
                }
            }
            return lookupThrough(bc, name);
        }
        if (cache != null) return lookupThrough(cache, name);
        return lookupUncached(name);
    }

    /** {@link #lookup} through {@link #recent}, then {@code memo} (absent names as MISSING), then the MRO. */
    private PyObject lookupThrough(Map<PyStr, PyObject> memo, PyStr name) {
        Recent[] rc = recent;
        int slot = (int) name.hash() & (RECENT - 1);
        Recent r = rc[slot];
        if (r != null && r.name == name) return r.value;
        PyObject hit = memo.get(name);
        PyObject found;
        if (hit != null) {
            found = hit == PyNone.MISSING ? null : hit;
        } else {
            found = lookupUncached(name);
            memo.put(name, found == null ? PyNone.MISSING : found);
        }
        rc[slot] = new Recent(name, found);
        return found;
    }

    private PyObject lookupUncached(PyStr name) {
        for (PyType t : mro()) {
            PyObject v = t.dict().get(name);
            if (v != null) return v;
        }
        return null;
    }

    public PyObject lookup(String name) {
        return lookup(PyStr.intern(name));
    }

    /** Drops cached lookups of this class and its subclasses (after an attribute change). */
    /** True when instances use a Python-defined {@code __getattribute__}. */
    public boolean customGetattribute() {
        int c = customGetattribute;
        if (c < 0) {
            c = heap && lookup(Ops.S_GETATTRIBUTE) instanceof PyFunction ? 1 : 0;
            customGetattribute = c;
        }
        return c == 1;
    }

    /** True when instances use a Python-defined {@code __setattr__}. */
    public boolean customSetattr() {
        int c = customSetattr;
        if (c < 0) {
            c = heap && lookup(Ops.S_SETATTR) instanceof PyFunction ? 1 : 0;
            customSetattr = c;
        }
        return c == 1;
    }

    /** Changes whenever this class or a base changes (inline caches compare it). */
    public int version() {
        return version;
    }

    private int version;

    public void invalidate() {
        version++;
        customGetattribute = -1;
        customSetattr = -1;
        if (cache != null) {
            cache.clear();
            java.util.Arrays.fill(recent, null);
        }
        if (subclasses != null) for (PyType s : subclasses) s.invalidate();
    }

    // ---- Python behaviour ---------------------------------------------------------------------

    @Override
    public String repr() {
        String mod = moduleName();
        if (mod == null || mod.equals("builtins")) return "<class '" + qualname + "'>";
        return "<class '" + mod + "." + qualname + "'>";
    }

    @Override
    public long hash() {
        return Ops.identityHash(this);
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (this == TYPE && args.length == 1 && kwnames == null) return args[0].getType();
        return TypeCall.call(this, args, kwnames);
    }

    @Override
    public PyObject getAttr(PyStr name) {
        return TypeCall.typeGetAttr(this, name);
    }

    @Override
    public void setAttr(PyStr name, PyObject value) {
        if (!heap) {
            throw Exc.typeError("cannot set '" + name.value() + "' attribute of immutable type '" + this.name + "'");
        }
        // __name__, __qualname__ and __doc__ first: type's own descriptors for them delegate back here.
        if (!name.value().equals("__name__") && !name.value().equals("__qualname__") && !name.value().equals("__doc__")) {
            PyObject meta = getType().lookup(name);
            if (meta != null && Descriptors.isData(meta)) {
                Descriptors.set(meta, this, value);
                return;
            }
        }
        if (name.value().equals("__name__")) {
            if (!(value instanceof PyStr s)) throw Exc.typeError("can only assign string to " + this.name + ".__name__, not '" + value.getType().tpName() + "'");
            this.name = s.value();
            return;
        }
        if (name.value().equals("__qualname__")) {
            if (!(value instanceof PyStr s)) throw Exc.typeError("can only assign string to " + this.name + ".__qualname__, not '" + value.getType().tpName() + "'");
            this.qualname = s.value();
            return;
        }
        dict.put(name, value);
        invalidate();
    }

    @Override
    public void delAttr(PyStr name) {
        if (!heap) {
            throw Exc.typeError("cannot set '" + name.value() + "' attribute of immutable type '" + this.name + "'");
        }
        if (dict.remove(name) == null) {
            throw Exc.attributeError("type object '" + tpName() + "' has no attribute '" + name.value() + "'", null, null);
        }
        invalidate();
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (op == Ops.OR) return Ops.unionType(this, other);
        return super.binaryOp(op, other);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (op == Ops.OR) return Ops.unionType(other, this);
        return super.reflectedOp(op, other);
    }

    @Override
    public PyObject getItem(PyObject key) {
        // list[int], dict[str, int]...: generic aliases print as the source wrote them.
        PyObject cg = lookup("__class_getitem__");
        if (cg != null) return Ops.call(Descriptors.get(cg, null, this), key);
        throw Exc.typeError("type '" + name() + "' is not subscriptable");
    }

    @Override
    public void traverse(Consumer<PyObject> visitor) {
        if (heap) visitor.accept(dict);
    }

    // ---- helpers for built-in initialisers ----------------------------------------------------

    public void put(String name, PyObject value) {
        dict.put(PyStr.intern(name), value);
    }

    /** What {@link #put} stored under {@code name} (for initializers: no readiness check). */
    PyObject putValue(String name) {
        return dict.get(PyStr.intern(name));
    }

    /** Defines a method with the general calling convention. */
    public void method(String name, PyMethodDescriptor.Impl impl) {
        put(name, new PyMethodDescriptor(this, name, impl));
    }

    /**
     * Defines a method with the general calling convention and array-free forms for one and two
     * positional arguments (see {@link PyMethodDescriptor#withFastForms}).
     */
    public void method(String name, PyMethodDescriptor.Impl impl, PyMethodDescriptor.Impl1 one, PyMethodDescriptor.Impl2 two) {
        put(name, new PyMethodDescriptor(this, name, impl).withFastForms(one, two));
    }

    public void method0(String name, Function<PyObject, PyObject> impl) {
        put(name, PyMethodDescriptor.noArgs(this, name, impl));
    }

    public void method1(String name, PyMethodDescriptor.Impl1 impl) {
        put(name, PyMethodDescriptor.oneArg(this, name, impl));
    }

    public void method2(String name, PyMethodDescriptor.Impl2 impl) {
        put(name, PyMethodDescriptor.twoArgs(this, name, impl));
    }

    public void getter(String name, Function<PyObject, PyObject> get) {
        put(name, new PyGetSetDescriptor(this, name, get, null));
    }

    /** A read-only attribute CPython keeps as a struct member: writing or deleting it says "readonly attribute". */
    public void member(String name, Function<PyObject, PyObject> get) {
        put(name, new PyGetSetDescriptor(this, name, get, null).asReadonlyMember());
    }

    public void getset(String name, Function<PyObject, PyObject> get, PyGetSetDescriptor.Setter set) {
        put(name, new PyGetSetDescriptor(this, name, get, set));
    }

    public void classMethod(String name, PyMethodDescriptor.Impl impl) {
        put(name, new PyClassMethod(new PyBuiltinFunction(name, new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return impl.call(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
        }}, null, this)));
    }

    public void staticMethod(String name, PyBuiltinFunction.Impl impl) {
        put(name, new PyStaticMethod(new PyBuiltinFunction(name, impl, this, this).asStaticInType()));
    }

    public Class<?> javaClass() {
        return javaClass;
    }

    // ---- MRO -----------------------------------------------------------------------------------

    private static PyType solidBase(PyType[] bases) {
        return bases.length == 0 ? OBJECT : pickBase(bases);
    }

    private static PyType pickBase(PyType[] bases) {
        // The first base whose layout is the most derived built-in layout.
        PyType layout = OBJECT;
        for (PyType b : bases) {
            PyType bb = solid(b.builtinBase());
            if (bb.isSubtypeOf(layout)) layout = bb;
            else if (!layout.isSubtypeOf(bb)) {
                throw Exc.typeError("multiple bases have instance lay-out conflict");
            }
        }
        for (PyType b : bases) if (solid(b.builtinBase()) == layout) return b;
        return bases[0];
    }

    /**
     * The ancestor whose instance layout {@code t}'s instances have, as CPython's solid base: an
     * exception type that adds no fields of its own (ValueError, KeyError...) has the layout of
     * its base, so {@code class E(OSError, ValueError)} is allowed and {@code (OSError, NameError)} is not.
     */
    private static PyType solid(PyType t) {
        while (!t.heap && t.base != null && t.isSubtypeOf(Exc.BaseException) && !SOLID_EXCEPTIONS.contains(t.name)) t = t.base;
        return t;
    }

    private static final java.util.Set<String> SOLID_EXCEPTIONS = java.util.Set.of("BaseException", "BaseExceptionGroup",
            "StopIteration", "SystemExit", "ImportError", "OSError", "SyntaxError", "UnicodeError", "AttributeError",
            "NameError");

    private static PyType[] computeMro(PyType self, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro())));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(new Predicate<List<PyType>>() { public boolean test(List<PyType> x) { return ((List) x).isEmpty(); } });
            if (seqs.isEmpty()) break;
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> s2 : seqs) {
                    if (s2.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                LinkedHashSet<String> names = new LinkedHashSet<>();
                for (List<PyType> s : seqs) names.add(s.get(0).name());
                throw Exc.typeError("Cannot create a consistent method resolution\norder (MRO) for bases "
                        + String.join(", ", names));
            }
            result.add(candidate);
            for (List<PyType> s : seqs) if (!s.isEmpty() && s.get(0) == candidate) s.remove(0);
        }
        return result.toArray(new PyType[0]);
    }
}
