package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.num.FloatRepr;
import dev.coroscope.engine.runtime.num.IntText;
import dev.coroscope.engine.runtime.text.FormatString;
import dev.coroscope.engine.runtime.text.PercentFormat;
import dev.coroscope.engine.runtime.text.PythonError;
import dev.coroscope.engine.runtime.text.SpecFormatter;
import dev.coroscope.engine.runtime.text.StrRepr;
import dev.coroscope.engine.vm.Interp;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The VM's side of number and text formatting: {@code repr}/{@code str} of ints and floats,
 * {@code format(x, spec)} (also behind f-strings), {@code str.format}/{@code format_map} and
 * {@code %}-formatting. The algorithms are {@code runtime.num}/{@code runtime.text}'s; this class
 * supplies them with the run's settings ({@code sys.set_int_max_str_digits}) and with callbacks
 * into the object protocol, and turns their {@link PythonError}s into Python exceptions.
 */
public final class Formatting {
    private Formatting() {}

    /** {@code sys.get_int_max_str_digits()} of the current run. */
    public static int maxStrDigits() {
        return Interp.current().rt.maxStrDigits;
    }

    // ---- ints and floats -----------------------------------------------------------------------

    /** {@code repr(x)} of a float. */
    public static String floatRepr(double d) {
        return FloatRepr.repr(d);
    }

    /** {@code str(n)} of a big int, honouring the run's digit limit. */
    public static String intRepr(BigInteger n) {
        try {
            int limit = maxStrDigits();
            // Past the digit limit the conversion is refused before it is done, so only charge
            // for one that will happen (sys.set_int_max_str_digits(0) allows any size).
            if (limit == 0 || n.bitLength() <= limit * 3.33) IntMath.chargeWork(IntMath.decimalCost(n.bitLength()));
            return IntText.toDecimal(n, limit);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    public static String formatInt(PyInt v, String spec, String typeName) {
        if (spec.isEmpty() && !v.isBig()) return Long.toString(v.v);
        try {
            if (!v.isBig()) return SpecFormatter.formatInt(v.v, spec, typeName, maxStrDigits());
            return SpecFormatter.formatInt(v.toBig(), spec, typeName, maxStrDigits());
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    public static String formatFloat(double d, String spec, String typeName) {
        try {
            return SpecFormatter.formatFloat(d, spec, typeName);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    public static String formatStr(String s, String spec, String typeName) {
        try {
            return SpecFormatter.formatStr(s, spec, typeName);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    // ---- repr and ascii of str -----------------------------------------------------------------

    public static String strRepr(String s) {
        return StrRepr.repr(s);
    }

    /** {@code ascii(obj)} given {@code repr(obj)}. */
    public static String ascii(String repr) {
        return StrRepr.asciiEscape(repr);
    }

    // ---- str.format ----------------------------------------------------------------------------

    /** Looks up the first part of a field: a positional index or a keyword. */
    private interface FieldLookup {
        PyObject get(FormatString.FieldName name);
    }

    /** {@code fmt.format(*args, **kw)} (see {@link #render} for which str object it is). */
    public static PyStr strFormat(String fmt, PyObject[] args, String[] kw) {
        int npos = Args.positional(args, kw);
        return render(fmt, 2, new FormatString.AutoNumber(), new Formatting.FieldLookup() { public PyObject get(FormatString.FieldName fn) {
            if (fn.index() >= 0) {
                if (fn.index() >= npos) throw Exc.from(FormatString.indexOutOfRange(fn.index()));
                return args[(int) fn.index()];
            }
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) if (kw[i].equals(fn.key())) return args[npos + i];
            }
            throw Exc.keyError(PyStr.of(fn.key()));
        }});
    }

    /** {@code fmt.format_map(mapping)}. */
    public static PyStr strFormatMap(String fmt, PyObject mapping) {
        return render(fmt, 2, null, fn -> {
            if (fn.index() >= 0) throw Exc.from(FormatString.positionalInFormatMap());
            return Ops.getItem(mapping, PyStr.of(fn.key()));
        });
    }

    private static final int TEMPLATE_CACHE_MAX = 256;
    /** Parsed templates (immutable part lists), as a loop formats with the same template again and again. */
    private static final java.util.concurrent.ConcurrentHashMap<String, List<FormatString.Part>> TEMPLATES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static List<FormatString.Part> parsedTemplate(String template, int depth) {
        String key = template.length() <= 400 ? template + (char) depth : null;
        List<FormatString.Part> parts = key == null ? null : TEMPLATES.get(key);
        if (parts != null) return parts;
        try {
            parts = java.util.List.copyOf(FormatString.parse(template, depth));
        } catch (PythonError e) {
            throw Exc.from(e);
        }
        if (key != null) {
            if (TEMPLATES.size() >= TEMPLATE_CACHE_MAX) TEMPLATES.clear();
            TEMPLATES.put(key, parts);
        }
        return parts;
    }

    /**
     * The template's text with its fields formatted. As CPython's writer, which takes a str it is
     * given whole as the result while it has written nothing and that str is the last thing to
     * write: a last field whose formatted str is all the output is that str object itself
     * ({@code '{}'.format(s)}, {@code '{:8}'.format(s)} on a longer s, {@code '{x}'.format(x=s)},
     * a {@code __format__}'s own result), any other output a new str.
     */
    private static PyStr render(String template, int depth, FormatString.AutoNumber auto, FieldLookup lookup) {
        List<FormatString.Part> parts = parsedTemplate(template, depth);
        StringBuilder out = new StringBuilder();
        PyStr whole = null;
        for (FormatString.Part p : parts) {
            if (p instanceof FormatString.Literal lit) {
                if (lit.text().isEmpty()) continue;
                whole = null;
                out.append(lit.text());
            } else if (p instanceof FormatString.Failure fail) {
                throw Exc.from(fail.error());
            } else if (p instanceof FormatString.Field field) {
                PyStr f = renderField(field, depth, auto, lookup);
                String text = f.value(); // its characters, as CPython's writer copies them (not its __str__)
                whole = out.length() == 0 && !text.isEmpty() ? f : null;
                out.append(text);
            }
            if (out.length() > Limits.MAX_STRING) throw Exc.memoryError();
        }
        return whole != null ? whole : PyStr.of(out.toString());
    }

    /** A field's value, converted and formatted: the str object its format gives. */
    private static PyStr renderField(FormatString.Field field, int depth, FormatString.AutoNumber auto,
                                      FieldLookup lookup) {
        FormatString.FieldName fn;
        try {
            fn = FormatString.splitFieldName(field.name(), auto);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
        PyObject value = lookup.get(fn);
        for (FormatString.Accessor acc : fn.accessors()) {
            if (acc instanceof FormatString.Accessor.Attr a) {
                value = Ops.getAttr(value, PyStr.intern(a.name()));
            } else if (acc instanceof FormatString.Accessor.Index ix) {
                value = Ops.getItem(value, PyInt.of(ix.index()));
            } else if (acc instanceof FormatString.Accessor.Key key) {
                value = Ops.getItem(value, PyStr.of(key.key()));
            } else if (acc instanceof FormatString.Accessor.Invalid inv) {
                throw Exc.from(inv.error());
            }
        }
        int conv = field.conversion();
        if (conv != 0) {
            try {
                FormatString.checkConversion(conv);
            } catch (PythonError e) {
                throw Exc.from(e);
            }
            if (conv == 'r') value = PyStr.of(Ops.repr(value));
            else if (conv == 's') value = value.getClass() == PyStr.class ? value : PyStr.of(Ops.str(value)); // str() of an exact str is itself
            else value = PyStr.of(ascii(Ops.repr(value)));
        }
        String spec = field.spec();
        if (field.specHasFields()) spec = render(spec, depth - 1, auto, lookup).value();
        PyObject r = Ops.format(value, spec);
        return r instanceof PyStr ps ? ps : PyStr.of(Ops.str(r));
    }

    // ---- %-formatting --------------------------------------------------------------------------

    /** {@code fmt % args} for str. */
    public static String percent(String fmt, PyObject args) {
        try {
            return PercentFormat.format(fmt, args, PERCENT_OPS, maxStrDigits());
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    /** {@code data % args} for bytes and bytearray. */
    static byte[] percentBytes(byte[] data, PyObject args) {
        try {
            String r = PercentFormat.formatBytes(BytesMethods.latin(data), args, PERCENT_OPS, maxStrDigits());
            return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (PythonError e) {
            throw Exc.from(e);
        }
    }

    private static final PercentFormat.Ops<PyObject> PERCENT_OPS = new PercentFormat.Ops<>() {
        @Override
        public String bytesValue(PyObject v) {
            byte[] b = BytesMethods.bytesOf(v);
            if (b == null && !(v instanceof PyStr) && v.getType().lookup("__bytes__") != null) {
                b = BytesMethods.bytesOf(Ops.call(PyBytes.TYPE, v));
            }
            return b == null ? null : BytesMethods.latin(b);
        }

        @Override
        public PyObject getItemBytes(PyObject mapping, String key) {
            return Ops.getItem(mapping, BytesMethods.bytes(key));
        }

        @Override
        public List<PyObject> tupleItems(PyObject v) {
            return v instanceof PyTuple t ? Arrays.asList(t.items()) : null;
        }

        @Override
        public boolean isMapping(PyObject v) {
            // CPython's PyMapping_Check: any type with __getitem__ (a list, bytes or range counts); str
            // and tuple arguments are never taken as mappings.
            if (v instanceof PyTuple || v instanceof PyStr) return false;
            if (v instanceof PyRange) return true;
            return !(v instanceof PyType) && v.getType().lookup(Ops.S_GETITEM) != null;
        }

        @Override
        public boolean isBytes(PyObject v) {
            return v instanceof PyBytes || v instanceof PyByteArray;
        }

        @Override
        public PyObject getItem(PyObject mapping, String key) {
            return Ops.getItem(mapping, PyStr.of(key));
        }

        @Override
        public String str(PyObject v) {
            return Ops.str(v);
        }

        @Override
        public String repr(PyObject v) {
            return Ops.repr(v);
        }

        @Override
        public String ascii(PyObject v) {
            return Formatting.ascii(Ops.repr(v));
        }

        @Override
        public String typeName(PyObject v) {
            return v.getType().tpName();
        }

        @Override
        public String strValue(PyObject v) {
            return v instanceof PyStr s ? s.value() : null;
        }

        @Override
        public BigInteger intValue(PyObject v) {
            return v instanceof PyInt i ? i.toBig() : null;
        }

        @Override
        public boolean isNumber(PyObject v) {
            if (v instanceof PyInt || v instanceof PyFloat) return true;
            PyType t = v.getType();
            return t.lookup(Ops.S_INDEX) != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
        }

        @Override
        public BigInteger toInt(PyObject v) {
            if (v instanceof PyInt i) return i.toBig();
            if (v instanceof PyFloat f) return PyFloat.toInt(f.value).toBig();
            PyType t = v.getType();
            if (t.lookup("__int__") == null && t.lookup(Ops.S_INDEX) == null) return null;
            // CPython's formatlong reports any TypeError of the conversion as the wrong-type error.
            try {
                return IntType.toInt(v).toBig();
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.TypeError)) return null;
                throw e;
            }
        }

        @Override
        public BigInteger toIndex(PyObject v) {
            try {
                PyInt i = Ops.indexOrNull(v);
                return i == null ? null : i.toBig();
            } catch (PyError e) {
                if (e.exc.isInstance(Exc.TypeError)) return null;
                throw e;
            }
        }

        @Override
        public double toDouble(PyObject v) {
            return FloatType.asDouble(v);
        }
    };
}
