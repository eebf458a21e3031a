package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Interp;
import java.util.function.Consumer;

/** A function defined in Python: code plus the globals, defaults and closure cells it runs with. */
public final class PyFunction extends PyObject {

    public static final PyType TYPE = PyType.builtin("function", null, false, new Consumer<PyType>() { public void accept(PyType x) {
        FunctionType.init(x);
        x.setNew((cls, a, k) -> {
            // Making a function from a code object is outside the engine's sandbox; the messages are CPython's.
            if (a.length < 2) {
                throw Exc.typeError("function() missing required argument '" + (a.length == 0 ? "code' (pos 1)" : "globals' (pos 2)"));
            }
            throw Exc.typeError("cannot create 'function' instances");
        });
    }});

    public PyCode code;
    public final PyDict globals;
    public final PyDict builtins;
    public String name;
    public String qualname;
    /** Positional defaults (aligned with the last parameters), or null. */
    public PyObject[] defaults;
    /** Keyword-only defaults, or null. */
    public PyDict kwdefaults;
    /** The VM's memory of {@link #kwdefaults} by parameter (vm.Bind); null until a call needs it. */
    public Object kwonlyDefaults;
    /** Cells for the code's free variables, or null. */
    public PyCell[] closure;
    public PyObject doc = PyNone.INSTANCE;
    public PyObject module;
    public PyObject annotations;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, PyDict builtins, String qualname) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.name;
        this.qualname = qualname;
        PyObject m = globals.get(Ops.S_NAME);
        this.module = m == null ? PyNone.INSTANCE : m;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Interp.current().callFunction(this, args, kwnames);
    }

    @Override
    public String repr() {
        return "<function " + qualname + " at " + Ops.address(this) + ">";
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        // In the order a dying function lets go of them (CPython's func_clear): the defaults and
        // closure are tuples, which release their items last to first.
        v.accept(globals);
        if (defaults != null) for (int i = defaults.length - 1; i >= 0; i--) v.accept(defaults[i]);
        if (kwdefaults != null) v.accept(kwdefaults);
        if (dict != null) v.accept(dict);
        if (closure != null) for (int i = closure.length - 1; i >= 0; i--) v.accept(closure[i]);
    }
}
