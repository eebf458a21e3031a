package dev.coroscope.engine.runtime;

import java.util.function.Function;
import java.util.function.Consumer;

/**
 * A method of a built-in type ({@code list.append}): Python sees {@code method_descriptor};
 * the VM calls {@link #callWithSelf} directly for {@code obj.method(...)} so no bound object is
 * made on that path.
 */
public final class PyMethodDescriptor extends PyObject {

    public static final PyType TYPE = PyType.builtin("method_descriptor", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        describe(t);
    }});

    /** The attributes method_descriptor and wrapper_descriptor share. */
    private static void describe(PyType t) {
        t.getter("__name__", s -> PyStr.of(((PyMethodDescriptor) s).name));
        t.getter("__qualname__", s -> PyStr.of(((PyMethodDescriptor) s).owner.name() + "." + ((PyMethodDescriptor) s).name));
        t.getter("__objclass__", s -> ((PyMethodDescriptor) s).owner);
        t.getter("__doc__", s -> PyNone.INSTANCE);
        t.put("__get__", new PyMethodDescriptor(t, "__get__", (s, a, k) -> {
            if (a.length < 1 || a.length > 2) throw Exc.typeError("__get__ expected 1 or 2 arguments, got " + a.length);
            return a[0] == PyNone.INSTANCE ? s : ((PyMethodDescriptor) s).bind(a[0]);
        }));
    }

    /** {@code wrapper_descriptor}: a special method of a built-in type that is a type slot in CPython ({@code list.__iter__}). */
    public static final PyType SLOT_TYPE = PyType.builtin("wrapper_descriptor", null, false, new Consumer<PyType>() { public void accept(PyType t) {
        describe(t);
    }});

    /** Implementation: {@code self} is already checked to be an instance of the owner type. */
    @FunctionalInterface
    public interface Impl {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    @FunctionalInterface
    public interface Impl1 {
        PyObject call(PyObject self, PyObject arg);
    }

    @FunctionalInterface
    public interface Impl2 {
        PyObject call(PyObject self, PyObject a, PyObject b);
    }

    public final PyType owner;
    public final String name;
    private final Impl impl;
    /**
     * For a method taking exactly one argument ({@link #oneArg}): the implementation
     * {@link #callWithSelf1} calls without an argument array; null otherwise.
     */
    private Impl1 impl1;
    /** For a method taking no arguments ({@link #noArgs}): what {@link #callWithSelf0} calls; null otherwise. */
    private Function<PyObject, PyObject> impl0;
    /**
     * What {@link #callWithSelf2} calls for exactly two positional arguments ({@link #twoArgs},
     * or a method given {@link #withTwo}); null otherwise.
     */
    private Impl2 impl2;

    public PyMethodDescriptor(PyType owner, String name, Impl impl) {
        this.owner = owner;
        this.name = name;
        this.impl = impl;
    }

    public static PyMethodDescriptor noArgs(PyType owner, String name, Function<PyObject, PyObject> f) {
        PyMethodDescriptor d = new PyMethodDescriptor(owner, name, new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] args, String[] kw) {
            if (args.length != 0 || kw != null) {
                if (kw != null && args.length == kw.length) {
                    throw Exc.typeError(owner.name() + "." + name + "() takes no keyword arguments");
                }
                throw Exc.typeError(owner.name() + "." + name + "() takes no arguments (" + args.length + " given)");
            }
            return f.apply(self);
        }});
        d.impl0 = f;
        return d;
    }

    /**
     * Gives a method of any signature the array-free forms {@link #callWithSelf1} and {@link
     * #callWithSelf2} use for one and two positional arguments (either may be null): each must do
     * exactly what the general implementation does with that many arguments and no keywords.
     */
    public PyMethodDescriptor withFastForms(Impl1 one, Impl2 two) {
        if (one != null) impl1 = one;
        if (two != null) impl2 = two;
        return this;
    }

    /**
     * A one-argument operator method whose direct call differs from the operator: as an operator it
     * may decline ({@link #operator} gives NotImplemented, so the other operand is tried), called as
     * a method it raises CPython's error instead ({@code 'x'.__add__(1)}, {@code [1].__mul__('x')}).
     */
    public interface OperatorForm extends Impl1 {
        PyObject operator(PyObject self, PyObject other);
    }

    /** What an operator finds in this method: its operator form, or null for an ordinary method. */
    public OperatorForm operatorForm() {
        return impl1 instanceof OperatorForm of ? of : null;
    }

    public static PyMethodDescriptor oneArg(PyType owner, String name, Impl1 f) {
        PyMethodDescriptor d = new PyMethodDescriptor(owner, name, new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] args, String[] kw) {
            if (kw != null) throw Exc.typeError(owner.name() + "." + name + "() takes no keyword arguments");
            if (args.length != 1) {
                throw Exc.typeError(owner.name() + "." + name + "() takes exactly one argument (" + args.length + " given)");
            }
            return f.call(self, args[0]);
        }});
        d.impl1 = f;
        return d;
    }

    public static PyMethodDescriptor twoArgs(PyType owner, String name, Impl2 f) {
        PyMethodDescriptor d = new PyMethodDescriptor(owner, name, new PyMethodDescriptor.Impl() { public PyObject call(PyObject self, PyObject[] args, String[] kw) {
            if (kw != null) throw Exc.typeError(owner.name() + "." + name + "() takes no keyword arguments");
            if (args.length != 2) {
                throw Exc.typeError(name + " expected 2 arguments, got " + args.length);
            }
            return f.call(self, args[0], args[1]);
        }});
        d.impl2 = f;
        return d;
    }

    @Override
    public PyType getType() {
        return isSlot() ? SLOT_TYPE : TYPE;
    }

    /**
     * {@code callWithSelf(self, new PyObject[] {arg}, null)}: the same checks and result, without
     * the array when the method takes exactly one argument ({@code list.append(x)}, {@code
     * sep.join(parts)}...).
     */
    public PyObject callWithSelf1(PyObject self, PyObject arg) {
        Impl1 f = impl1;
        if (f == null) return callWithSelf(self, new PyObject[] {arg}, null);
        checkSelf(self);
        return f.call(self, arg);
    }

    /** {@code callWithSelf(self, new PyObject[0], null)}, without the array when the method takes no arguments. */
    public PyObject callWithSelf0(PyObject self) {
        Function<PyObject, PyObject> f = impl0;
        if (f == null) return callWithSelf(self, NO_ARGS, null);
        checkSelf(self);
        return f.apply(self);
    }

    /** {@code callWithSelf(self, new PyObject[] {a, b}, null)}, without the array when the method has a two-argument form. */
    public PyObject callWithSelf2(PyObject self, PyObject a, PyObject b) {
        Impl2 f = impl2;
        if (f == null) return callWithSelf(self, new PyObject[] {a, b}, null);
        checkSelf(self);
        return f.call(self, a, b);
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        checkSelf(self);
        return impl.call(self, args, kwnames);
    }

    private void checkSelf(PyObject self) {
        if (!self.getType().isSubtypeOf(owner) && !(owner == PyType.OBJECT)) {
            if (isSlot()) {
                throw Exc.typeError("descriptor '" + name + "' requires a '" + owner.tpName() + "' object but received a '"
                        + self.getType().tpName() + "'");
            }
            throw Exc.typeError("descriptor '" + name + "' for '" + owner.tpName() + "' objects doesn't apply to a '"
                    + self.getType().tpName() + "' object");
        }
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** Special methods that are type slots in CPython: their descriptors are slot wrappers, with their own wording. */
    private static final java.util.Set<String> SLOT_NAMES = java.util.Set.of(
            "__init__", "__repr__", "__str__", "__hash__", "__call__", "__getattribute__", "__setattr__", "__delattr__",
            "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__",
            "__delete__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__", "__add__", "__radd__",
            "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__",
            "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__",
            "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__",
            "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
            "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__",
            "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__await__",
            "__aiter__", "__anext__", "__del__");

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            if (SLOT_NAMES.contains(name)) {
                throw Exc.typeError("descriptor '" + name + "' of '" + owner.tpName() + "' object needs an argument");
            }
            throw Exc.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        return callWithSelf(args[0], rest, kwnames);
    }

    /** The same method costing a recursion level while it runs (see {@link RecursionCost}). */
    PyMethodDescriptor counted() {
        return new PyMethodDescriptor(owner, name, RecursionCost.counted(impl));
    }

    /** A method CPython writes in Python on a type whose other methods are C (random.Random.randint). */
    private boolean pythonLevel;

    /** The class CPython defines this method on when it is not the owner's name (random's C methods: '_random.Random'). */
    private String shownOwner;

    public PyMethodDescriptor showOwnerAs(String name) {
        shownOwner = name;
        return this;
    }

    /** Marks this method as Python code in CPython: its reprs and profile events are a Python function's. */
    public PyMethodDescriptor markPythonLevel() {
        pythonLevel = true;
        return this;
    }

    /** Whether CPython implements this as a C method_descriptor ('c_call' events for profile functions). */
    public boolean cLevel() {
        return !isSlot() && !owner.pythonMethods() && !pythonLevel;
    }

    /**
     * Binds to an instance: a {@code builtin_function_or_method} with {@code __self__}; for a method
     * CPython writes in Python (the event loop's, random's), a bound {@code method} of this one.
     */
    public PyObject bind(PyObject self) {
        if ((pythonLevel || owner.pythonMethods()) && !isSlot()) return new PyMethod(this, self);
        PyBuiltinFunction f = new PyBuiltinFunction(name, new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return callWithSelf(self, a, k);
        }}, self, owner);
        if (pythonLevel) f.pythonLevel = true;
        return isSlot() ? f.asSlotWrapper() : f;
    }

    @Override
    public String repr() {
        if ((owner.pythonMethods() || pythonLevel) && !isSlot()) return "<function " + owner.name() + "." + name + " at " + Ops.address(this) + ">";
        return (isSlot() ? "<slot wrapper '" : "<method '") + name + "' of '" + (shownOwner != null ? shownOwner : owner.name()) + "' objects>";
    }

    /** The dunder methods CPython implements as type slots (shown as slot wrappers, not methods). */
    private static final java.util.Set<String> SLOTS = java.util.Set.of("__getattribute__", "__getattr__",
            "__setattr__", "__delattr__", "__repr__", "__hash__", "__call__", "__str__", "__lt__", "__le__", "__eq__",
            "__ne__", "__gt__", "__ge__", "__iter__", "__next__", "__get__", "__set__", "__delete__", "__init__",
            "__del__", "__await__", "__aiter__", "__anext__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__",
            "__rmul__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__",
            "__abs__", "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__",
            "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__", "__iadd__", "__isub__",
            "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ixor__", "__ior__",
            "__floordiv__", "__rfloordiv__", "__truediv__", "__rtruediv__", "__ifloordiv__", "__itruediv__",
            "__index__", "__matmul__", "__rmatmul__", "__imatmul__", "__len__", "__getitem__", "__setitem__",
            "__delitem__", "__contains__");

    /** 0 unknown, 1 slot, 2 ordinary method: {@link #isSlot} is asked on every {@code type()}. */
    private byte slotKind;

    private boolean isSlot() {
        if (slotKind == 0) slotKind = computeIsSlot() ? (byte) 1 : (byte) 2;
        return slotKind == 1;
    }

    private boolean computeIsSlot() {
        if (!SLOTS.contains(name)) return false;
        // dict and list define these as ordinary methods as well, and CPython shows those.
        if (name.equals("__getitem__")) return owner != PyDict.TYPE && owner != PyList.TYPE;
        if (name.equals("__contains__")) return owner != PyDict.TYPE;
        return true;
    }
}
