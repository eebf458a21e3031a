package dev.coroscope.engine.runtime;

import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code __build_class__}: runs a class body in a fresh namespace, then calls the metaclass. */
final class ClassBuilder {
    private ClassBuilder() {}

    /** PEP 560: bases that are not classes may replace themselves through {@code __mro_entries__}. */
    static PyObject[] resolveMroEntries(PyObject[] bases) {
        List<PyObject> out = null;
        PyTuple orig = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject entries = b instanceof PyType ? null : Ops.getAttrOrNull(b, PyStr.intern("__mro_entries__"));
            if (entries == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(Arrays.asList(bases).subList(0, i));
                orig = PyTuple.of(bases.clone());
            }
            PyObject r = Ops.call(entries, orig);
            if (!(r instanceof PyTuple rt)) throw Exc.typeError("__mro_entries__ must return a tuple");
            out.addAll(Arrays.asList(rt.items()));
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    static PyObject buildClass(PyObject[] a, String[] k) {
        int npos = Args.positional(a, k);
        if (npos < 2) throw Exc.typeError("__build_class__: not enough arguments");
        if (!(a[0] instanceof PyFunction body)) throw Exc.typeError("__build_class__: func must be a function");
        if (!(a[1] instanceof PyStr name)) throw Exc.typeError("__build_class__: name is not a string");
        PyObject[] bases = Arrays.copyOfRange(a, 2, npos);
        PyObject meta = null;
        List<PyObject> kwVals = new ArrayList<>();
        List<String> kwNames = new ArrayList<>();
        if (k != null) {
            for (int i = 0; i < k.length; i++) {
                if (k[i].equals("metaclass")) meta = a[npos + i];
                else {
                    kwNames.add(k[i]);
                    kwVals.add(a[npos + i]);
                }
            }
        }
        PyObject[] origBases = bases;
        bases = resolveMroEntries(bases);
        boolean isClass = meta == null || meta instanceof PyType;
        if (meta == null) meta = bases.length == 0 ? PyType.TYPE : bases[0].getType();
        // Also when a base is no class (class F(1)): CPython still picks the most derived of the
        // bases' types and calls it, which then refuses in its own words (int() takes ...).
        if (isClass) meta = TypeCall.calculateMeta((PyType) meta, bases);
        PyTuple basesTuple = PyTuple.of(bases);
        PyObject ns;
        PyObject prepare = Ops.getAttrOrNull(meta, PyStr.intern("__prepare__"));
        if (prepare != null) {
            PyObject[] pa = new PyObject[2 + kwVals.size()];
            pa[0] = name;
            pa[1] = basesTuple;
            for (int i = 0; i < kwVals.size(); i++) pa[2 + i] = kwVals.get(i);
            ns = Ops.call(prepare, pa, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        } else {
            ns = new PyDict();
        }
        if (origBases != bases) Ops.setItem(ns, PyStr.intern("__orig_bases__"), PyTuple.of(origBases));
        PyObject cell = Interp.current().runClassBody(body, ns);
        PyObject[] callArgs = new PyObject[3 + kwVals.size()];
        callArgs[0] = name;
        callArgs[1] = basesTuple;
        callArgs[2] = ns;
        for (int i = 0; i < kwVals.size(); i++) callArgs[3 + i] = kwVals.get(i);
        PyObject cls = Ops.call(meta, callArgs, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        if (cell instanceof PyCell c && c.value != cls) {
            if (c.value == null) c.value = cls;
        }
        return cls;
    }
}
