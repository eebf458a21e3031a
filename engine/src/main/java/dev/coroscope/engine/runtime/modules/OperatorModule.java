package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;

/** {@code _operator}: the operators as functions, itemgetter and attrgetter (lib/operator.py builds the operator module on it). */
public final class OperatorModule {
    private OperatorModule() {}

    static void bin(PyModule m, String name, int op) {
        m.put(name, new PyBuiltinFunction(name, new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Ops.binaryOp(a[0], a[1], op);
        }}).inModule("operator"));
    }

    static void cmp(PyModule m, String name, int op) {
        m.put(name, new PyBuiltinFunction(name, new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Ops.richCompare(a[0], a[1], op);
        }}).inModule("operator"));
    }

    public static void init(Interp in, PyModule m) {
        bin(m, "add", Ops.ADD);
        bin(m, "sub", Ops.SUB);
        bin(m, "mul", Ops.MUL);
        bin(m, "truediv", Ops.TRUEDIV);
        bin(m, "floordiv", Ops.FLOORDIV);
        bin(m, "mod", Ops.MOD);
        bin(m, "pow", Ops.POW);
        bin(m, "and_", Ops.AND);
        bin(m, "or_", Ops.OR);
        bin(m, "xor", Ops.XOR);
        bin(m, "lshift", Ops.LSHIFT);
        bin(m, "rshift", Ops.RSHIFT);
        cmp(m, "lt", Ops.LT);
        cmp(m, "le", Ops.LE);
        cmp(m, "eq", Ops.EQ);
        cmp(m, "ne", Ops.NE);
        cmp(m, "gt", Ops.GT);
        cmp(m, "ge", Ops.GE);
        m.put("neg", new PyBuiltinFunction("neg", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Ops.unaryOp(a[0], Ops.NEG);
        }}).inModule("operator"));
        m.put("not_", new PyBuiltinFunction("not_", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Ops.not(a[0]);
        }}).inModule("operator"));
        m.put("truth", new PyBuiltinFunction("truth", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(Ops.isTrue(a[0]));
        }}).inModule("operator"));
        m.put("index", new PyBuiltinFunction("index", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Ops.index(a[0]);
        }}).inModule("operator"));
        m.put("getitem", new PyBuiltinFunction("getitem", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return Ops.getItem(a[0], a[1]);
        }}).inModule("operator"));
        m.put("contains", new PyBuiltinFunction("contains", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(Ops.contains(a[0], a[1]));
        }}).inModule("operator"));
        m.put("is_", new PyBuiltinFunction("is_", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyBool.of(a[0] == a[1]);
        }}).inModule("operator"));
        m.put("itemgetter", OperatorGetters.ItemGetter.TYPE);
        m.put("attrgetter", OperatorGetters.AttrGetter.TYPE);
        m.put("methodcaller", OperatorGetters.MethodCaller.TYPE);
    }
}
