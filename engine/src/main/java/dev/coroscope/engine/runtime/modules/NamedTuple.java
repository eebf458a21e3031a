package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code collections.namedtuple}: builds a tuple subclass with named fields. */
final class NamedTuple {
    private NamedTuple() {}

    /** Python 3.11's keywords ({@code keyword.kwlist}). */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
            "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    static PyObject make(PyObject[] a, String[] k) {
        PyObject[] p = Args.parsePy("namedtuple", a, k, new String[] {"typename", "field_names", "rename", "defaults", "module"}, 2, 2);
        String typename = Ops.str(p[0]);
        List<String> fields = new ArrayList<>();
        if (p[1] instanceof PyStr s) {
            for (String f : s.value().replace(',', ' ').split("\\s+")) if (!f.isEmpty()) fields.add(f);
        } else {
            for (PyObject f : Ops.toList(p[1])) fields.add(Ops.str(f));
        }
        boolean rename = p[2] != null && Ops.isTrue(p[2]);
        if (rename) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                String f = fields.get(i);
                if (!dev.coroscope.engine.runtime.text.StrOps.isIdentifier(f) || KEYWORDS.contains(f) || f.startsWith("_")
                        || seen.contains(f)) {
                    fields.set(i, "_" + i);
                }
                seen.add(fields.get(i));
            }
        }
        // CPython's order: every name must be an identifier and no keyword, then field names
        // must not start with an underscore or repeat.
        List<String> names = new ArrayList<>();
        names.add(typename);
        names.addAll(fields);
        for (String f : names) {
            if (!dev.coroscope.engine.runtime.text.StrOps.isIdentifier(f)) {
                throw Exc.valueError("Type names and field names must be valid identifiers: " + PyStr.repr(f));
            }
            if (KEYWORDS.contains(f)) throw Exc.valueError("Type names and field names cannot be a keyword: " + PyStr.repr(f));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String f : fields) {
            if (f.startsWith("_") && !rename) throw Exc.valueError("Field names cannot start with an underscore: " + PyStr.repr(f));
            if (!seen.add(f)) throw Exc.valueError("Encountered duplicate field name: " + PyStr.repr(f));
        }
        PyObject[] defaults = p[3] == null || p[3] == PyNone.INSTANCE ? new PyObject[0] : Ops.toArray(p[3]);
        int n = fields.size();
        PyDict ns = new PyDict();
        PyObject[] fieldNames = new PyObject[n];
        for (int i = 0; i < n; i++) fieldNames[i] = PyStr.of(fields.get(i));
        ns.put("_fields", PyTuple.of(fieldNames));
        PyDict fd = new PyDict();
        for (int i = 0; i < defaults.length; i++) fd.put(fieldNames[n - defaults.length + i], defaults[i]);
        ns.put("_field_defaults", fd);
        ns.put("__slots__", PyTuple.EMPTY);
        ns.put("__doc__", PyStr.of(typename + "(" + String.join(", ", fields) + (fields.size() == 1 ? "," : "") + ")"));
        Interp in = Interp.current();
        PyObject mod = p[4];
        if (mod == null) {
            mod = in.frame != null ? in.frame.globals.get("__name__") : PyStr.of("__main__");
        }
        ns.put("__module__", mod == null ? PyStr.of("__main__") : mod);
        ns.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) -> {
            PyType cls = (PyType) args[0];
            int npos = args.length - (kw == null ? 0 : kw.length);
            PyObject[] vals = new PyObject[n];
            if (npos - 1 > n) {
                String takes = defaults.length == 0 ? String.valueOf(n + 1) : "from " + (n + 1 - defaults.length) + " to " + (n + 1);
                throw Exc.typeError(typename + ".__new__() takes " + takes + " positional arguments but " + npos + " were given");
            }
            System.arraycopy(args, 1, vals, 0, npos - 1);
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    int idx = fields.indexOf(kw[i]);
                    if (idx < 0) throw Exc.typeError(typename + ".__new__() got an unexpected keyword argument '" + kw[i] + "'");
                    if (vals[idx] != null) throw Exc.typeError(typename + ".__new__() got multiple values for argument '" + kw[i] + "'");
                    vals[idx] = args[npos + i];
                }
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (vals[i] == null) {
                    int di = i - (n - defaults.length);
                    if (di >= 0) vals[i] = defaults[di];
                    else missing.add(fields.get(i));
                }
            }
            if (!missing.isEmpty()) throw Args.missingArguments(typename + ".__new__", missing, "positional");
            return SeqTypes.tupleOfType(cls, vals);
        })));
        for (int i = 0; i < n; i++) {
            final int idx = i;
            ns.put(fields.get(i), new PyProperty(new PyBuiltinFunction(fields.get(i), (args, kw) -> ((PyTuple) args[0]).get(idx)),
                    null, null, PyStr.of("Alias for field number " + i)).unnamed());
        }
        ns.put("__repr__", new PyMethodDescriptor(PyTuple.TYPE, "__repr__", (self, rest, kw) -> {
            PyObject[] args = TypeCallShim.prepend(self, rest);
            PyTuple t = (PyTuple) args[0];
            StringBuilder sb = new StringBuilder(t.getType().name()).append('(');
            for (int i = 0; i < n; i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields.get(i)).append('=').append(Ops.repr(t.get(i)));
            }
            return PyStr.of(sb.append(')').toString());
        }));
        ns.put("_asdict", new PyMethodDescriptor(PyTuple.TYPE, "_asdict", (self, rest, kw) -> {
            PyObject[] args = TypeCallShim.prepend(self, rest);
            PyTuple t = (PyTuple) args[0];
            PyDict d = new PyDict();
            for (int i = 0; i < n; i++) d.put(fieldNames[i], t.get(i));
            return d;
        }));
        ns.put("_replace", new PyMethodDescriptor(PyTuple.TYPE, "_replace", (self, rest, kw) -> {
            PyObject[] args = TypeCallShim.prepend(self, rest);
            PyTuple t = (PyTuple) args[0];
            PyObject[] vals = Arrays.copyOf(t.items(), n);
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    int idx = fields.indexOf(kw[i]);
                    if (idx < 0) throw Exc.valueError("Got unexpected field names: ['" + kw[i] + "']");
                    vals[idx] = args[args.length - kw.length + i];
                }
            }
            return SeqTypes.tupleOfType(t.getType(), vals);
        }));
        ns.put("__getnewargs__", new PyMethodDescriptor(PyTuple.TYPE, "__getnewargs__", (self, rest, kw) -> PyTuple.of(((PyTuple) self).items())));
        PyType cls = TypeCall.newType(PyType.TYPE, PyStr.of(typename), PyTuple.of(PyTuple.TYPE), ns, null, null);
        final int nfields = n;
        cls.dict().put("_make", new PyClassMethod(new PyBuiltinFunction("_make", (args, kw) -> {
            PyObject[] vals = Ops.toArray(args[1]).clone();
            if (vals.length != nfields) throw Exc.typeError("Expected " + nfields + " arguments, got " + vals.length);
            return SeqTypes.tupleOfType((PyType) args[0], vals);
        })));
        cls.invalidate();
        return cls;
    }
}

/** Small helper shared by the Java-built classes of this package. */
final class TypeCallShim {
    private TypeCallShim() {}

    static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
