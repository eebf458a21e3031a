package dev.coroscope.engine.runtime;
import java.util.function.Consumer;

/**
 * CPython's "struct sequence" types ({@code sys.version_info}, {@code sys.float_info},
 * {@code time.struct_time}...): tuples whose items also have names, printed as
 * {@code sys.float_info(max=1.7976931348623157e+308, ...)}. The types cannot be subclassed or
 * instantiated from Python; only the engine makes instances.
 */
public final class StructSeq extends PyTuple {

    private final PyType type;

    private StructSeq(PyType type, PyObject[] items) {
        super(items);
        this.type = type;
    }

    /** A struct sequence type {@code module.name} with the given field names. */
    public static PyType type(String module, String name, String... fields) {
        return PyType.builtin(module, name, PyTuple.TYPE, false, new Consumer<PyType>() { public void accept(PyType t) {
            for (int i = 0; i < fields.length; i++) {
                final int idx = i;
                t.getter(fields[i], s -> ((PyTuple) s).get(idx));
            }
            PyObject[] names = new PyObject[fields.length];
            for (int i = 0; i < fields.length; i++) names[i] = PyStr.of(fields[i]);
            t.put("_fields", PyTuple.of(names));
            t.put("n_fields", PyInt.of(fields.length));
            t.put("n_sequence_fields", PyInt.of(fields.length));
            t.put("n_unnamed_fields", PyInt.ZERO);
            t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", s -> PyStr.of(s.repr())));
            t.method0("__reduce__", s -> PyTuple.of(s.getType(), PyTuple.of(PyTuple.of(((PyTuple) s).items().clone()))));
        }});
    }

    public static StructSeq make(PyType type, PyObject... values) {
        return new StructSeq(type, values);
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public String repr() {
        PyObject fields = type.lookup("_fields");
        PyObject[] names = ((PyTuple) fields).items();
        // A type without a module (sys.get_asyncgen_hooks()'s) shows its bare name, as in CPython.
        String module = type.moduleName();
        StringBuilder sb = new StringBuilder();
        if (module != null) sb.append(module).append('.');
        sb.append(type.name()).append('(');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(((PyStr) names[i]).value()).append('=').append(Ops.repr(items[i]));
        }
        return sb.append(')').toString();
    }
}
