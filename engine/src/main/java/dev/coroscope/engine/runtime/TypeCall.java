package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code type} itself: calling a class ({@code __new__} then {@code __init__}), creating classes
 * ({@code type(name, bases, dict)} and the {@code class} statement), attribute lookup on classes,
 * and the attributes of {@code object} and {@code type}.
 */
public final class TypeCall {
    private TypeCall() {}

    /** {@code cls(*args, **kw)}. */
    public static PyObject call(PyType cls, PyObject[] args, String[] kw) {
        if (cls == PyType.TYPE) {
            int npos = Args.positional(args, kw);
            if (npos == 3) return newType(PyType.TYPE, args[0], args[1], args[2], Arrays.copyOfRange(args, 3, args.length), kw);
            throw Exc.typeError("type() takes 1 or 3 arguments");
        }
        if (!cls.isHeap()) {
            PyType.NewFn fn = cls.newFn();
            if (fn == null) throw Exc.typeError("cannot create '" + cls.tpName() + "' instances");
            PyObject obj = fn.make(cls, args, kw);
            if (cls.callsInit()) Ops.callDunderFoundKw(cls.lookup(Ops.S_INIT), obj, args, kw);
            return obj;
        }
        // A class call costs a level of the recursion limit while __new__/__init__ run (RecursionCost).
        dev.coroscope.engine.vm.Interp in = dev.coroscope.engine.vm.Interp.current();
        in.enterCounted(RecursionCost.CALLING);
        try {
            return callHeap(in, cls, args, kw);
        } finally {
            in.leaveCounted();
        }
    }

    private static final PyStr S_DEL = PyStr.intern("__del__");

    /**
     * An instance of a class with a Python {@code __del__}: the lifetime collector calls it when
     * the object becomes unreachable, at the moments CPython's refcount would free it (a rebound
     * name, a discarded value, a frame's exit, program end). An error in it is reported as
     * "Exception ignored in", as CPython's unraisable hook does.
     */
    static boolean watchDel(PyObject obj) {
        if (!(obj instanceof PyInstance) || !(obj.getType().lookup(S_DEL) instanceof PyFunction)) return false;
        dev.coroscope.engine.vm.Interp in = dev.coroscope.engine.vm.Interp.current();
        obj.getType().delWatched = true;
        in.rt.lifetime.register(obj, o -> {
            PyObject del = o.getType().lookup(S_DEL);
            if (del == null) return;
            try {
                Ops.callDunderFound(del, o);
            } catch (PyError e) {
                dev.coroscope.engine.vm.Interp cur = dev.coroscope.engine.vm.Interp.current();
                cur.rt.unraisable(del, e.exc, "Exception ignored in: " + Ops.repr(del) + "\n"
                        + dev.coroscope.engine.vm.TracebackPrinter.formatUnraisable(cur.rt, e.exc));
            }
        });
        return true;
    }

    private static PyObject callHeap(dev.coroscope.engine.vm.Interp in, PyType cls, PyObject[] args, String[] kw) {
        PyObject newAttr = cls.lookup(Ops.S_NEW);
        PyObject obj;
        if (newAttr instanceof PyStaticMethod sm) {
            PyObject[] full = prepend(cls, args);
            obj = Ops.call(sm.func, full, kw);
        } else if (newAttr instanceof PyFunction) {
            obj = Ops.call(newAttr, prepend(cls, args), kw);
        } else {
            PyType layout = cls.builtinBase();
            PyObject init = cls.lookup(Ops.S_INIT);
            if (layout == PyType.OBJECT) {
                if (args.length > 0 && init instanceof PyMethodDescriptor md && md.owner == PyType.OBJECT) {
                    throw Exc.typeError(cls.name() + "() takes no arguments");
                }
                checkAbstract(cls);
                obj = new PyInstance(cls);
            } else {
                PyType.NewFn fn = layout.newFn();
                if (fn == null) throw Exc.typeError("cannot create '" + cls.tpName() + "' instances");
                obj = fn.make(cls, args, kw);
            }
        }
        watchDel(obj);
        // The new object is only in Java's hands while __init__ runs: a root, or its __del__
        // would run (a weak reference to it die) when __init__'s frame exits.
        dev.coroscope.engine.vm.Lifetime lt = in.rt.lifetime;
        lt.pin(obj);
        try {
            initialize(cls, obj, args, kw);
        } finally {
            lt.unpin();
        }
        return obj;
    }

    private static void initialize(PyType cls, PyObject obj, PyObject[] args, String[] kw) {
        if (obj.getType().isSubtypeOf(cls)) {
            PyObject init = obj.getType().lookup(Ops.S_INIT);
            if (init instanceof PyFunction) {
                PyObject r = Ops.call(init, prepend(obj, args), kw);
                if (r != PyNone.INSTANCE) {
                    throw dev.coroscope.engine.vm.Interp.current().initReturned(r);
                }
            } else if (init != null && !(init instanceof PyMethodDescriptor md && md.owner == PyType.OBJECT)) {
                Ops.callDunderFoundKw(init, obj, args, kw);
            }
        }
    }

    private static boolean isIdentifier(String n) {
        if (n.isEmpty()) return false;
        int c0 = n.codePointAt(0);
        if (!dev.coroscope.engine.runtime.text.Unicode.isIdStart(c0)) return false;
        for (int i = Character.charCount(c0); i < n.length(); ) {
            int c = n.codePointAt(i);
            if (!dev.coroscope.engine.runtime.text.Unicode.isIdContinue(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /** Private name mangling as the compiler does it: {@code __x} in class {@code _C} is {@code _C__x}. */
    static String mangle(String n, String className) {
        if (!n.startsWith("__") || n.endsWith("__")) return n;
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? n : "_" + stripped + n;
    }

    /** object.__new__ refuses classes whose {@code __abstractmethods__} (set by abc.ABCMeta) is not empty. */
    static void checkAbstract(PyType cls) {
        if (!cls.isHeap()) return;
        PyObject am = cls.dict().get(PyStr.intern("__abstractmethods__"));
        if (am == null || !Ops.isTrue(am)) return;
        List<String> names = new ArrayList<>();
        Ops.forEach(am, n -> names.add(Ops.str(n)));
        names.sort(PyStr::compareCodePoints);
        throw Exc.typeError("Can't instantiate abstract class " + cls.name() + " with abstract method"
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }

    static PyObject[] prepend(PyObject first, PyObject[] args) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = first;
        System.arraycopy(args, 0, full, 1, args.length);
        return full;
    }

    /** {@code type.__getattribute__}. */
    public static PyObject typeGetAttr(PyType type, PyStr name) {
        PyType meta = type.getType();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isData(metaAttr)) return Descriptors.get(metaAttr, type, meta);
        PyObject attr = type.lookup(name);
        if (attr != null) return Descriptors.get(attr, null, type);
        if (metaAttr != null) return Descriptors.get(metaAttr, type, meta);
        return null;
    }

    /** Finds the most derived metaclass among {@code meta} and the bases' types (a base may be no class). */
    public static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bm = b.getType();
            if (winner.isSubtypeOf(bm)) continue;
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw Exc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__(meta, name, bases, ns, **kw)}. */
    /** The module a class made by type(name, bases, ns) belongs to when its caller is Java standing for Python code. */
    public static final ThreadLocal<PyObject> CALLER_MODULE = new ThreadLocal<>();

    public static PyType newType(PyType meta, PyObject nameObj, PyObject basesObj, PyObject nsObj, PyObject[] kwValues,
                                 String[] kw) {
        if (!(nameObj instanceof PyStr name)) {
            throw Exc.typeError("type.__new__() argument 1 must be str, not " + nameObj.getType().tpName());
        }
        if (!(basesObj instanceof PyTuple basesTuple)) {
            throw Exc.typeError("type.__new__() argument 2 must be tuple, not " + basesObj.getType().tpName());
        }
        if (!(nsObj instanceof PyDict ns)) {
            throw Exc.typeError("type.__new__() argument 3 must be dict, not " + nsObj.getType().tpName());
        }
        List<PyType> bases = new ArrayList<>();
        for (PyObject b : basesTuple.items()) {
            if (!(b instanceof PyType) && !PyType.TYPE.isSubtypeOf(b.getType())) {
                // The metaclass is worked out from the bases' types before anything else.
                throw Exc.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass"
                        + " of the metaclasses of all its bases");
            }
            if (!(b instanceof PyType bt)) {
                throw Exc.typeError("bases must be types");
            }
            if (!bt.isSubclassable()) {
                // CPython names the type by its tp_name, which includes the module for types of C modules.
                String mod = bt.moduleName();
                String shown = mod == null || mod.equals("builtins") ? bt.name() : mod + "." + bt.name();
                throw Exc.typeError("type '" + shown + "' is not an acceptable base type");
            }
            bases.add(bt);
        }
        if (bases.isEmpty()) bases.add(PyType.OBJECT);
        for (int i = 0; i < bases.size(); i++) {
            for (int j = i + 1; j < bases.size(); j++) {
                if (bases.get(i) == bases.get(j)) throw Exc.typeError("duplicate base class " + bases.get(i).name());
            }
        }
        PyDict dict = new PyDict(ns);
        String qualname = name.value();
        PyObject qn = dict.remove(PyStr.intern("__qualname__"));
        if (qn != null) {
            if (!(qn instanceof PyStr q)) throw Exc.typeError("type __qualname__ must be a str, not " + qn.getType().tpName());
            qualname = q.value();
        }
        if (dict.get(PyStr.intern("__module__")) == null) {
            // type('X', (), {}): the module is the calling code's __name__, as CPython's type_new takes it
            // (a Java function that is Python code in CPython names its module: types.new_class).
            PyObject mod = CALLER_MODULE.get();
            if (mod == null) {
                dev.coroscope.engine.vm.Frame caller = dev.coroscope.engine.vm.Interp.current().frame;
                mod = caller == null ? null : caller.globals.get(PyStr.intern("__name__"));
            }
            if (mod != null) dict.put(PyStr.intern("__module__"), mod);
        }
        PyObject cell = dict.remove(PyStr.intern("__classcell__"));
        if (dict.get(PyStr.intern("__eq__")) != null && dict.get(Ops.S_HASH) == null) {
            dict.put(Ops.S_HASH, PyNone.INSTANCE);
        }
        PyObject nw = dict.get(Ops.S_NEW);
        if (nw instanceof PyFunction) dict.put(Ops.S_NEW, new PyStaticMethod(nw));
        for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject f = dict.get(PyStr.intern(cm));
            if (f instanceof PyFunction) dict.put(PyStr.intern(cm), new PyClassMethod(f));
        }
        if (dict.get(PyStr.intern("__doc__")) == null) dict.put(PyStr.intern("__doc__"), PyNone.INSTANCE);
        PyType[] baseArr = bases.toArray(new PyType[0]);
        boolean needsDict = true;
        boolean baseHasDict = false;
        int baseSlots = 0;
        for (PyType b : baseArr) {
            // Exceptions have an instance dict already (BaseException's __dict__).
            if (!b.isHeap() && b.isSubtypeOf(Exc.BaseException)) {
                needsDict = false;
                baseHasDict = true;
            }
            if (!b.isHeap()) continue;
            needsDict = false;
            if (b.instanceDict()) baseHasDict = true;
            if (b.slotCount() > 0) {
                if (baseSlots > 0 && b.slotCount() != baseSlots) throw Exc.typeError("multiple bases have instance lay-out conflict");
                baseSlots = b.slotCount();
            }
        }
        List<String> slotNames = new ArrayList<>();
        boolean instanceDict = true;
        // CPython gives the class a __weakref__ attribute where the layout first gains weak
        // reference support: no __slots__ (or '__weakref__' among them), a base without it, and
        // not over a variable-size built-in (int, tuple, bytes) or one that has its own (set).
        boolean wantsWeakref = true;
        PyObject slotsDecl = dict.get(PyStr.intern("__slots__"));
        boolean sawWeakref = false;
        if (slotsDecl != null) {
            boolean wantsDict = false;
            PyObject[] items = slotsDecl instanceof PyStr ? new PyObject[] {slotsDecl} : Ops.toArray(slotsDecl);
            if (items.length > 0) {
                // Variable-size built-ins (int, tuple, bytes) keep their items where slots would go.
                for (PyType b : baseArr) {
                    PyType bb = b.builtinBase();
                    if (bb.isSubtypeOf(PyInt.TYPE) || bb.isSubtypeOf(PyTuple.TYPE) || bb.isSubtypeOf(PyBytes.TYPE)) {
                        throw Exc.typeError("nonempty __slots__ not supported for subtype of '" + b.tpName() + "'");
                    }
                }
            }
            for (PyObject item : items) {
                if (!(item instanceof PyStr sn)) {
                    throw Exc.typeError("__slots__ items must be strings, not '" + item.getType().tpName() + "'");
                }
                String n = sn.value();
                if (!isIdentifier(n)) throw Exc.typeError("__slots__ must be identifiers");
                if (n.equals("__dict__")) {
                    if (wantsDict || baseHasDict) throw Exc.typeError("__dict__ slot disallowed: we already got one");
                    wantsDict = true;
                    continue;
                }
                if (n.equals("__weakref__")) {
                    sawWeakref = true;
                    continue;
                }
                String mangled = mangle(n, name.value());
                if (dict.get(PyStr.intern(mangled)) != null) {
                    throw Exc.valueError("'" + mangled + "' in __slots__ conflicts with class variable");
                }
                slotNames.add(mangled);
            }
            instanceDict = baseHasDict || wantsDict;
            PyType layout = PyType.OBJECT;
            for (PyType b : baseArr) if (b.builtinBase() != PyType.OBJECT) layout = b.builtinBase();
            if (layout != PyType.OBJECT && !slotNames.isEmpty()) {
                // Slot storage exists only for plain objects; values of built-in subclasses go to a dict.
                slotNames.clear();
                instanceDict = true;
            }
        }
        // Instances get a __dict__ attribute where the layout first gains a dict.
        if (instanceDict && !baseHasDict) needsDict = true;
        if (!instanceDict) needsDict = false;
        if (needsDict && dict.get(PyStr.intern("__dict__")) == null) {
            dict.put(PyStr.intern("__dict__"), DICT_DESCR);
        }
        if (slotsDecl != null) wantsWeakref = sawWeakref;
        for (PyType b : baseArr) {
            if (b.lookup(S_WEAKREF) != null) wantsWeakref = false;
            PyType bb = b.builtinBase();
            if (bb.isSubtypeOf(PyInt.TYPE) || bb.isSubtypeOf(PyTuple.TYPE) || bb.isSubtypeOf(PyBytes.TYPE)
                    || bb.isSubtypeOf(PySet.TYPE) || bb.isSubtypeOf(PySet.FROZEN_TYPE)) {
                wantsWeakref = false;
            }
        }
        PyType t = new PyType(meta, name.value(), qualname, baseArr, dict);
        if (wantsWeakref && dict.get(S_WEAKREF) == null) dict.put(S_WEAKREF, weakrefDescriptor(t));
        t.setLayout(baseSlots + slotNames.size(), instanceDict);
        for (int i = 0; i < slotNames.size(); i++) {
            dict.put(PyStr.intern(slotNames.get(i)), new PyMemberDescriptor(t, slotNames.get(i), baseSlots + i));
        }
        if (cell instanceof PyCell c) c.value = t;
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        for (var e : dict.entryList()) {
            PyObject v = e.getValue();
            if (v.getType().isHeap() || v instanceof PyProperty) {
                PyObject sn = v.getType().lookup(PyStr.intern("__set_name__"));
                if (sn == null) continue;
                try {
                    Ops.callDunderFound(sn, v, t, e.getKey());
                } catch (PyError err) {
                    // CPython 3.11 chains it: a RuntimeError whose __cause__ is the error raised.
                    PyError wrap = Exc.runtimeError("Error calling __set_name__ on '" + v.getType().tpName()
                            + "' instance " + Ops.repr(e.getKey()) + " in '" + t.name() + "'");
                    wrap.exc.cause = err.exc;
                    wrap.exc.context = err.exc;
                    wrap.exc.suppressContext = true;
                    throw wrap;
                }
            }
        }
        // super(t, t).__init_subclass__(**kwargs)
        PyStr iscName = PyStr.intern("__init_subclass__");
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject isc = mro[i].dict().get(iscName);
            if (isc == null) continue;
            PyObject bound = Descriptors.get(isc, null, t);
            if (isc instanceof PyFunction) bound = new PyMethod(isc, t);
            Ops.call(bound, kwValues == null ? new PyObject[0] : kwValues, kw == null || kw.length == 0 ? null : kw);
            break;
        }
        return t;
    }

    private static final PyStr S_WEAKREF = PyStr.intern("__weakref__");

    /** {@code C.__weakref__}: the object's first weak reference, or None. */
    private static PyGetSetDescriptor weakrefDescriptor(PyType owner) {
        return new PyGetSetDescriptor(owner, "__weakref__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject m = dev.coroscope.engine.vm.Interp.current().rt.modules.dict().get(PyStr.of("_weakref"));
            if (!(m instanceof PyModule wm)) return PyNone.INSTANCE;
            PyObject refs = Ops.call(Ops.getAttr(wm, "getweakrefs"), s);
            return refs instanceof PyList l && l.size() > 0 ? l.get(0) : PyNone.INSTANCE;
        }}, null);
    }

    /** The {@code __dict__} attribute of instances of user classes. */
    static final PyGetSetDescriptor DICT_DESCR = new PyGetSetDescriptor(PyType.OBJECT, "__dict__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
        PyDict d = s.getDict();
        if (d == null) throw Exc.attributeError("'" + s.getType().tpName() + "' object has no attribute '__dict__'", s, null);
        return d;
    }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
        if (!(v instanceof PyDict d)) throw Exc.typeError("__dict__ must be set to a dictionary, not a '" + v.getType().tpName() + "'");
        if (s instanceof PyInstance inst) inst.setDict(d);
        else throw Exc.typeError("__dict__ assignment is not supported");
    }});

    /** {@code object}'s dictionary, with exactly CPython's names. */
    static void initObject(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            if (cls == PyType.OBJECT) {
                if (args.length > 0) throw Exc.typeError("object() takes no arguments");
                return new PlainObject();
            }
            checkAbstract(cls);
            return new PyInstance(cls);
        }});
        t.put("__new__", new PyBuiltinFunction("__new__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] args, String[] kw) {
            if (args.length == 0 || !(args[0] instanceof PyType cls)) {
                throw Exc.typeError("object.__new__(X): X is not a type object");
            }
            PyType layout = cls.builtinBase();
            if (layout != PyType.OBJECT) {
                if (layout.newFn() == null) {
                    throw Exc.typeError("object.__new__(" + cls.tpName() + ") is not safe, use " + cls.tpName() + ".__new__()");
                }
                return layout.newFn().make(cls, Arrays.copyOfRange(args, 1, args.length), kw);
            }
            if (args.length > 1) {
                // CPython's object_new: extra arguments are an error when the class overrides
                // __new__ (they were meant for it), or when it does not override __init__.
                PyObject nw = cls.lookup(Ops.S_NEW);
                if (nw != null && nw != PyType.OBJECT.dict().get(Ops.S_NEW)) {
                    throw Exc.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                }
                if (cls.lookup(Ops.S_INIT) instanceof PyMethodDescriptor) {
                    throw Exc.typeError(cls.name() + "() takes no arguments");
                }
            }
            checkAbstract(cls);
            return cls == PyType.OBJECT ? new PlainObject() : new PyInstance(cls);
        }}, t, null));
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        t.put("__hash__", PyMethodDescriptor.noArgs(t, "__hash__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(s.hash());
        }}));
        t.put("__str__", PyMethodDescriptor.noArgs(t, "__str__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.ofText(s, s.str());
        }}));
        t.put("__getattribute__", PyMethodDescriptor.oneArg(t, "__getattribute__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject n) {
            PyStr name = attrName(n);
            PyObject v = s.getAttr(name);
            if (v == null) throw Ops.noAttribute(s, name);
            return v;
        }}));
        t.put("__setattr__", PyMethodDescriptor.twoArgs(t, "__setattr__", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject n, PyObject v) {
            s.setAttr(attrName(n), v);
            return PyNone.INSTANCE;
        }}));
        t.put("__delattr__", PyMethodDescriptor.oneArg(t, "__delattr__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject n) {
            s.delAttr(attrName(n));
            return PyNone.INSTANCE;
        }}));
        for (int op = 0; op < 6; op++) {
            final int o = op;
            t.put(Ops.CMP_DUNDER[op].value(), PyMethodDescriptor.oneArg(t, Ops.CMP_DUNDER[op].value(), new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject other) {
                return s.richCompare(other, o);
            }}));
        }
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            if (a.length > 0) {
                // CPython's object_init: extra arguments are an error when the class overrides __init__
                // (they reached object's through super()), or when it overrides neither __init__ nor __new__.
                PyType ty = s.getType();
                if (ty.lookup(PyStr.intern("__init__")) != t.lookup(PyStr.intern("__init__"))) {
                    throw Exc.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (ty.lookup(Ops.S_NEW) == t.lookup(Ops.S_NEW)) {
                    throw Exc.typeError(ty.tpName() + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
            return PyNone.INSTANCE;
        }}));
        t.put("__reduce_ex__", PyMethodDescriptor.oneArg(t, "__reduce_ex__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject p) {
            throw Exc.typeError("cannot pickle '" + s.getType().tpName() + "' object");
        }}));
        t.put("__reduce__", PyMethodDescriptor.noArgs(t, "__reduce__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            throw Exc.typeError("cannot pickle '" + s.getType().tpName() + "' object");
        }}));
        t.put("__getstate__", PyMethodDescriptor.noArgs(t, "__getstate__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyDict d = s.getDict();
            return d == null || d.size() == 0 ? PyNone.INSTANCE : d;
        }}));
        t.put("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyNotImplemented.INSTANCE;
        }}, null, t)));
        t.put("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (k != null && k.length > 0) {
                throw Exc.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.INSTANCE;
        }}, null, t)));
        t.put("__format__", PyMethodDescriptor.oneArg(t, "__format__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject spec) {
            if (!(spec instanceof PyStr sp)) throw Exc.typeError("__format__() argument must be str, not " + spec.getType().tpName());
            return s.format(sp.value());
        }}));
        t.put("__sizeof__", PyMethodDescriptor.noArgs(t, "__sizeof__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(16);
        }}));
        t.put("__dir__", PyMethodDescriptor.noArgs(t, "__dir__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Builtins.dirOf(s);
        }}));
        t.getset("__class__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) { return x.getType(); } }, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            if (!(v instanceof PyType nt)) {
                throw Exc.typeError("__class__ must be set to a class, not '" + v.getType().tpName() + "' object");
            }
            if (s instanceof PyInstance inst && nt.isHeap() && nt.builtinBase() == PyType.OBJECT) {
                PyType ot = inst.getType();
                if (ot.slotCount() != nt.slotCount() || ot.instanceDict() != nt.instanceDict()) {
                    throw Exc.typeError("__class__ assignment: '" + nt.tpName() + "' object layout differs from '" + ot.tpName() + "'");
                }
                inst.setType(nt);
                return;
            }
            throw Exc.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }});
        t.put("__doc__", PyStr.of("The base class of the class hierarchy."));
    }

    static PyStr attrName(PyObject n) {
        if (!(n instanceof PyStr s)) {
            throw Exc.typeError("attribute name must be string, not '" + n.getType().tpName() + "'");
        }
        return s;
    }

    /** {@code type}'s dictionary. */
    static void initType(PyType t) {
        Slots.classGetItem(t);
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            int npos = Args.positional(args, kw);
            if (npos == 1 && cls == PyType.TYPE) return args[0].getType();
            if (npos != 3) throw Exc.typeError("type() takes 1 or 3 arguments");
            return newType(cls, args[0], args[1], args[2], Arrays.copyOfRange(args, 3, args.length), kw);
        }});
        t.put("__new__", new PyBuiltinFunction("__new__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] args, String[] kw) {
            if (args.length == 0 || !(args[0] instanceof PyType meta)) throw Exc.typeError("type.__new__(X): X is not a type object");
            PyObject[] rest = Arrays.copyOfRange(args, 1, args.length);
            int npos = Args.positional(rest, kw);
            if (npos == 1 && meta == PyType.TYPE) return rest[0].getType();
            if (npos != 3) throw Exc.typeError("type.__new__() takes exactly 3 arguments (" + npos + " given)");
            return newType(meta, rest[0], rest[1], rest[2], Arrays.copyOfRange(rest, 3, rest.length), kw);
        }}, t, null));
        t.put("__init__", new PyMethodDescriptor(t, "__init__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return PyNone.INSTANCE;
        }}));
        t.put("__call__", new PyMethodDescriptor(t, "__call__", new PyMethodDescriptor.Impl() { public PyObject call(PyObject s, PyObject[] a, String[] k) {
            return TypeCall.call((PyType) s, a, k);
        }}));
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
        t.getset("__name__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyType) s).name());
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyType) s).setAttr(PyStr.intern("__name__"), v);
        }});
        t.getset("__qualname__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(((PyType) s).qualname());
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyType) s).setAttr(PyStr.intern("__qualname__"), v);
        }});
        t.getset("__module__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyType ty = (PyType) s;
            if (ty.isHeap()) {
                PyObject m = ty.dict().get(PyStr.intern("__module__"));
                return m == null ? PyNone.INSTANCE : m;
            }
            return PyStr.of(ty.moduleName());
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) { ((PyType) s).dict().put("__module__", v); } });
        t.getter("__bases__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyTuple.of(((PyType) s).bases().clone());
        }});
        t.getter("__base__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyType b = ((PyType) s).isHeap() ? ((PyType) s).bases()[0] : ((PyType) s).base();
            return b == null ? PyNone.INSTANCE : b;
        }});
        t.getter("__mro__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyTuple.of(((PyType) s).mro().clone());
        }});
        t.getter("__dict__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyMappingProxy(((PyType) s).dict());
        }});
        t.getset("__doc__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            PyObject d = ((PyType) s).dict().get(PyStr.intern("__doc__"));
            return d == null ? PyNone.INSTANCE : d;
        }}, new PyGetSetDescriptor.Setter() { public void set(PyObject s, PyObject v) {
            ((PyType) s).setAttr(PyStr.intern("__doc__"), v);
        }});
        t.method0("mro", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyList(((PyType) s).mro().clone());
        }});
        t.method0("__subclasses__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return new PyList(new ArrayList<PyObject>(((PyType) s).subclasses()));
        }});
        t.method1("__instancecheck__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return PyBool.of(Builtins.realIsInstance(o, (PyType) s));
        }});
        t.method1("__subclasscheck__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return PyBool.of(o instanceof PyType ot && ot.isSubtypeOf((PyType) s));
        }});
        t.put("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return new PyDict();
        }}, null, t)));
        t.method1("__or__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) { return Ops.unionType(s, o); } });
        t.method1("__ror__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return Ops.unionType(o, s);
        }});
        t.put("__dir__", PyMethodDescriptor.noArgs(t, "__dir__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return Builtins.dirOf(s);
        }}));
    }

    /** A bare {@code object()}: no attributes, identity equality. */
    static final class PlainObject extends PyObject {
        @Override
        public PyType getType() {
            return PyType.OBJECT;
        }
    }
}
