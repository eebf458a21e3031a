package dev.coroscope.engine.runtime;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@code bool}: exactly two instances, a subclass of int as in Python. */
public final class PyBool extends PyInt {

    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, false, new Consumer<PyType>() { public void accept(PyType t) {
        t.setNew(new PyType.NewFn() { public PyObject make(PyType cls, PyObject[] args, String[] kw) {
            Args.noKeywords("bool", kw);
            Args.atMost("bool", args, 1);
            return args.length == 0 ? PyBool.FALSE : PyBool.of(Ops.isTrue(args[0]));
        }});
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.of(s.repr());
        }}));
    }});

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType getType() {
        return TYPE;
    }

    @Override
    public String repr() {
        return v != 0 ? "True" : "False";
    }

    @Override
    public PyObject format(String spec) {
        if (spec.isEmpty()) return PyStr.of(repr());
        return super.format(spec);
    }
}
