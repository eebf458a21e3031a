package dev.coroscope.engine.runtime;

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
     * Binds positional and keyword arguments to {@code names}; the first {@code required} are
     * mandatory; entries not given are null. Names after {@code maxPositional} are keyword-only.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kw, String[] names, int required,
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
                int idx = -1;
                for (int j = 0; j < names.length; j++) {
                    if (names[j].equals(kw[i])) {
                        idx = j;
                        break;
                    }
                }
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

    public static PyObject[] parse(String fname, PyObject[] args, String[] kw, String[] names, int required) {
        return parse(fname, args, kw, names, required, names.length);
    }
}
