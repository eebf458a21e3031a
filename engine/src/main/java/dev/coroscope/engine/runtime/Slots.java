package dev.coroscope.engine.runtime;
import java.util.function.Function;

/**
 * Adds the special methods ({@code __len__}, {@code __add__}, ...) of a built-in type to its
 * dictionary as wrappers around the Java slot methods, so {@code dir()}, {@code hasattr},
 * {@code super().__init__} and explicit calls such as {@code int.__add__(1, 2)} work.
 */
public final class Slots {
    private Slots() {}

    /** {@code __iter__}, {@code __aiter__}, {@code __await__} or {@code __copy__} that returns the object itself. */
    public static final Function<PyObject, PyObject> SELF = new Function<PyObject, PyObject>() {
        public PyObject apply(PyObject s) {
            return s;
        }
    };

    /** {@code __next__} through the Java slot: the next item, or StopIteration once exhausted. */
    public static final Function<PyObject, PyObject> NEXT = new Function<PyObject, PyObject>() {
        public PyObject apply(PyObject s) {
            PyObject v = s.next();
            if (v == null) throw Exc.stopIteration(null);
            return v;
        }
    };

    /** {@code +}, {@code *} and reflected {@code *} of a sequence type, through its Java operators. */
    static void sequenceArithmetic(PyType t) {
        t.method1("__add__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return s.binaryOp(Ops.ADD, o);
        }});
        repeat(t);
    }

    /**
     * A sequence's {@code __mul__}, {@code __rmul__} or {@code __imul__}: the {@code *} operator goes on
     * to the other operand when the count is not an index, but CPython's method wrappers take the
     * count as an index, so a direct call with a non-index count is a TypeError, not NotImplemented.
     */
    abstract static class Repeat implements PyMethodDescriptor.OperatorForm {
        @Override
        public final PyObject call(PyObject self, PyObject count) {
            PyObject r = operator(self, count);
            if (r == PyNotImplemented.INSTANCE) {
                throw Exc.typeError("'" + count.getType().tpName() + "' object cannot be interpreted as an integer");
            }
            return r;
        }
    }

    /** A mutable sequence's {@link #sequenceArithmetic} plus in-place {@code +=} and {@code *=}. */
    public static void mutableSequenceArithmetic(PyType t) {
        sequenceArithmetic(t);
        t.method1("__iadd__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject o) {
            return s.inplaceOp(Ops.ADD, o);
        }});
        t.method1("__imul__", new Repeat() { public PyObject operator(PyObject s, PyObject o) {
            return s.inplaceOp(Ops.MUL, o);
        }});
    }

    static void repr(PyType t) {
        t.put("__repr__", PyMethodDescriptor.noArgs(t, "__repr__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyStr.ofText(s, s.repr());
        }}));
    }

    static void str(PyType t) {
        t.put("__str__", PyMethodDescriptor.noArgs(t, "__str__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return s.getClass() == PyStr.class ? s : PyStr.ofText(s, s.str());
        }}));
    }

    static void hash(PyType t) {
        t.put("__hash__", PyMethodDescriptor.noArgs(t, "__hash__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(s.hash());
        }}));
    }

    static void unhashable(PyType t) {
        t.put("__hash__", PyNone.INSTANCE);
    }

    static void compare(PyType t) {
        for (int op = 0; op < 6; op++) {
            final int o = op;
            String name = Ops.CMP_DUNDER[op].value();
            t.put(name, PyMethodDescriptor.oneArg(t, name, new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject other) {
                return s.richCompare(other, o);
            }}));
        }
    }

    static void len(PyType t) {
        t.put("__len__", PyMethodDescriptor.noArgs(t, "__len__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyInt.of(s.length());
        }}));
    }

    static void getitem(PyType t) {
        t.put("__getitem__", PyMethodDescriptor.oneArg(t, "__getitem__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject a, PyObject b) {
            return a.getItem(b);
        }}));
    }

    static void setitem(PyType t) {
        t.put("__setitem__", PyMethodDescriptor.twoArgs(t, "__setitem__", new PyMethodDescriptor.Impl2() { public PyObject call(PyObject s, PyObject k, PyObject v) {
            s.setItem(k, v);
            return PyNone.INSTANCE;
        }}));
        t.put("__delitem__", PyMethodDescriptor.oneArg(t, "__delitem__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject k) {
            s.delItem(k);
            return PyNone.INSTANCE;
        }}));
    }

    static void contains(PyType t) {
        t.put("__contains__", PyMethodDescriptor.oneArg(t, "__contains__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject x) {
            return PyBool.of(s.contains(x));
        }}));
    }

    static void iter(PyType t) {
        t.put("__iter__", PyMethodDescriptor.noArgs(t, "__iter__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject x) {
            return x.iter();
        }}));
    }

    static void bool(PyType t) {
        t.put("__bool__", PyMethodDescriptor.noArgs(t, "__bool__", new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
            return PyBool.of(s.isTrue());
        }}));
    }

    static void format(PyType t) {
        t.put("__format__", PyMethodDescriptor.oneArg(t, "__format__", new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject spec) {
            if (!(spec instanceof PyStr sp)) throw Exc.typeError("argument to __format__ must be str");
            return s.format(sp.value());
        }}));
    }

    /** Binary operators (forward and reflected) by their NB_* numbers. */
    static void binary(PyType t, int... ops) {
        for (int op : ops) {
            final int o = op;
            String f = Ops.BIN_DUNDER[op].value();
            String r = Ops.BIN_RDUNDER[op].value();
            t.put(f, PyMethodDescriptor.oneArg(t, f, new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject other) {
                return s.binaryOp(o, other);
            }}));
            t.put(r, PyMethodDescriptor.oneArg(t, r, new PyMethodDescriptor.Impl1() { public PyObject call(PyObject s, PyObject other) {
                return s.reflectedOp(o, other);
            }}));
        }
    }

    /** A sequence's {@code __mul__} and {@code __rmul__} ({@link Repeat}: the count is an index when called directly). */
    static void repeat(PyType t) {
        t.method1("__mul__", new Repeat() { public PyObject operator(PyObject s, PyObject o) {
            return s.binaryOp(Ops.MUL, o);
        }});
        t.method1("__rmul__", new Repeat() { public PyObject operator(PyObject s, PyObject o) {
            return s.reflectedOp(Ops.MUL, o);
        }});
    }

    static void unary(PyType t, int... ops) {
        for (int op : ops) {
            final int o = op;
            String name = op == Ops.NEG ? "__neg__" : op == Ops.POS ? "__pos__" : "__invert__";
            t.put(name, PyMethodDescriptor.noArgs(t, name, new Function<PyObject, PyObject>() { public PyObject apply(PyObject s) {
                PyObject r = s.unaryOp(o);
                return r == null ? PyNotImplemented.INSTANCE : r;
            }}));
        }
    }

    static void classGetItem(PyType t) {
        t.put("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__",
                new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
                    return new PyGenericAlias((PyType) a[0], a[1]);
                }})));
    }
}
