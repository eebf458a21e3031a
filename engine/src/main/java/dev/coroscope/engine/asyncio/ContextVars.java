package dev.coroscope.engine.asyncio;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import dev.coroscope.engine.vm.ModuleDef;
import dev.coroscope.engine.vm.ModuleRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.BiConsumer;

/**
 * The {@code contextvars} module (CPython's C {@code _contextvars}): {@link Context},
 * {@link Var ContextVar}, {@link Token}, {@code copy_context}, and the per-run current context
 * ({@link State}; CPython keeps it per thread) that asyncio switches for each task step and
 * callback.
 *
 * <p>Invariants: a context's variable map is never changed in place (a {@code set} or
 * {@code reset} replaces it), so {@code copy()} is O(1) and shares it; a context is entered at most
 * once at a time ({@link Context#entered}), and while entered it is the current context or one of
 * the contexts the current one was entered from ({@link Context#prev}).
 */
public final class ContextVars {
    private ContextVars() {}

    static final String MODULE = "_contextvars";

    public static void register() {
        ModuleRegistry.register(new ModuleDef("contextvars", new BiConsumer<Interp, PyModule>() { public void accept(Interp a, PyModule b) {
            ContextVars.init(a, b);
        }}, null));
    }

    static void init(Interp in, PyModule m) {
        m.put("Context", Context.TYPE);
        m.put("ContextVar", Var.TYPE);
        m.put("Token", Token.TYPE);
        m.put("copy_context", new PyBuiltinFunction("copy_context", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            Args.noKeywords("copy_context", k);
            Args.exactly("copy_context", a, 0);
            return copyCurrent();
        }}).inModule(MODULE));
        m.put("__all__", PyTuple.of(PyStr.of("Context"), PyStr.of("ContextVar"), PyStr.of("Token"), PyStr.of("copy_context")));
    }

    /** The run's current context (created empty on first use, as CPython's thread state does). */
    static final class State {
        Context current;

        static State of(Interp in) {
            State s = in.rt.extension(State.class);
            if (s == null) {
                s = new State();
                in.rt.extensions.put(State.class, s);
            }
            return s;
        }

        Context current() {
            if (current == null) current = new Context(Collections.emptyMap());
            return current;
        }

        /** Context.run's entry; the caller must call {@link #exit} in a finally. */
        void enter(Context c) {
            if (c.entered) {
                throw Exc.runtimeError("cannot enter context: " + c.repr() + " is already entered");
            }
            c.prev = current;
            c.entered = true;
            current = c;
        }

        void exit(Context c) {
            current = c.prev;
            c.prev = null;
            c.entered = false;
        }
    }

    /** The run's current context (null: none yet), kept by a Python thread while another runs. */
    public static Object currentContext(Interp in) {
        return State.of(in).current;
    }

    /** Restores what {@link #currentContext} gave (null: the next use makes a fresh, empty one). */
    public static void setCurrentContext(Interp in, Object context) {
        State.of(in).current = (Context) context;
    }

    static State state() {
        return State.of(Interp.current());
    }

    /** {@code copy_context()}: a new context sharing the current one's variables. */
    static Context copyCurrent() {
        return new Context(state().current().vars);
    }

    static Context checkContext(PyObject o) {
        if (o instanceof Context c) return c;
        throw Exc.typeError("an instance of Context was expected, got " + Ops.repr(o));
    }

    // ---- Context ------------------------------------------------------------------------------------

    /** {@code contextvars.Context}: an immutable-by-replacement mapping from ContextVar to value. */
    public static final class Context extends PyObject {
        static final PyType TYPE = PyType.builtin(MODULE, "Context", null, false, new Consumer<PyType>() { public void accept(PyType t) {
            t.setNew((cls, a, k) -> {
                if (a.length > 0) throw Exc.typeError("Context() does not accept any arguments");
                return new Context(Collections.emptyMap());
            });
            t.method("run", (s, a, k) -> {
                if (Args.positional(a, k) < 1) throw Exc.typeError("run() missing 1 required positional argument");
                return ((Context) s).run(a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
            });
            t.method0("copy", s -> new Context(((Context) s).vars));
            t.method("get", (s, a, k) -> {
                Args.noKeywords("Context.get", k);
                if (a.length < 1 || a.length > 2) {
                    throw Exc.typeError("get expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                            + ", got " + a.length);
                }
                PyObject v = ((Context) s).vars.get(checkVar(a[0]));
                return v != null ? v : a.length > 1 ? a[1] : PyNone.INSTANCE;
            });
            t.method0("keys", s -> new PyList(new ArrayList<>(((Context) s).vars.keySet())).iter());
            t.method0("values", s -> new PyList(new ArrayList<>(((Context) s).vars.values())).iter());
            t.method0("items", s -> {
                List<PyObject> out = new ArrayList<>();
                for (var e : ((Context) s).vars.entrySet()) out.add(PyTuple.of(e.getKey(), e.getValue()));
                return new PyList(out).iter();
            });
            t.method1("__getitem__", (s, key) -> s.getItem(key));
            t.method1("__contains__", (s, key) -> PyBool.of(s.contains(key)));
            t.method0("__len__", s -> PyInt.of(s.length()));
            t.method0("__iter__", PyObject::iter);
        }});

        /** Never modified: replaced by a new map on each change. */
        Map<Var, PyObject> vars;
        Context prev;
        boolean entered;

        Context(Map<Var, PyObject> vars) {
            this.vars = vars;
        }

        /** A mapping: unhashable, as in CPython: unhashable. */
        @Override
        public long hash() {
            throw dev.coroscope.engine.runtime.Exc.typeError("unhashable type: '" + getType().tpName() + "'");
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        /** Context.run: enter, call, leave (also when the call raises). */
        public PyObject run(PyObject fn, PyObject[] args, String[] kw) {
            State st = state();
            st.enter(this);
            try {
                return Ops.call(fn, args, kw);
            } finally {
                st.exit(this);
            }
        }

        @Override
        public PyObject getItem(PyObject key) {
            PyObject v = vars.get(checkVar(key));
            if (v == null) throw Exc.keyError(key);
            return v;
        }

        @Override
        public boolean hasContains() {
            return true;
        }

        @Override
        public boolean contains(PyObject key) {
            return vars.containsKey(checkVar(key));
        }

        @Override
        public boolean hasLength() {
            return true;
        }

        @Override
        public int length() {
            return vars.size();
        }

        @Override
        public boolean hasIter() {
            return true;
        }

        @Override
        public PyObject iter() {
            return new PyList(new ArrayList<>(vars.keySet())).iter();
        }

        void put(Var v, PyObject value) {
            Map<Var, PyObject> m = new LinkedHashMap<>(vars);
            if (value == null) m.remove(v);
            else m.put(v, value);
            vars = m;
        }

        @Override
        public void traverse(Consumer<PyObject> visitor) {
            for (var e : vars.entrySet()) {
                visitor.accept(e.getKey());
                visitor.accept(e.getValue());
            }
            if (prev != null) visitor.accept(prev);
        }
    }

    static Var checkVar(PyObject key) {
        if (key instanceof Var v) return v;
        throw Exc.typeError("a ContextVar key was expected, got " + Ops.repr(key));
    }

    // ---- ContextVar ---------------------------------------------------------------------------------

    /** {@code contextvars.ContextVar(name, *, default)}. */
    public static final class Var extends PyObject {
        static final PyType TYPE = PyType.builtin(MODULE, "ContextVar", null, false, new Consumer<PyType>() { public void accept(PyType t) {
            t.setNew((cls, a, k) -> {
                PyObject[] p = Args.parse("ContextVar", a, k, new String[] {"name", "default"}, 1, 1);
                if (!(p[0] instanceof PyStr name)) throw Exc.typeError("context variable name must be a str");
                return new Var(name, p[1]);
            });
            t.getter("name", s -> ((Var) s).name);
            t.method("get", (s, a, k) -> {
                Args.noKeywords("ContextVar.get", k);
                if (a.length > 1) throw Exc.typeError("get expected at most 1 argument, got " + a.length);
                return ((Var) s).get(a.length == 1 ? a[0] : null);
            });
            t.method1("set", (s, v) -> ((Var) s).set(v));
            t.method1("reset", (s, tok) -> {
                ((Var) s).reset(tok);
                return PyNone.INSTANCE;
            });
            t.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                    (a, k) -> PyGenericAlias.of(a[0], a[1]))));
            t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", s -> PyStr.of(s.repr())));
        }});

        final PyStr name;
        /** Null: no default. */
        final PyObject dflt;

        Var(PyStr name, PyObject dflt) {
            this.name = name;
            this.dflt = dflt;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        public PyObject get(PyObject callerDefault) {
            Context c = state().current;
            PyObject v = c == null ? null : c.vars.get(this);
            if (v != null) return v;
            if (callerDefault != null) return callerDefault;
            if (dflt != null) return dflt;
            throw new PyError(new PyBaseException(Exc.LookupError, PyTuple.of(this)));
        }

        public Token set(PyObject value) {
            Context c = state().current();
            PyObject old = c.vars.get(this);
            c.put(this, value);
            return new Token(c, this, old);
        }

        void reset(PyObject o) {
            if (!(o instanceof Token tok)) throw Exc.typeError("expected an instance of Token, got " + Ops.repr(o));
            if (tok.used) throw Exc.runtimeError(tok.repr() + " has already been used once");
            if (tok.var != this) throw Exc.valueError(tok.repr() + " was created by a different ContextVar");
            Context c = state().current();
            if (tok.ctx != c) throw Exc.valueError(tok.repr() + " was created in a different Context");
            tok.used = true;
            c.put(this, tok.old);
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("<ContextVar name=").append(name.repr());
            if (dflt != null) sb.append(" default=").append(Ops.repr(dflt));
            return sb.append(" at ").append(Ops.address(this)).append('>').toString();
        }

        @Override
        public void traverse(Consumer<PyObject> visitor) {
            visitor.accept(name);
            if (dflt != null) visitor.accept(dflt);
        }
    }

    // ---- Token --------------------------------------------------------------------------------------

    /** {@code contextvars.Token}: what {@code ContextVar.set} returns, good for one {@code reset}. */
    public static final class Token extends PyObject {
        static final PyObject MISSING = new Missing();

        static final PyType TYPE = PyType.builtin(MODULE, "Token", null, false, new Consumer<PyType>() { public void accept(PyType t) {
            t.setNew((cls, a, k) -> {
                throw Exc.runtimeError("Tokens can only be created by ContextVars");
            });
            t.getter("var", s -> ((Token) s).var);
            t.getter("old_value", s -> {
                PyObject o = ((Token) s).old;
                return o == null ? MISSING : o;
            });
            t.put("MISSING", MISSING);
            t.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                    (a, k) -> PyGenericAlias.of(a[0], a[1]))));
            t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", s -> PyStr.of(s.repr())));
        }});

        final Context ctx;
        final Var var;
        /** Null: the variable had no value in the context. */
        final PyObject old;
        boolean used;

        Token(Context ctx, Var var, PyObject old) {
            this.ctx = ctx;
            this.var = var;
            this.old = old;
        }

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<Token" + (used ? " used" : "") + " var=" + var.repr() + " at " + Ops.address(this) + ">";
        }

        @Override
        public void traverse(Consumer<PyObject> visitor) {
            visitor.accept(ctx);
            visitor.accept(var);
            if (old != null) visitor.accept(old);
        }
    }

    /** {@code Token.MISSING}. */
    static final class Missing extends PyObject {
        static final PyType TYPE = PyType.builtin(MODULE, "Token.MISSING", null, false, null);

        @Override
        public PyType getType() {
            return TYPE;
        }

        @Override
        public String repr() {
            return "<Token.MISSING>";
        }
    }
}
