package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The abstract object protocol (CPython's {@code abstract.c} and {@code object.c}): every
 * operation the VM or a built-in performs on a value goes through here. For values of user classes
 * ("heap" types) the special method is looked up on the type and called, so Python overrides win;
 * for built-in values the Java method of the value runs directly.
 */
public final class Ops {
    private Ops() {}

    // Binary operators, numbered as CPython's NB_* (BINARY_OP's argument); +13 is in-place.
    public static final int ADD = 0, AND = 1, FLOORDIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6,
            OR = 7, POW = 8, RSHIFT = 9, SUB = 10, TRUEDIV = 11, XOR = 12;
    public static final int INPLACE = 13;

    // Rich comparisons, numbered as CPython's Py_LT...
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    public static final int NEG = 0, POS = 1, INVERT = 2;

    static final String[] BIN_SYMBOL = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    static final PyStr[] BIN_DUNDER = names("__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__",
            "__mul__", "__mod__", "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__");
    static final PyStr[] BIN_RDUNDER = names("__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__",
            "__rmul__", "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__");
    static final PyStr[] BIN_IDUNDER = names("__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__",
            "__imul__", "__imod__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__");
    static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    static final PyStr[] CMP_DUNDER = names("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
    static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};

    public static final PyStr S_REPR = PyStr.intern("__repr__");
    public static final PyStr S_STR = PyStr.intern("__str__");
    public static final PyStr S_HASH = PyStr.intern("__hash__");
    public static final PyStr S_BOOL = PyStr.intern("__bool__");
    public static final PyStr S_LEN = PyStr.intern("__len__");
    public static final PyStr S_GETITEM = PyStr.intern("__getitem__");
    public static final PyStr S_SETITEM = PyStr.intern("__setitem__");
    public static final PyStr S_DELITEM = PyStr.intern("__delitem__");
    public static final PyStr S_CONTAINS = PyStr.intern("__contains__");
    public static final PyStr S_ITER = PyStr.intern("__iter__");
    public static final PyStr S_NEXT = PyStr.intern("__next__");
    public static final PyStr S_CALL = PyStr.intern("__call__");
    public static final PyStr S_GETATTR = PyStr.intern("__getattr__");
    public static final PyStr S_GETATTRIBUTE = PyStr.intern("__getattribute__");
    public static final PyStr S_SETATTR = PyStr.intern("__setattr__");
    public static final PyStr S_DELATTR = PyStr.intern("__delattr__");
    public static final PyStr S_INDEX = PyStr.intern("__index__");
    public static final PyStr S_FORMAT = PyStr.intern("__format__");
    public static final PyStr S_NEG = PyStr.intern("__neg__");
    public static final PyStr S_POS = PyStr.intern("__pos__");
    public static final PyStr S_INVERT = PyStr.intern("__invert__");
    public static final PyStr S_INIT = PyStr.intern("__init__");
    public static final PyStr S_NEW = PyStr.intern("__new__");
    public static final PyStr S_NAME = PyStr.intern("__name__");
    public static final PyStr S_AWAIT = PyStr.intern("__await__");
    public static final PyStr S_AITER = PyStr.intern("__aiter__");
    public static final PyStr S_ANEXT = PyStr.intern("__anext__");
    public static final PyStr S_ENTER = PyStr.intern("__enter__");
    public static final PyStr S_EXIT = PyStr.intern("__exit__");
    public static final PyStr S_AENTER = PyStr.intern("__aenter__");
    public static final PyStr S_AEXIT = PyStr.intern("__aexit__");
    public static final PyStr S_MISSING = PyStr.intern("__missing__");

    private static PyStr[] names(String... n) {
        PyStr[] r = new PyStr[n.length];
        for (int i = 0; i < n.length; i++) r[i] = PyStr.intern(n[i]);
        return r;
    }

    // ---- calling special methods ---------------------------------------------------------------

    /** Looks up a special method on the type of {@code self} and calls it; null when absent. */
    public static PyObject callDunder(PyObject self, PyStr name, PyObject... args) {
        PyObject f = self.getType().lookup(name);
        if (f == null) return null;
        return callDunderFound(f, self, args);
    }

    private static final PyObject[] NO_ARGS = {};

    /**
     * {@link #callDunderFound} without arguments ({@code __hash__}, {@code __len__}...): a Python
     * method gets its one-item argument array directly, no varargs array to copy from.
     */
    public static PyObject callDunderFound(PyObject f, PyObject self) {
        if (f instanceof PyFunction fn) return Interp.current().callFunction1(fn, self);
        return callDunderFound(f, self, NO_ARGS);
    }

    /** {@link #callDunderFound} with one argument (binary operators, comparisons), likewise. */
    public static PyObject callDunderFound(PyObject f, PyObject self, PyObject arg) {
        if (f instanceof PyFunction fn) return Interp.current().callFunction2(fn, self, arg);
        return callDunderFound(f, self, new PyObject[] {arg});
    }

    /** Calls an attribute found on a type with {@code self} bound as the first argument. */
    public static PyObject callDunderFound(PyObject f, PyObject self, PyObject... args) {
        if (f instanceof PyFunction fn) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return Interp.current().callFunction(fn, full, null);
        }
        if (f instanceof PyMethodDescriptor md) return md.callWithSelf(self, args, null);
        PyObject bound = Descriptors.get(f, self, self.getType());
        return call(bound, args, null);
    }

    /** Like {@link #callDunderFound} with keyword arguments. */
    public static PyObject callDunderFoundKw(PyObject f, PyObject self, PyObject[] args, String[] kw) {
        if (f instanceof PyMethodDescriptor md) return md.callWithSelf(self, args, kw);
        if (f instanceof PyFunction) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return call(f, full, kw);
        }
        return call(Descriptors.get(f, self, self.getType()), args, kw);
    }

    // ---- representation ------------------------------------------------------------------------

    public static String repr(PyObject o) {
        if (o.getType().isHeap()) {
            if (Interp.observingNow() && !(o.getType().lookup(S_REPR) instanceof PyMethodDescriptor)) {
                // The recorder is reading: the program's own __repr__ must not run (see Interp.beginObserving).
                PyType t = o.getType();
                String mod = t.moduleName();
                String prefix = mod == null || mod.equals("builtins") ? "" : mod + ".";
                return "<" + prefix + t.qualname() + " object at " + address(o) + ">";
            }
            // CPython's PyObject_Repr counts against the recursion limit (a __repr__ recursing
            // through repr() or !r costs two levels a turn) and says where it was stopped.
            Interp in = Interp.current();
            in.enterCounted(" while getting the repr of an object");
            PyObject r;
            try {
                r = callDunder(o, S_REPR);
            } finally {
                in.leaveCounted();
            }
            if (!(r instanceof PyStr s)) {
                throw Exc.typeError("__repr__ returned non-string (type " + r.getType().tpName() + ")");
            }
            return s.value();
        }
        // Built-in types count too: a list nested thousands deep stops with CPython's
        // RecursionError instead of building ever longer strings level by level. Not while the
        // recorder reads a value: the program's own depth must not make its view fail.
        return builtinText(o, true);
    }

    public static String str(PyObject o) {
        if (o.getClass() == PyStr.class) return ((PyStr) o).value();
        if (o.getType().isHeap()) {
            if (Interp.observingNow() && !(o.getType().lookup(S_STR) instanceof PyMethodDescriptor)) return repr(o);
            Interp in = Interp.current();
            in.enterCounted(" while getting the str of an object");
            PyObject r;
            try {
                r = callDunder(o, S_STR);
            } finally {
                in.leaveCounted();
            }
            if (!(r instanceof PyStr s)) {
                throw Exc.typeError("__str__ returned non-string (type " + r.getType().tpName() + ")");
            }
            return s.value();
        }
        // CPython's PyObject_Str counts a level for anything but an exact str ("while getting the
        // str of an object"), and object's own __str__ then takes repr's level for the types whose
        // str is their repr (int, float, list...): print(e) or str(1) at the deepest frame fails
        // there. Not while the recorder reads a value (as for repr).
        return builtinText(o, false);
    }

    /** {@code o.repr()} or {@code o.str()} of a built-in type's object, counted as a level as CPython counts it. */
    private static String builtinText(PyObject o, boolean repr) {
        Interp in = Interp.currentOrNull();
        if (in == null || in.isObserving()) return repr ? o.repr() : o.str();
        in.enterCounted(repr ? " while getting the repr of an object" : " while getting the str of an object");
        try {
            return repr ? o.repr() : o.str();
        } finally {
            in.leaveCounted();
        }
    }

    public static PyObject format(PyObject o, String spec) {
        if (o.getType().isHeap()) {
            PyObject r = callDunder(o, S_FORMAT, PyStr.of(spec));
            if (!(r instanceof PyStr)) {
                throw Exc.typeError("__format__ must return a str, not " + r.getType().tpName());
            }
            return r;
        }
        return o.format(spec);
    }

    /** Fake memory address for reprs: per run, deterministic. */
    public static String address(PyObject o) {
        return "0x" + Long.toHexString(Interp.current().idOf(o));
    }

    public static long identityHash(PyObject o) {
        long id = Interp.current().idOf(o);
        return Long.rotateRight(id, 4);
    }

    public static ReprGuard enterRepr(PyObject o) {
        return Interp.current().enterRepr(o);
    }

    // ---- hashing and comparison ----------------------------------------------------------------

    /**
     * {@code hash(o)}. The built-in key types come first, told apart by their exact Java class (whose
     * Python type is then fixed: subclasses of str, int and tuple are other Java classes), so the
     * JIT never guesses at {@code o.getType()} here: a guess that held for the keys a program used
     * first (str, then int) failed at its first tuple key and threw away every compiled method this
     * one was inlined into (a dict's get and store paths, the VM's handlers for them).
     */
    public static long hash(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) return ((PyStr) o).hash();
        if (c == PyInt.class) return ((PyInt) o).hash();
        if (c == PyTuple.class) return ((PyTuple) o).hash();
        return hashOther(o);
    }

    /** {@link #hash} of an object of any other class: a user {@code __hash__} runs here. */
    private static long hashOther(PyObject o) {
        if (o.getType().isHeap()) {
            PyObject f = o.getType().lookup(S_HASH);
            if (f == null || f == PyNone.INSTANCE) {
                throw Exc.typeError("unhashable type: '" + o.getType().tpName() + "'");
            }
            PyObject r = callDunderFound(f, o);
            if (!(r instanceof PyInt i)) throw Exc.typeError("__hash__ method should return an integer");
            if (i.isBig()) return i.hash();
            return i.v == -1 ? -2 : i.v;
        }
        return o.hash();
    }

    public static void checkHashable(PyObject o) {
        hash(o);
    }

    /**
     * Java equality for map keys ({@code stored}, the key in the table, first; identity was checked
     * already): Python {@code ==}. Two strs or two small ints of the exact built-in classes are
     * compared here; anything else through {@link #eq}. Typed {@code Object} so that the tables'
     * callbacks cast nothing (a cast the JIT profiled with str keys alone failed at the first tuple
     * or int key and recompiled the lookups it was inlined into).
     */
    static boolean eqForKey(Object stored, Object probe) {
        Class<?> c = stored.getClass();
        if (c == probe.getClass()) {
            if (c == PyStr.class) return PyStr.sameText((PyStr) stored, (PyStr) probe);
            if (c == PyInt.class && ((PyInt) stored).big == null && ((PyInt) probe).big == null) {
                return ((PyInt) stored).v == ((PyInt) probe).v;
            }
        }
        return eq((PyObject) stored, (PyObject) probe);
    }

    public static boolean cmpResult(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** The comparison slot of {@code a}'s type (no reflection). */
    public static PyObject richCompareSlot(PyObject a, PyObject b, int op) {
        if (a.getType().isHeap()) {
            PyObject f = a.getType().lookup(CMP_DUNDER[op]);
            if (f == null) return PyNotImplemented.INSTANCE;
            return callDunderFound(f, a, b);
        }
        return a.richCompare(b, op);
    }

    private static boolean overrides(PyType t, PyStr name) {
        if (!t.isHeap()) return true;
        PyObject f = t.lookup(name);
        return f != null && !(f instanceof PyMethodDescriptor md && md.owner == PyType.OBJECT);
    }

    /** {@code a op b} with reflection, as CPython's {@code PyObject_RichCompare}. */
    public static PyObject richCompare(PyObject a, PyObject b, int op) {
        PyType ta = a.getType(), tb = b.getType();
        if (ta.isHeap() || tb.isHeap()) {
            // PyObject_RichCompare costs a level while a class's comparison method runs (RecursionCost).
            Interp in = Interp.current();
            in.enterCounted(RecursionCost.COMPARING);
            try {
                return richCompareDispatch(a, b, op, ta, tb);
            } finally {
                in.leaveCounted();
            }
        }
        return richCompareDispatch(a, b, op, ta, tb);
    }

    private static PyObject richCompareDispatch(PyObject a, PyObject b, int op, PyType ta, PyType tb) {
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta) && overrides(tb, CMP_DUNDER[CMP_SWAP[op]])) {
            checkedReverse = true;
            PyObject r = richCompareSlot(b, a, CMP_SWAP[op]);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        PyObject r = richCompareSlot(a, b, op);
        if (r != PyNotImplemented.INSTANCE) return r;
        if (!checkedReverse) {
            r = richCompareSlot(b, a, CMP_SWAP[op]);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        if (op == EQ) return PyBool.of(a == b);
        if (op == NE) return PyBool.of(a != b);
        throw Exc.typeError("'" + CMP_SYMBOL[op] + "' not supported between instances of '" + ta.tpName() + "' and '"
                + tb.tpName() + "'");
    }

    public static boolean compare(PyObject a, PyObject b, int op) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return cmpResult(Long.compare(((PyInt) a).v, ((PyInt) b).v), op);
        }
        return isTrue(richCompare(a, b, op));
    }

    public static boolean eq(PyObject a, PyObject b) {
        if (a == b && !(a instanceof PyFloat)) return true;
        if (a.getClass() == PyStr.class && b.getClass() == PyStr.class) return PyStr.sameText((PyStr) a, (PyStr) b);
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class && !((PyInt) a).isBig() && !((PyInt) b).isBig()) {
            return ((PyInt) a).v == ((PyInt) b).v;
        }
        if (a.getClass() == PyTuple.class && b.getClass() == PyTuple.class) {
            // tuple == tuple without the generic dispatch (dict keys such as (word, word)):
            // items pairwise by identity, then ==, as tuple's own comparison does.
            PyObject[] x = ((PyTuple) a).items, y = ((PyTuple) b).items;
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                if (x[i] != y[i] && !eqItem(x[i], y[i])) return false;
            }
            return x.length == y.length;
        }
        return isTrue(richCompare(a, b, EQ));
    }

    /**
     * {@code x == y} for two items, not the same object, of a built-in list, tuple or dict being
     * compared. CPython's comparison of each such pair costs a level of the recursion limit while
     * it runs, so containers nested about a thousand deep stop with "maximum recursion depth
     * exceeded in comparison". Only items that are themselves built-in containers can nest, so
     * only they are counted here (classes count in {@link #richCompare}).
     */
    static boolean eqItem(PyObject x, PyObject y) {
        return nests(x) ? isTrue(compareNested(x, y, EQ)) : eq(x, y);
    }

    /** {@code x op y} for items of built-in sequences being ordered: {@link #eqItem}'s counting. */
    static PyObject richCompareItem(PyObject x, PyObject y, int op) {
        return nests(x) ? compareNested(x, y, op) : richCompare(x, y, op);
    }

    /**
     * {@code a < b} for list.sort, {@code a} and {@code b} built-in lists or tuples of one type.
     * CPython's sort compares keys that are all of one built-in type through the type's own
     * comparison, not PyObject_RichCompare, so that outermost comparison costs no level:
     * {@link #eqItem} expects it to have cost one, and is given it back here.
     */
    static boolean sortLt(PyObject a, PyObject b) {
        Interp in = Interp.currentOrNull();
        if (in == null) return lt(a, b);
        int depth = in.depth();
        in.setDepth(depth - 1);
        try {
            return lt(a, b);
        } finally {
            in.setDepth(depth);
        }
    }

    static boolean nests(PyObject x) {
        return (x instanceof PyList || x instanceof PyTuple || x instanceof PyDict) && !x.getType().isHeap();
    }

    private static PyObject compareNested(PyObject x, PyObject y, int op) {
        Interp in = Interp.currentOrNull();
        if (in == null || in.isObserving()) return richCompare(x, y, op);
        boolean lastLevel = in.enterNestedComparison();
        try {
            if (lastLevel) refuseItemComparisons(x, y);
            return richCompare(x, y, op);
        } finally {
            in.leaveCounted();
        }
    }

    /**
     * At the last level CPython allows, comparing containers {@code x} and {@code y} fails as
     * soon as it would compare a pair of items that are not the same object.
     */
    private static void refuseItemComparisons(PyObject x, PyObject y) {
        PyObject[] a = null, b = null;
        int na = 0, nb = 0;
        if (x instanceof PyList l && y instanceof PyList m) {
            a = l.items; na = l.size; b = m.items; nb = m.size;
        } else if (x instanceof PyTuple t && y instanceof PyTuple u) {
            a = t.items; na = a.length; b = u.items; nb = b.length;
        } else if (x instanceof PyDict d && y instanceof PyDict e) {
            if (d.size() != e.size()) return;
            for (java.util.Map.Entry<PyObject, PyObject> en : d.entryList()) {
                PyObject v = e.get(en.getKey());
                if (v == null) return;
                if (v != en.getValue()) throw tooDeepToCompare();
            }
            return;
        }
        for (int i = 0, n = Math.min(na, nb); i < n; i++) {
            if (a[i] != b[i]) throw tooDeepToCompare();
        }
    }

    private static PyError tooDeepToCompare() {
        return Exc.error(Exc.RecursionError, "maximum recursion depth exceeded" + RecursionCost.COMPARING);
    }

    public static boolean lt(PyObject a, PyObject b) {
        return compare(a, b, LT);
    }

    // ---- truth, length -------------------------------------------------------------------------

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.INSTANCE) return false;
        if (o.getType().isHeap()) {
            PyType t = o.getType();
            PyObject f = t.lookup(S_BOOL);
            if (f != null) {
                PyObject r = callDunderFound(f, o);
                if (!(r instanceof PyBool b)) {
                    throw Exc.typeError("__bool__ should return bool, returned " + r.getType().tpName());
                }
                return b == PyBool.TRUE;
            }
            f = t.lookup(S_LEN);
            if (f != null) return lengthLong(o) != 0;
            return o.isTrue();
        }
        return o.isTrue();
    }

    public static int length(PyObject o) {
        long n = lengthLong(o);
        if (n > Integer.MAX_VALUE) throw Exc.overflowError("Python int too large to convert to C ssize_t");
        return (int) n;
    }

    /**
     * {@code len(o)} up to CPython's limit, {@code sys.maxsize}: a class's {@code __len__} may
     * answer 2**40 and {@code range(2**40)} has that length; past 2**63 - 1 both are OverflowError.
     */
    public static long lengthLong(PyObject o) {
        if (o.getType().isHeap()) {
            PyObject f = o.getType().lookup(S_LEN);
            if (f == null) throw Exc.typeError("object of type '" + o.getType().tpName() + "' has no len()");
            PyObject r = callDunderFound(f, o);
            PyInt i = r.asIndex();
            if (i == null) throw Exc.typeError("'" + r.getType().tpName() + "' object cannot be interpreted as an integer");
            if (i.signum() < 0) throw Exc.valueError("__len__() should return >= 0");
            if (i.isBig()) throw Exc.overflowError("cannot fit 'int' into an index-sized integer");
            return i.v;
        }
        return o.lengthLong();
    }

    public static boolean hasLength(PyObject o) {
        if (o.getType().isHeap()) return o.getType().lookup(S_LEN) != null;
        return o.hasLength();
    }

    // ---- items ---------------------------------------------------------------------------------

    public static PyObject getItem(PyObject o, PyObject key) {
        if (o.getType().isHeap()) {
            PyObject f = o.getType().lookup(S_GETITEM);
            // A class whose metaclass has no __getitem__ is subscripted as a class (__class_getitem__).
            if (f == null && o instanceof PyType) return o.getItem(key);
            if (f == null) throw Exc.typeError("'" + o.getType().tpName() + "' object is not subscriptable");
            return callDunderFound(f, o, key);
        }
        return o.getItem(key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o.getType().isHeap()) {
            PyObject f = o.getType().lookup(S_SETITEM);
            if (f == null) throw Exc.typeError("'" + o.getType().tpName() + "' object does not support item assignment");
            callDunderFound(f, o, key, value);
            return;
        }
        o.setItem(key, value);
    }

    /**
     * {@code del o[key]} on a type that has no deletion: CPython's sequence path words it
     * "doesn't" (an index key on a type with sequence methods: str, tuple, bytes, range, sets,
     * classes), its generic path "does not".
     */
    static PyError noItemDeletion(PyObject o, PyObject key) {
        PyType t = o.getType();
        boolean seq = t.isHeap() || o instanceof PyStr || o instanceof PyTuple || o instanceof PyBytes
                || o instanceof PyRange || o instanceof PySet;
        boolean index = key instanceof PyInt || (key.getType().isHeap() && key.getType().lookup(S_INDEX) != null);
        return Exc.typeError("'" + t.tpName() + "' object " + (seq && index ? "doesn't" : "does not") + " support item deletion");
    }

    public static void delItem(PyObject o, PyObject key) {
        if (o.getType().isHeap()) {
            PyObject f = o.getType().lookup(S_DELITEM);
            if (f == null) throw noItemDeletion(o, key);
            callDunderFound(f, o, key);
            return;
        }
        o.delItem(key);
    }

    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.getType();
        if (t.isHeap()) {
            PyObject f = t.lookup(S_CONTAINS);
            if (f != null) return isTrue(callDunderFound(f, container, item));
        } else if (container.hasContains()) {
            return container.contains(item);
        }
        if (!isIterable(container)) {
            throw Exc.typeError("argument of type '" + t.tpName() + "' is not iterable");
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyError e) {
            // CPython's _PySequence_IterSearch reports any TypeError of iter() this way.
            if (e.exc.isInstance(Exc.TypeError)) throw Exc.typeError("argument of type '" + t.tpName() + "' is not iterable");
            throw e;
        }
        PyObject v;
        Interp in = Interp.current();
        while ((v = next(it)) != null) {
            in.tickItem();
            if (v == item || eq(v, item)) return true;
        }
        return false;
    }

    // ---- iteration -----------------------------------------------------------------------------

    public static boolean isIterable(PyObject o) {
        PyType t = o.getType();
        if (t.isHeap()) return t.lookup(S_ITER) != null || t.lookup(S_GETITEM) != null;
        return o.hasIter() || o instanceof PyType == false && t.lookup(S_GETITEM) != null;
    }

    public static PyObject iter(PyObject o) {
        PyType t = o.getType();
        if (!t.isHeap()) {
            if (o.hasIter()) return o.iter();
        } else {
            PyObject f = t.lookup(S_ITER);
            if (f == PyNone.INSTANCE) throw Exc.typeError("'" + t.tpName() + "' object is not iterable");
            if (f != null) {
                PyObject it = callDunderFound(f, o);
                if (!isIterator(it)) {
                    throw Exc.typeError("iter() returned non-iterator of type '" + it.getType().tpName() + "'");
                }
                return it;
            }
        }
        if (!(o instanceof PyType) && t.lookup(S_GETITEM) != null) return new PyIterators.SeqIterator(o);
        throw Exc.typeError("'" + t.tpName() + "' object is not iterable");
    }

    public static boolean isIterator(PyObject o) {
        PyType t = o.getType();
        if (t.isHeap()) return t.lookup(S_NEXT) != null;
        return o.isIterator();
    }

    /** The next item, or null when the iterator is exhausted. */
    public static PyObject next(PyObject it) {
        PyType t = it.getType();
        if (t.isHeap()) {
            PyObject f = t.lookup(S_NEXT);
            if (f == null) throw Exc.typeError("'" + t.tpName() + "' object is not an iterator");
            try {
                return callDunderFound(f, it);
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.StopIteration)) return null;
                throw e;
            }
        }
        try {
            return it.next();
        } catch (PyError e) {
            if (e.exc.isInstance(Exc.StopIteration)) return null;
            throw e;
        }
    }

    /** Runs {@code body} on each item (ticks the step budget). */
    public static void forEach(PyObject iterable, Consumer<PyObject> body) {
        if (iterable instanceof PyList l && l.getType() == PyList.TYPE) {
            for (int i = 0; i < l.size(); i++) body.accept(l.get(i));
            return;
        }
        if (iterable instanceof PyTuple t && t.getType() == PyTuple.TYPE) {
            for (PyObject o : t.items()) body.accept(o);
            return;
        }
        PyObject it = iter(iterable);
        Interp in = Interp.current();
        PyObject v;
        while ((v = next(it)) != null) {
            in.tickItem();
            body.accept(v);
        }
    }

    /**
     * {@link #forEach} as list(), tuple(), sorted(), list.extend, [*x] and f(*x) take an iterable:
     * CPython asks a class instance for its size after taking its iterator (its __len__, else its
     * __length_hint__), so those methods run; their errors propagate, except a TypeError from __len__.
     */
    public static void forEachSized(PyObject iterable, Consumer<PyObject> body) {
        if (!iterable.getType().isHeap()) {
            forEach(iterable, body);
            return;
        }
        PyObject it = iter(iterable);
        sizeHint(iterable);
        Interp in = Interp.current();
        PyObject v;
        while ((v = next(it)) != null) {
            in.tickItem();
            body.accept(v);
        }
    }

    private static final PyStr S_LENGTH_HINT = PyStr.intern("__length_hint__");

    /** CPython's PyObject_LengthHint on an instance of a class, for what it runs and raises (the size is not needed). */
    private static void sizeHint(PyObject o) {
        PyType t = o.getType();
        if (t.lookup(S_LEN) != null) {
            try {
                lengthLong(o);
                return;
            } catch (PyError e) {
                if (!e.exc.isInstance(Exc.TypeError)) throw e;
            }
        }
        PyObject hint = t.lookup(S_LENGTH_HINT);
        if (hint == null) return;
        PyObject r = callDunderFound(hint, o);
        if (r == PyNotImplemented.INSTANCE) return;
        if (!(r instanceof PyInt n)) throw Exc.typeError("__length_hint__ must be an integer, not " + r.getType().tpName());
        if (n.signum() < 0) throw Exc.valueError("__length_hint__() should return >= 0");
    }

    public static List<PyObject> toList(PyObject iterable) {
        if (iterable instanceof PyList l && l.getType() == PyList.TYPE) return new ArrayList<>(List.of(l.toArray()));
        if (iterable instanceof PyTuple t && t.getType() == PyTuple.TYPE) return new ArrayList<>(List.of(t.items()));
        List<PyObject> out = new ArrayList<>();
        forEach(iterable, new Consumer<PyObject>() { public void accept(PyObject x) { out.add(x); } });
        return out;
    }

    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.getType() == PyTuple.TYPE) return t.items();
        if (iterable instanceof PyList l && l.getType() == PyList.TYPE) return l.toArray();
        return toList(iterable).toArray(new PyObject[0]);
    }

    public static PyTuple toTuple(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.getType() == PyTuple.TYPE) return t;
        return PyTuple.of(toArray(iterable).clone());
    }

    // ---- calls ---------------------------------------------------------------------------------

    public static boolean isCallable(PyObject o) {
        if (o.getType().isHeap()) return o.getType().lookup(S_CALL) != null || o instanceof PyType;
        return o.isCallable();
    }

    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
        if (f.getType().isHeap()) {
            PyObject c = f.getType().lookup(S_CALL);
            if (c == null) throw Exc.typeError("'" + f.getType().tpName() + "' object is not callable");
            if (c instanceof PyFunction fn) {
                PyObject[] full = new PyObject[args.length + 1];
                full[0] = f;
                System.arraycopy(args, 0, full, 1, args.length);
                // An instance called through its class's __call__ costs a level (RecursionCost).
                Interp in = Interp.current();
                in.enterCounted(RecursionCost.CALLING);
                try {
                    return fn.call(full, kwnames);
                } finally {
                    in.leaveCounted();
                }
            }
            return call(Descriptors.get(c, f, f.getType()), args, kwnames);
        }
        return f.call(args, kwnames);
    }

    public static PyObject call(PyObject f, PyObject... args) {
        return call(f, args, null);
    }

    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return call(getAttr(obj, PyStr.intern(name)), args, null);
    }

    // ---- numbers -------------------------------------------------------------------------------

    private static PyObject binarySlot(PyObject a, PyObject b, int op) {
        if (a.getType().isHeap()) {
            PyObject f = a.getType().lookup(BIN_DUNDER[op]);
            if (f == null) return PyNotImplemented.INSTANCE;
            return callOperatorFound(f, a, b);
        }
        return a.binaryOp(op, b);
    }

    /**
     * An operator method found on a heap type, called for the operator: a built-in method with an
     * {@link PyMethodDescriptor.OperatorForm} may decline (NotImplemented) where its direct call raises.
     */
    private static PyObject callOperatorFound(PyObject f, PyObject self, PyObject other) {
        if (f instanceof PyMethodDescriptor md) {
            PyMethodDescriptor.OperatorForm form = md.operatorForm();
            if (form != null) return form.operator(self, other);
        }
        return callDunderFound(f, self, other);
    }

    private static PyObject reflectedSlot(PyObject b, PyObject a, int op) {
        if (b.getType().isHeap()) {
            PyObject f = b.getType().lookup(BIN_RDUNDER[op]);
            if (f == null) return PyNotImplemented.INSTANCE;
            return callOperatorFound(f, b, a);
        }
        return b.reflectedOp(op, a);
    }

    public static PyObject binaryOp(PyObject a, PyObject b, int op) {
        PyObject r = binaryOpOrNull(a, b, op);
        if (r != null) return r;
        if (BIN_SYMBOL[op].equals(">>") && a instanceof PyBuiltinFunction f && f.name.equals("print")
                && a.getType() == PyBuiltinFunction.TYPE) {
            // Python 2's `print >>stream, x`: CPython's binary_op adds a hint for the built-in print.
            throw Exc.typeError("unsupported operand type(s) for >>: '" + a.getType().tpName() + "' and '"
                    + b.getType().tpName() + "'. Did you mean \"print(<message>, file=<output_stream>)\"?");
        }
        throw binaryTypeError(a, b, BIN_SYMBOL[op]);
    }

    private static PyObject binaryOpOrNull(PyObject a, PyObject b, int op) {
        PyType ta = a.getType(), tb = b.getType();
        boolean reflectedDone = false;
        if (ta != tb && tb.isSubtypeOf(ta) && tb.isHeap() && tb.lookup(BIN_RDUNDER[op]) != null) {
            reflectedDone = true;
            PyObject r = reflectedSlot(b, a, op);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        PyObject r = binarySlot(a, b, op);
        if (r != PyNotImplemented.INSTANCE) return r;
        if (!reflectedDone && ta != tb) {
            r = reflectedSlot(b, a, op);
            if (r != PyNotImplemented.INSTANCE) return r;
        }
        return null;
    }

    /**
     * {@code seq + other} where {@code seq} is a built-in sequence and {@code other} is not one:
     * CPython tries the other operand's {@code __radd__} (its number slot) before the sequence's
     * concatenation, so {@code [9] + UserList([1])} is a UserList. Null when it declines.
     */
    static PyObject reflectedBeforeConcat(PyObject seq, PyObject other) {
        PyType t = other.getType();
        if (!t.isHeap()) return null;
        PyObject f = t.lookup(BIN_RDUNDER[ADD]);
        if (f == null) return null;
        PyObject r = callDunderFound(f, other, seq);
        return r == PyNotImplemented.INSTANCE ? null : r;
    }

    private static PyError binaryTypeError(PyObject a, PyObject b, String sym) {
        if (sym.equals("+") && a instanceof PyStr) {
            return Exc.typeError("can only concatenate str (not \"" + b.getType().tpName() + "\") to str");
        }
        if (sym.equals("*") || sym.equals("*=")) {
            // CPython then tries sequence repetition, which wants an int on the other side.
            if (isRepeatable(a)) return Exc.typeError("can't multiply sequence by non-int of type '" + b.getType().tpName() + "'");
            if (isRepeatable(b)) return Exc.typeError("can't multiply sequence by non-int of type '" + a.getType().tpName() + "'");
        }
        if (sym.equals("**")) {
            return Exc.typeError("unsupported operand type(s) for ** or pow(): '" + a.getType().tpName() + "' and '"
                    + b.getType().tpName() + "'");
        }
        return Exc.typeError("unsupported operand type(s) for " + sym + ": '" + a.getType().tpName() + "' and '"
                + b.getType().tpName() + "'");
    }

    /** Built-in sequences with repetition ({@code sq_repeat}), and their subclasses. */
    private static boolean isRepeatable(PyObject o) {
        PyType t = o.getType();
        return t.isSubtypeOf(PyStr.TYPE) || t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE)
                || t.isSubtypeOf(PyBytes.TYPE) || t.isSubtypeOf(PyByteArray.TYPE)
                || t.isSubtypeOf(dev.coroscope.engine.runtime.modules.DequeType.TYPE);
    }

    public static PyObject inplaceOp(PyObject a, PyObject b, int op) {
        PyObject r;
        if (a.getType().isHeap()) {
            PyObject f = a.getType().lookup(BIN_IDUNDER[op]);
            r = f == null ? PyNotImplemented.INSTANCE : callOperatorFound(f, a, b);
        } else {
            r = a.inplaceOp(op, b);
        }
        if (r != PyNotImplemented.INSTANCE) return r;
        r = binaryOpOrNull(a, b, op);
        if (r != null) return r;
        throw binaryTypeError(a, b, BIN_SYMBOL[op] + "=");
    }

    public static PyObject unaryOp(PyObject a, int op) {
        if (a.getType().isHeap()) {
            PyStr name = op == NEG ? S_NEG : op == POS ? S_POS : S_INVERT;
            PyObject f = a.getType().lookup(name);
            if (f != null) return callDunderFound(f, a);
        } else {
            PyObject r = a.unaryOp(op);
            if (r != null) return r;
        }
        String sym = op == NEG ? "unary -" : op == POS ? "unary +" : "unary ~";
        throw Exc.typeError("bad operand type for " + sym + ": '" + a.getType().tpName() + "'");
    }

    public static PyObject not(PyObject a) {
        return PyBool.of(!isTrue(a));
    }

    /** {@code __index__}: an int, or TypeError. */
    public static PyInt index(PyObject o) {
        PyInt i = indexOrNull(o);
        if (i == null) {
            throw Exc.typeError("'" + o.getType().tpName() + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    public static PyInt indexOrNull(PyObject o) {
        PyInt i = o.asIndex();
        if (i != null) return i;
        if (o.getType().isHeap()) {
            PyObject r = callDunder(o, S_INDEX);
            if (r == null) return null;
            if (!(r instanceof PyInt ri)) {
                throw Exc.typeError("__index__ returned non-int (type " + r.getType().tpName() + ")");
            }
            return ri;
        }
        return null;
    }

    static PyInt indexForSlice(PyObject o) {
        PyInt i = indexOrNull(o);
        if (i == null) {
            throw Exc.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return i;
    }

    public static PyObject unionType(PyObject a, PyObject b) {
        if ((a instanceof PyType || a == PyNone.INSTANCE || a instanceof PyUnion || a instanceof PyGenericAlias)
                && (b instanceof PyType || b == PyNone.INSTANCE || b instanceof PyUnion || b instanceof PyGenericAlias)) {
            return PyUnion.of(a, b);
        }
        return PyNotImplemented.INSTANCE;
    }

    // ---- attributes ----------------------------------------------------------------------------

    public static PyObject genericGetAttr(PyObject obj, PyStr name) {
        PyType type = obj.getType();
        PyObject descr = type.lookup(name);
        if (descr != null && Descriptors.isData(descr)) return Descriptors.get(descr, obj, type);
        PyDict d = obj.getDict();
        if (d != null) {
            PyObject v = d.get(name);
            if (v != null) return v;
        }
        if (descr != null) return Descriptors.get(descr, obj, type);
        return null;
    }

    // A failed store or deletion leaves AttributeError.name and .obj None, as CPython 3.11 does
    // (so its traceback offers no "Did you mean" either).
    public static void genericSetAttr(PyObject obj, PyStr name, PyObject value) {
        PyType type = obj.getType();
        PyObject descr = type.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            Descriptors.set(descr, obj, value);
            return;
        }
        PyDict d = obj.getDict();
        if (d == null) {
            if (descr != null) {
                throw Exc.attributeError("'" + type.tpName() + "' object attribute '" + name.value() + "' is read-only", null, null);
            }
            throw Exc.attributeError("'" + type.tpName() + "' object has no attribute '" + name.value() + "'", null, null);
        }
        d.put(name, value);
    }

    public static void genericDelAttr(PyObject obj, PyStr name) {
        PyType type = obj.getType();
        PyObject descr = type.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            Descriptors.set(descr, obj, null);
            return;
        }
        PyDict d = obj.getDict();
        if (d == null && descr != null) {
            throw Exc.attributeError("'" + type.tpName() + "' object attribute '" + name.value() + "' is read-only", null, null);
        }
        if (d == null || d.remove(name) == null) {
            throw Exc.attributeError("'" + type.tpName() + "' object has no attribute '" + name.value() + "'", null, null);
        }
    }

    /** {@code getattr(obj, name)}; null when absent (AttributeError from a __getattr__ counts as absent). */
    public static PyObject getAttrOrNull(PyObject obj, PyStr name) {
        try {
            return getAttrOrNullRaw(obj, name);
        } catch (PyError e) {
            if (e.exc.isInstance(Exc.AttributeError)) return null;
            throw e;
        }
    }

    /** A class's own __getattribute__ {@code ga}: as CPython's slot, an AttributeError from it falls back to __getattr__. */
    private static PyObject callGetattribute(PyType t, PyObject ga, PyObject obj, PyStr name) {
        try {
            return callDunderFound(ga, obj, name);
        } catch (PyError e) {
            PyObject g = t.lookup(S_GETATTR);
            if (g == null || !e.exc.isInstance(Exc.AttributeError)) throw e;
            return callDunderFound(g, obj, name);
        }
    }

    private static PyObject getAttrOrNullRaw(PyObject obj, PyStr name) {
        PyType t = obj.getType();
        if (t.isHeap() && !(obj instanceof PyType)) {
            PyObject ga = t.lookup(S_GETATTRIBUTE);
            if (ga instanceof PyFunction) return callGetattribute(t, ga, obj, name);
            PyObject v = obj.getAttr(name);
            if (v != null) return v;
            PyObject g = t.lookup(S_GETATTR);
            if (g != null) return callDunderFound(g, obj, name);
            return null;
        }
        PyObject v = obj.getAttr(name);
        if (v == null && obj instanceof PyType && t.isHeap()) return metaGetattr(t, obj, name);
        return v;
    }

    /** A class's attribute not found: its metaclass's __getattr__, if it has one (else null). */
    private static PyObject metaGetattr(PyType meta, PyObject cls, PyStr name) {
        PyObject g = meta.lookup(S_GETATTR);
        return g == null ? null : callDunderFound(g, cls, name);
    }

    public static PyObject getAttr(PyObject obj, PyStr name) {
        PyType t = obj.getType();
        PyObject v;
        if (t.isHeap() && !(obj instanceof PyType)) {
            if (t.customGetattribute()) return callGetattribute(t, t.lookup(S_GETATTRIBUTE), obj, name);
            v = obj.getAttr(name);
            if (v != null) return v;
            PyObject g = t.lookup(S_GETATTR);
            if (g != null) return callDunderFound(g, obj, name);
        } else {
            v = obj.getAttr(name);
            if (v != null) return v;
            if (obj instanceof PyType && t.isHeap() && (v = metaGetattr(t, obj, name)) != null) return v;
        }
        throw noAttribute(obj, name);
    }

    public static PyError noAttribute(PyObject obj, PyStr name) {
        String msg;
        if (obj instanceof PyModule m) msg = "module '" + m.name() + "' has no attribute '" + name.value() + "'";
        else if (obj instanceof PyType t) msg = "type object '" + t.tpName() + "' has no attribute '" + name.value() + "'";
        else msg = "'" + obj.getType().tpName() + "' object has no attribute '" + name.value() + "'";
        return Exc.attributeError(msg, obj, name);
    }

    public static PyObject getAttr(PyObject obj, String name) {
        return getAttr(obj, PyStr.intern(name));
    }

    public static PyObject getAttrOr(PyObject obj, String name, PyObject dflt) {
        PyObject v = getAttrOrNull(obj, PyStr.intern(name));
        return v == null ? dflt : v;
    }

    public static void setAttr(PyObject obj, PyStr name, PyObject value) {
        PyType t = obj.getType();
        if (obj instanceof PyType && t.isHeap()) {
            // A metaclass may define __setattr__ for its classes (enum.EnumType does).
            PyObject f = t.lookup(S_SETATTR);
            if (f instanceof PyFunction) {
                callDunderFound(f, obj, name, value);
                return;
            }
        }
        if (t.isHeap() && !(obj instanceof PyType) && t.customSetattr()) {
            callDunderFound(t.lookup(S_SETATTR), obj, name, value);
            return;
        }
        obj.setAttr(name, value);
    }

    public static void delAttr(PyObject obj, PyStr name) {
        PyType t = obj.getType();
        if (obj instanceof PyType && t.isHeap()) {
            PyObject f = t.lookup(S_DELATTR);
            if (f instanceof PyFunction) {
                callDunderFound(f, obj, name);
                return;
            }
        }
        if (t.isHeap() && !(obj instanceof PyType)) {
            PyObject f = t.lookup(S_DELATTR);
            if (f instanceof PyFunction) {
                callDunderFound(f, obj, name);
                return;
            }
        }
        obj.delAttr(name);
    }

    // ---- misc ----------------------------------------------------------------------------------

    public static boolean isInstance(PyObject o, PyType t) {
        return o.getType().isSubtypeOf(t);
    }

    /** The Python type name used in messages: {@code 'int'}. */
    public static String typeName(PyObject o) {
        return o.getType().tpName();
    }
}
