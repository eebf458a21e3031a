package dev.coroscope.engine.runtime;

import java.util.List;

/** Argument checks for built-in functions, with CPython's wording. */
public final class Args {
    private Args() {}

    public static int positional(PyObject[] args, String[] kw) {
        return args.length - (kw == null ? 0 : kw.length);
    }

    public static void noKeywords(String fname, String[] kw) {
        if (kw != null && kw.length > 0) throw Exc.typeError(fname + "() takes no keyword arguments");
    }

    public static void exactly(String fname, PyObject[] args, int n) {
        if (args.length != n) {
            if (n == 0) throw Exc.typeError(fname + "() takes no arguments (" + args.length + " given)");
            if (n == 1) throw Exc.typeError(fname + "() takes exactly one argument (" + args.length + " given)");
            throw Exc.typeError(fname + " expected " + n + " arguments, got " + args.length);
        }
    }

    public static void atMost(String fname, PyObject[] args, int n) {
        if (args.length > n) {
            throw Exc.typeError(fname + " expected at most " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    public static void atLeast(String fname, PyObject[] args, int n) {
        if (args.length < n) {
            throw Exc.typeError(fname + " expected at least " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    /**
     * Binds positional and keyword arguments to {@code names} as a C function of CPython 3.11
     * does (Argument Clinic's {@code _PyArg_UnpackKeywords}), with its errors in its order: too
     * many arguments in all, too many positional, a missing required one, one given by name and
     * position, then an unknown keyword ({@code 'q' is an invalid keyword argument for f()}).
     * The first {@code required} are mandatory; entries not given are null. Names after
     * {@code maxPositional} are keyword-only.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kw, String[] names, int required,
                                   int maxPositional) {
        int npos = positional(args, kw);
        int nkw = kw == null ? 0 : kw.length;
        if (nkw == 0 && npos >= required && npos <= maxPositional) {
            PyObject[] out = new PyObject[names.length];
            System.arraycopy(args, 0, out, 0, npos);
            return out;
        }
        if (npos + nkw > names.length) {
            throw Exc.typeError(fname + "() takes at most " + names.length + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (names.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) throw Exc.typeError(fname + "() takes no positional arguments");
            throw Exc.typeError(fname + "() takes " + (required < maxPositional ? "at most" : "exactly") + " "
                    + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        boolean[] used = new boolean[nkw];
        int left = nkw;
        for (int i = npos; i < names.length; i++) {
            PyObject found = null;
            for (int j = 0; j < nkw && left > 0; j++) {
                if (!used[j] && kw[j].equals(names[i])) {
                    used[j] = true;
                    found = args[npos + j];
                    break;
                }
            }
            if (found != null) {
                out[i] = found;
                left--;
            } else if (i < required) {
                throw Exc.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (left > 0) {
            for (int j = 0; j < nkw; j++) {
                if (used[j]) continue;
                for (int i = 0; i < npos && i < names.length; i++) {
                    if (names[i].equals(kw[j])) {
                        throw Exc.typeError("argument for " + fname + "() given by name ('" + kw[j] + "') and position ("
                                + (i + 1) + ")");
                    }
                }
            }
            for (int j = 0; j < nkw; j++) {
                if (!used[j]) throw Exc.typeError("'" + kw[j] + "' is an invalid keyword argument for " + fname + "()");
            }
        }
        return out;
    }

    /** As {@link #parse(String, PyObject[], String[], String[], int, int)} for every name positional. */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kw, String[] names, int required) {
        return parse(fname, args, kw, names, required, names.length);
    }

    /** Where {@code name} stands in {@code names}, or -1. */
    private static int nameIndex(String[] names, String name) {
        for (int j = 0; j < names.length; j++) {
            if (names[j].equals(name)) return j;
        }
        return -1;
    }

    /**
     * Binds arguments as a Python-level function does (one CPython writes in Python, such as
     * {@code random.randint} or {@code asyncio.run}): {@code f() got an unexpected keyword
     * argument 'q'}. Otherwise as {@link #parse(String, PyObject[], String[], String[], int, int)}.
     */
    public static PyObject[] parsePy(String fname, PyObject[] args, String[] kw, String[] names, int required,
                                     int maxPositional) {
        PyObject[] out = new PyObject[names.length];
        int npos = positional(args, kw);
        if (npos > maxPositional) {
            if (maxPositional == 0) throw Exc.typeError(fname + "() takes no positional arguments");
            throw Exc.typeError(fname + "() takes at most " + maxPositional + " positional argument"
                    + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                int idx = nameIndex(names, kw[i]);
                if (idx < 0) {
                    throw Exc.typeError(fname + "() got an unexpected keyword argument '" + kw[i] + "'");
                }
                if (out[idx] != null) {
                    throw Exc.typeError("argument for " + fname + "() given by name ('" + kw[i] + "') and position (" + (idx + 1) + ")");
                }
                out[idx] = args[npos + i];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Exc.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    public static PyObject[] parsePy(String fname, PyObject[] args, String[] kw, String[] names, int required) {
        return parsePy(fname, args, kw, names, required, names.length);
    }

    /**
     * Binds arguments as a method written in Python does ({@code def randint(self, a, b)}), with
     * CPython's wording for such functions, {@code qualname} naming it ({@code Random.randint}) and
     * counts including self: "missing 1 required positional argument: 'b'", "takes from 2 to 4
     * positional arguments but 5 were given", "got multiple values for argument 'a'". Parameters
     * past {@code maxPositional} are keyword-only.
     */
    public static PyObject[] parsePyMethod(String qualname, PyObject[] args, String[] kw, String[] names, int required,
                                           int maxPositional) {
        PyObject[] out = new PyObject[names.length];
        int npos = positional(args, kw);
        System.arraycopy(args, 0, out, 0, Math.min(npos, maxPositional));
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                int idx = nameIndex(names, kw[i]);
                if (idx < 0) {
                    throw Exc.typeError(qualname + "() got an unexpected keyword argument '" + kw[i] + "'");
                }
                if (out[idx] != null) {
                    throw Exc.typeError(qualname + "() got multiple values for argument '" + kw[i] + "'");
                }
                out[idx] = args[npos + i];
            }
        }
        if (npos > maxPositional) {
            String takes = required == maxPositional ? String.valueOf(maxPositional + 1)
                    : "from " + (required + 1) + " to " + (maxPositional + 1);
            throw Exc.typeError(qualname + "() takes " + takes + " positional argument"
                    + (maxPositional == 0 && required == 0 ? "" : "s") + " but " + (npos + 1)
                    + (npos + 1 == 1 ? " was" : " were") + " given");
        }
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (out[i] == null) missing.add(names[i]);
        }
        if (!missing.isEmpty()) throw missingArguments(qualname, missing, "positional");
        return out;
    }

    /**
     * CPython's error for parameters a call left without a value: {@code f() missing 3 required
     * positional arguments: 'a', 'b', and 'c'} ({@code kind} "positional" or "keyword-only").
     */
    public static PyError missingArguments(String qualname, List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return Exc.typeError(qualname + "() missing " + n + " required " + kind + " argument"
                + (n == 1 ? "" : "s") + ": " + sb);
    }

    public static PyObject[] parsePyMethod(String qualname, PyObject[] args, String[] kw, String[] names, int required) {
        return parsePyMethod(qualname, args, kw, names, required, names.length);
    }
}
