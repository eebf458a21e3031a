package dev.coroscope.engine.trace.run;

import dev.coroscope.engine.runtime.Ops;
import dev.coroscope.engine.runtime.PyBaseException;
import dev.coroscope.engine.runtime.PyBuiltinFunction;
import dev.coroscope.engine.runtime.PyBytes;
import dev.coroscope.engine.runtime.PyCode;
import dev.coroscope.engine.runtime.PyCoroutineWrapper;
import dev.coroscope.engine.runtime.PyDict;
import dev.coroscope.engine.runtime.PyEllipsis;
import dev.coroscope.engine.runtime.PyFloat;
import dev.coroscope.engine.runtime.PyFunction;
import dev.coroscope.engine.runtime.PyGenBase;
import dev.coroscope.engine.runtime.PyInt;
import dev.coroscope.engine.runtime.PyList;
import dev.coroscope.engine.runtime.PyMethod;
import dev.coroscope.engine.runtime.PyModule;
import dev.coroscope.engine.runtime.PyNone;
import dev.coroscope.engine.runtime.PyNotImplemented;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.PyRange;
import dev.coroscope.engine.runtime.PySet;
import dev.coroscope.engine.runtime.PyStr;
import dev.coroscope.engine.runtime.PyTuple;
import dev.coroscope.engine.runtime.PyType;
import dev.coroscope.engine.vm.Interp;
import java.util.Map;

/**
 * The {@code repr} of a value for the recording, capped while it is built, and computed without
 * running any of the program's code: containers are walked here (stopping once the cap is
 * reached, so a million-element list costs no more than a short one), built-in values use their
 * own repr, and instances of the program's classes show {@code object.__repr__}
 * ({@code <__main__.Point object at 0x...>}) rather than calling a {@code __repr__} the program
 * defines, which could print, loop or fail in the middle of an instruction.
 *
 * <p>It also tells whether the repr can change while the name stays bound ({@link #of(PyObject,
 * int, boolean[])}): true when the value is or contains a list, dict or set, or a built-in object
 * whose repr is not fixed (a Task, a deque); the adapter then watches that name for in-place
 * changes.
 */
final class SafeRepr {
    private final int cap;
    private final StringBuilder sb = new StringBuilder(64);
    /** The containers being walked, outermost first (cycle detection by identity; depth stays small). */
    private PyObject[] path = new PyObject[8];
    private int depth;
    private boolean mutable;

    /** A reusable walker (not thread-safe): {@link #repr} costs no allocation besides the result. */
    SafeRepr(int cap) {
        this.cap = cap;
    }

    /** Like {@link #of(PyObject, int, boolean[])}, reusing this walker. */
    String repr(PyObject o, boolean[] mutableOut) {
        if (o == null || fixedRepr(o) && !(o instanceof PyStr str && str.value().length() >= cap / 2)) {
            return of(o, cap, mutableOut);
        }
        sb.setLength(0);
        depth = 0;
        mutable = false;
        walk(o);
        if (mutableOut != null) {
            mutableOut[0] = mutable;
        }
        return sb.length() > cap ? sb.substring(0, cap - 3) + "..." : sb.toString();
    }

    /** The repr of {@code o}, at most {@code cap} chars (longer ones end with {@code ...}). */
    static String of(PyObject o, int cap) {
        return of(o, cap, null);
    }

    /**
     * The repr of {@code o}, capped; when {@code mutableOut} is not null, {@code mutableOut[0]} is
     * set to whether that repr can change without the name being rebound.
     */
    static String of(PyObject o, int cap, boolean[] mutableOut) {
        if (o == null) {
            return "None";
        }
        if (fixedRepr(o)) {
            if (mutableOut != null) {
                mutableOut[0] = false;
            }
            if (o instanceof PyStr str && str.value().length() >= cap / 2) {
                return walked(o, cap, null);
            }
            String s = builtinRepr(o, cap);
            return s.length() > cap ? s.substring(0, cap - 3) + "..." : s;
        }
        return walked(o, cap, mutableOut);
    }

    private static String walked(PyObject o, int cap, boolean[] mutableOut) {
        SafeRepr r = new SafeRepr(cap);
        r.walk(o);
        if (mutableOut != null) {
            mutableOut[0] = r.mutable;
        }
        String s = r.sb.toString();
        return s.length() > cap ? s.substring(0, cap - 3) + "..." : s;
    }

    /** Built-in values whose repr never changes and needs no walk. */
    private static boolean fixedRepr(PyObject o) {
        return o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat || o instanceof PyNone
                || o instanceof PyGenBase || o instanceof PyFunction || o instanceof PyType || o instanceof PyCode
                || o instanceof PyModule || o instanceof PyRange || o instanceof PyBuiltinFunction
                || o instanceof PyMethod || o instanceof PyBytes || o instanceof PyCoroutineWrapper
                || o instanceof PyEllipsis || o instanceof PyNotImplemented;
    }

    /** {@code str(exc)} for an exception, without running the program's code. */
    static String message(PyBaseException exc, int cap) {
        int n = exc.args.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            PyObject a = exc.args.get(0);
            if (a instanceof PyStr s && !exc.getType().name().equals("KeyError")) {
                String v = s.value();
                return v.length() > cap ? v.substring(0, cap - 3) + "..." : v;
            }
            return of(a, cap);
        }
        return of(exc.args, cap);
    }

    private boolean full() {
        return sb.length() > cap;
    }

    private void walk(PyObject o) {
        if (full()) {
            return;
        }
        if (o instanceof PyStr s) {
            String v = s.value();
            sb.append(PyStr.repr(v.length() > cap ? v.substring(0, cap) : v));
        } else if (o instanceof PyList l && !o.getType().isHeap()) {
            mutable = true;
            if (enter(o, "[...]")) {
                sb.append('[');
                for (int i = 0; i < l.size() && !full(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    walk(l.get(i));
                }
                sb.append(']');
                depth--;
            }
        } else if (o instanceof PyTuple t && !o.getType().isHeap()) {
            if (enter(o, "(...)")) {
                sb.append('(');
                for (int i = 0; i < t.size() && !full(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    walk(t.get(i));
                }
                sb.append(t.size() == 1 ? ",)" : ")");
                depth--;
            }
        } else if (o instanceof PyDict d && !o.getType().isHeap()) {
            mutable = true;
            if (enter(o, "{...}")) {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : d.entryList()) {
                    if (full()) {
                        break;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    walk(e.getKey());
                    sb.append(": ");
                    walk(e.getValue());
                }
                sb.append('}');
                depth--;
            }
        } else if (o instanceof PySet s && !o.getType().isHeap()) {
            String name = o.getType().name();
            mutable |= !name.equals("frozenset");
            if (s.size() == 0) {
                sb.append(name).append("()");
            } else if (enter(o, name + "(...)")) {
                boolean plain = name.equals("set");
                sb.append(plain ? "{" : name + "({");
                boolean first = true;
                for (PyObject x : s.ordered()) {
                    if (full()) {
                        break;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    walk(x);
                }
                sb.append(plain ? "}" : "})");
                depth--;
            }
        } else if (o instanceof PyBaseException e) {
            sb.append(e.getType().name());
            if (e.args.size() == 1) {
                sb.append('(');
                walk(e.args.get(0));
                sb.append(')');
            } else {
                walk(e.args);
            }
        } else if (o.getType().isHeap()) {
            sb.append(defaultRepr(o));
        } else if (fixedRepr(o)) {
            sb.append(builtinRepr(o, cap));
        } else {
            mutable = true;
            sb.append(builtinRepr(o, cap));
        }
    }

    /**
     * A built-in value's own repr, without side effects on the program: an int too long for the
     * cap is described by its size (its decimal form would cost time, and past 4300 digits the
     * program's own {@code repr} raises ValueError), and a repr that raises is replaced by
     * {@code object.__repr__} so that watching a program never changes what it does.
     */
    private static String builtinRepr(PyObject o, int cap) {
        if (o instanceof PyInt i && i.isBig()) {
            java.math.BigInteger b = i.toBig();
            long digits = (long) Math.floor(b.abs().bitLength() * LOG10_2) + 1;
            if (digits > cap) {
                return String.format("<int with about %,d digits>", digits);
            }
        }
        if (o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat || o instanceof PyNone) {
            return o.repr();
        }
        Interp in = Interp.current();
        in.beginObserving();
        try {
            return o.repr();
        } catch (RuntimeException e) {
            return defaultRepr(o);
        } finally {
            in.endObserving();
        }
    }

    private static final double LOG10_2 = Math.log10(2);

    private boolean enter(PyObject o, String cycle) {
        for (int k = 0; k < depth; k++) {
            if (path[k] == o) {
                sb.append(cycle);
                return false;
            }
        }
        if (depth == path.length) {
            path = java.util.Arrays.copyOf(path, depth * 2);
        }
        path[depth++] = o;
        return true;
    }

    /** {@code object.__repr__}, showing an id the program never asked for without taking one of its own. */
    private static String defaultRepr(PyObject o) {
        String mod = o.getType().moduleName();
        String prefix = mod == null || mod.equals("builtins") ? "" : mod + ".";
        Interp in = Interp.current();
        in.beginObserving();
        try {
            return "<" + prefix + o.getType().qualname() + " object at " + Ops.address(o) + ">";
        } finally {
            in.endObserving();
        }
    }
}
