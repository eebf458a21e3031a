package dev.coroscope.engine.runtime;

import dev.coroscope.engine.runtime.modules.DequeType;
import dev.coroscope.engine.vm.Interp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the pattern-matching instructions ask of objects (CPython 3.11's {@code MATCH_MAPPING},
 * {@code MATCH_SEQUENCE}, {@code MATCH_KEYS}, {@code MATCH_CLASS}), with CPython's error texts.
 * CPython decides "mapping" and "sequence" by type flags that built-in types carry and that
 * {@code collections.abc.Mapping}/{@code Sequence} give to their subclasses and registered
 * classes; here the built-in types are listed and other classes are asked the ABC question.
 */
public final class Patterns {
    private Patterns() {}

    /** {@code case {...}:} applies: dict, mappingproxy, and classes that are collections.abc.Mappings. */
    public static boolean isMapping(PyObject o) {
        PyType t = o.getType();
        if (t.isSubtypeOf(PyDict.TYPE) || t == PyMappingProxy.TYPE) return true;
        return t.isHeap() && isAbcInstance(o, "Mapping");
    }

    /** {@code case [...]:} applies: sequences other than str, bytes and bytearray. */
    public static boolean isSequence(PyObject o) {
        PyType t = o.getType();
        if (t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE) || t == PyRange.TYPE || t.isSubtypeOf(DequeType.TYPE)) {
            return true;
        }
        if (t.isSubtypeOf(PyStr.TYPE) || t.isSubtypeOf(PyBytes.TYPE) || t.name().equals("bytearray")) return false;
        return t.isHeap() && isAbcInstance(o, "Sequence");
    }

    /** Only classes deriving from the ABC (or registered with it) can answer yes, and only once it is imported. */
    private static boolean isAbcInstance(PyObject o, String abc) {
        PyObject mod = Interp.current().rt.modules.dict().get(PyStr.of("collections.abc"));
        if (!(mod instanceof PyModule)) return false;
        PyObject cls = Ops.getAttrOrNull(mod, PyStr.of(abc));
        return cls != null && Builtins.isInstance(o, cls);
    }

    /** {@code MATCH_KEYS}: the values of {@code keys} in {@code subject} (through its {@code get}), or None. */
    public static PyObject matchKeys(PyObject subject, PyObject keys) {
        PyObject[] ks = ((PyTuple) keys).items();
        if (ks.length == 0) return PyTuple.EMPTY;
        PyObject get = Ops.getAttr(subject, "get");
        PyObject dummy = new PyInstance(PyType.OBJECT);
        PySet seen = new PySet(false);
        PyObject[] values = new PyObject[ks.length];
        for (int i = 0; i < ks.length; i++) {
            PyObject key = ks[i];
            if (seen.contains(key)) throw Exc.valueError("mapping pattern checks duplicate key (" + Ops.repr(key) + ")");
            seen.add(key);
            PyObject v = Ops.call(get, key, dummy);
            if (v == dummy) return PyNone.INSTANCE;
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    /** Types whose single positional sub-pattern matches the subject itself ({@code case int(n):}). */
    private static boolean matchesSelf(PyType t) {
        for (PyType b : new PyType[] {PyBool.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PySet.FROZEN_TYPE, PyInt.TYPE,
                PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE}) {
            if (t.isSubtypeOf(b)) return true;
        }
        return t.name().equals("bytearray") && !t.isHeap();
    }

    /**
     * {@code MATCH_CLASS}: the {@code nargs} positional attributes (named by {@code __match_args__})
     * and the keyword attributes of {@code subject}, or None when it is no instance of {@code cls}
     * or lacks one of them.
     */
    public static PyObject matchClass(PyObject subject, PyObject cls, PyObject kwNames, int nargs) {
        if (!(cls instanceof PyType type)) throw Exc.typeError("called match pattern must be a type");
        if (!Builtins.isInstance(subject, type)) return PyNone.INSTANCE;
        Set<String> seen = new HashSet<>();
        List<PyObject> attrs = new ArrayList<>();
        if (nargs > 0) {
            PyObject matchArgs = Ops.getAttrOrNull(type, PyStr.of("__match_args__"));
            boolean matchSelf = false;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple)) {
                    throw Exc.typeError(type.name() + ".__match_args__ must be a tuple (got " + matchArgs.getType().tpName() + ")");
                }
            } else {
                matchArgs = PyTuple.EMPTY;
                matchSelf = matchesSelf(type);
            }
            int allowed = matchSelf ? 1 : ((PyTuple) matchArgs).items().length;
            if (allowed < nargs) {
                throw Exc.typeError(type.name() + "() accepts " + allowed + " positional sub-pattern" + (allowed == 1 ? "" : "s")
                        + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs.add(subject);
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = ((PyTuple) matchArgs).items()[i];
                    if (!(name instanceof PyStr s)) {
                        throw Exc.typeError("__match_args__ elements must be strings (got " + name.getType().tpName() + ")");
                    }
                    PyObject v = classAttr(subject, type, s, seen);
                    if (v == null) return PyNone.INSTANCE;
                    attrs.add(v);
                }
            }
        }
        for (PyObject n : ((PyTuple) kwNames).items()) {
            PyObject v = classAttr(subject, type, (PyStr) n, seen);
            if (v == null) return PyNone.INSTANCE;
            attrs.add(v);
        }
        return PyTuple.of(attrs.toArray(new PyObject[0]));
    }

    private static PyObject classAttr(PyObject subject, PyType type, PyStr name, Set<String> seen) {
        if (!seen.add(name.value())) {
            throw Exc.typeError(type.name() + "() got multiple sub-patterns for attribute " + name.repr());
        }
        return Ops.getAttrOrNull(subject, name);
    }
}
