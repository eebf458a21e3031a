package dev.coroscope.engine.vm;

import dev.coroscope.engine.runtime.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to a function's parameters (CPython's argument processing), with
 * CPython's error messages ({@code f() missing 1 required positional argument: 'x'}...).
 */
final class Bind {
    private Bind() {}

    /** Arguments on the caller's stack: {@code stack[start]} is the self slot (maybe null). */
    static void bindFromStack(PyFunction func, PyObject[] fast, PyObject[] stack, int start, int n, boolean hasSelf,
                              String[] kw) {
        PyCode c = func.code;
        int nkw = kw == null ? 0 : kw.length;
        int off = hasSelf ? start : start + 1;
        int total = hasSelf ? n + 1 : n;
        if (nkw == 0 && c.kwonlyargcount == 0 && (c.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0) {
            int argcount = c.argcount;
            if (total == argcount) {
                // A plain loop: for the few arguments of a call it beats System.arraycopy, whose
                // reference-array form calls into the VM for the collector's card marking each time.
                for (int i = 0; i < total; i++) fast[i] = stack[off + i];
                return;
            }
            PyObject[] defs = func.defaults;
            int firstDefault = defs == null ? argcount : argcount - defs.length;
            if (total < argcount && total >= firstDefault) {
                // Positional arguments only, the rest from the defaults (`scaled(i)`).
                for (int i = 0; i < total; i++) fast[i] = stack[off + i];
                for (int i = total; i < argcount; i++) fast[i] = defs[i - firstDefault];
                return;
            }
        }
        bind(func, fast, stack, off, total, kw);
    }

    static void bind(PyFunction func, PyObject[] fast, PyObject[] args, int off, int n, String[] kwnames) {
        PyCode c = func.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argcount = c.argcount;
        int kwonly = c.kwonlyargcount;
        int total = argcount + kwonly;
        boolean varargs = (c.flags & PyCode.CO_VARARGS) != 0;
        boolean varkw = (c.flags & PyCode.CO_VARKEYWORDS) != 0;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            fast[total + (varargs ? 1 : 0)] = kwdict;
        }
        int ncopy = Math.min(npos, argcount);
        System.arraycopy(args, off, fast, 0, ncopy);
        if (varargs) {
            int extra = Math.max(0, npos - argcount);
            PyObject[] rest = new PyObject[extra];
            if (extra > 0) System.arraycopy(args, off + argcount, rest, 0, extra);
            fast[total] = PyTuple.of(rest);
        }
        List<String> posonlyAsKw = null;
        PyStr[] names = c.localsplusNames;
        KwSlots slots = nkw == 0 ? null : kwSlots(c, kwnames);
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            PyObject value = args[off + npos + k];
            int idx = slots.slots[k];
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.put(slots.key(k), value);
                    continue;
                }
                boolean isPosonly = false;
                for (int j = 0; j < c.posonlyargcount; j++) if (names[j].value().equals(key)) isPosonly = true;
                if (isPosonly) {
                    if (posonlyAsKw == null) posonlyAsKw = new ArrayList<>();
                    posonlyAsKw.add(key);
                    continue;
                }
                throw Exc.typeError(func.qualname + "() got an unexpected keyword argument '" + key + "'");
            }
            if (fast[idx] != null) {
                throw Exc.typeError(func.qualname + "() got multiple values for argument '" + key + "'");
            }
            fast[idx] = value;
        }
        if (posonlyAsKw != null) {
            throw Exc.typeError(func.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        // As CPython: too many positional arguments are reported after the keyword arguments' errors.
        if (!varargs && npos > argcount) throw tooManyPositional(func, npos, nkw, args, off, kwnames);
        // Defaults for missing positional parameters.
        if (npos < argcount) {
            PyObject[] defs = func.defaults;
            int ndef = defs == null ? 0 : defs.length;
            int firstDefault = argcount - ndef;
            List<String> missing = null;
            for (int i = npos; i < argcount; i++) {
                if (fast[i] != null) continue;
                if (i >= firstDefault) {
                    fast[i] = defs[i - firstDefault];
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(names[i].value());
                }
            }
            if (missing != null) throw Args.missingArguments(func.qualname, missing, "positional");
        }
        if (kwonly > 0) {
            List<String> missing = null;
            PyObject[] kwdefs = null;
            for (int i = argcount; i < total; i++) {
                if (fast[i] != null) continue;
                if (kwdefs == null && func.kwdefaults != null) kwdefs = kwonlyDefaults(func);
                PyObject d = kwdefs == null ? null : kwdefs[i - argcount];
                if (d != null) {
                    fast[i] = d;
                } else {
                    if (missing == null) missing = new ArrayList<>();
                    missing.add(names[i].value());
                }
            }
            if (missing != null) throw Args.missingArguments(func.qualname, missing, "keyword-only");
        }
    }

    /**
     * Where each keyword of a call goes: {@code slots[k]} is the parameter that keyword {@code k}
     * of {@code kwnames} names (-1 for none: into **kwargs, or an error). Remembered on the code
     * object for the last keyword-name array seen: a call site's KW_NAMES array is the same at
     * every call, so a site calling one function finds its keywords without comparing names.
     */
    static final class KwSlots {
        final String[] kwnames;
        final int[] slots;
        /** The keyword names as str objects, for **kwargs (made on first use; one object per name, as CPython's kwnames tuple). */
        private PyStr[] keys;

        KwSlots(String[] kwnames, int[] slots) {
            this.kwnames = kwnames;
            this.slots = slots;
        }

        PyStr key(int k) {
            PyStr[] ks = keys;
            if (ks == null) {
                ks = new PyStr[kwnames.length];
                for (int i = 0; i < ks.length; i++) ks[i] = PyStr.of(kwnames[i]);
                keys = ks;
            }
            return ks[k];
        }
    }

    private static KwSlots kwSlots(PyCode c, String[] kwnames) {
        if (c.kwSlots instanceof KwSlots s && s.kwnames == kwnames) return s;
        PyStr[] names = c.localsplusNames;
        int total = c.argcount + c.kwonlyargcount;
        int[] slots = new int[kwnames.length];
        for (int k = 0; k < kwnames.length; k++) {
            slots[k] = -1;
            for (int j = c.posonlyargcount; j < total; j++) {
                if (names[j].value().equals(kwnames[k])) {
                    slots[k] = j;
                    break;
                }
            }
        }
        KwSlots s = new KwSlots(kwnames, slots);
        c.kwSlots = s;
        return s;
    }

    /**
     * The keyword-only defaults of {@code func} (which has some) by parameter, null where a
     * parameter has none: looked up once and remembered while the function's code, its
     * {@code __kwdefaults__} dict and that dict's version are the same (the names are read as
     * watched keys, so replacing one's value changes the version too).
     */
    private static PyObject[] kwonlyDefaults(PyFunction func) {
        PyDict kd = func.kwdefaults;
        PyCode c = func.code;
        if (func.kwonlyDefaults instanceof KwDefaults k && k.dict == kd && k.code == c && k.version == kd.version()) return k.values;
        PyObject[] values = new PyObject[c.kwonlyargcount];
        for (int i = 0; i < values.length; i++) values[i] = kd.getWatched(c.localsplusNames[c.argcount + i]);
        func.kwonlyDefaults = new KwDefaults(kd, kd.version(), c, values);
        return values;
    }

    /** See {@link #kwonlyDefaults}. */
    record KwDefaults(PyDict dict, int version, PyCode code, PyObject[] values) {
    }

    private static PyError tooManyPositional(PyFunction func, int given, int nkw, PyObject[] args, int off,
                                            String[] kwnames) {
        PyCode c = func.code;
        int ndef = func.defaults == null ? 0 : func.defaults.length;
        int argcount = c.argcount;
        String takes;
        if (ndef > 0) {
            takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int j = argcount; j < argcount + c.kwonlyargcount; j++) {
                    if (c.localsplusNames[j].value().equals(k)) kwonlyGiven++;
                }
            }
        }
        String given2 = String.valueOf(given);
        if (kwonlyGiven > 0) {
            given2 = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")";
        }
        String verb = given == 1 && kwonlyGiven == 0 ? "was" : "were";
        return Exc.typeError(func.qualname + "() takes " + takes + " but " + given2 + " " + verb + " given");
    }
}
