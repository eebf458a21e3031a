package dev.coroscope.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code dict_keys}, {@code dict_values}, {@code dict_items}: live views of a dict. */
public final class PyDictView extends PyObject {

    static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    private static PyType viewType(String name, boolean setLike) {
        return PyType.builtin(name, null, false, new Consumer<PyType>() { public void accept(PyType t) {
            Slots.len(t);
            Slots.iter(t);
            Slots.contains(t);
            Slots.repr(t);
            t.method0("__reversed__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                return new PyIterators.ReverseDictIterator(((PyDictView) s).dict, ((PyDictView) s).kind,
                    ((PyDictView) s).items());
            }});
            t.getter("mapping", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                return new PyMappingProxy(((PyDictView) s).dict);
            }});
            if (setLike) {
                t.method1("isdisjoint", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
                    for (PyObject x : Ops.toList(o)) if (s.contains(x)) return PyBool.FALSE;
                    return PyBool.TRUE;
                }});
            }
        }});
    }

    static final PyType KEYS_TYPE = viewType("dict_keys", true);
    static final PyType VALUES_TYPE = viewType("dict_values", false);
    static final PyType ITEMS_TYPE = viewType("dict_items", true);

    private final PyDict dict;
    private final int kind;

    PyDictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyType getType() {
        return kind == KEYS ? KEYS_TYPE : kind == VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    /** Whether this is a keys view (set-like over the dict's own table). */
    boolean isKeys() {
        return kind == KEYS;
    }

    PyDict dict() {
        return dict;
    }

    List<PyObject> items() {
        List<PyObject> out = new ArrayList<>();
        for (Map.Entry<PyObject, PyObject> e : dict.entryList()) {
            out.add(kind == KEYS ? e.getKey() : kind == VALUES ? e.getValue() : PyTuple.of(e.getKey(), e.getValue()));
        }
        return out;
    }

    @Override
    public String repr() {
        ReprGuard g = Ops.enterRepr(this);
        if (g == null) return "...";
        try {
            StringBuilder sb = new StringBuilder(getType().name()).append("([");
            boolean first = true;
            for (PyObject o : items()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(Ops.repr(o));
            }
            return sb.append("])").toString();
        } finally {
            g.exit();
        }
    }

    @Override
    public boolean hasLength() {
        return true;
    }

    @Override
    public int length() {
        return dict.size();
    }

    @Override
    public boolean hasIter() {
        return true;
    }

    @Override
    public PyObject iter() {
        return new PyIterators.DictIterator(dict, kind);
    }

    @Override
    public boolean hasContains() {
        return true;
    }

    @Override
    public boolean contains(PyObject item) {
        if (kind == KEYS) return dict.contains(item);
        if (kind == ITEMS) {
            if (!(item instanceof PyTuple t) || t.size() != 2) return false;
            PyObject v = dict.get(t.get(0));
            return v != null && (v == t.get(1) || Ops.eq(v, t.get(1)));
        }
        for (PyObject v : dict.valueList()) if (v == item || Ops.eq(v, item)) return true;
        return false;
    }

    @Override
    public PyObject richCompare(PyObject other, int op) {
        if (kind == VALUES) return super.richCompare(other, op);
        PySet mine = new PySet(true, items());
        PyObject o = other instanceof PyDictView v && v.kind != VALUES ? new PySet(true, v.items()) : other;
        return mine.richCompare(o, op);
    }

    @Override
    public PyObject binaryOp(int op, PyObject other) {
        if (kind == VALUES || !isSetOp(op)) return PyNotImplemented.INSTANCE;
        return SetType.viewOp(this, op, other);
    }

    @Override
    public PyObject reflectedOp(int op, PyObject other) {
        if (kind == VALUES || !isSetOp(op)) return PyNotImplemented.INSTANCE;
        return SetType.viewOp(other, op, this);
    }

    @Override
    public long hash() {
        // Key and item views are set-like (and so unhashable); a values view hashes by identity.
        if (kind == VALUES) return super.hash();
        throw Exc.typeError("unhashable type: '" + getType().name() + "'");
    }

    /** Key and item views only have CPython's nb_subtract, nb_and, nb_or and nb_xor. */
    private static boolean isSetOp(int op) {
        int o = op >= Ops.INPLACE ? op - Ops.INPLACE : op;
        return o == Ops.SUB || o == Ops.AND || o == Ops.OR || o == Ops.XOR;
    }

    @Override
    public void traverse(Consumer<PyObject> v) {
        v.accept(dict);
    }
}
