package dev.coroscope.engine.runtime.modules;

import dev.coroscope.engine.runtime.*;
import dev.coroscope.engine.vm.Interp;

/**
 * {@code time}, on the run's virtual clock: {@code sleep} advances the clock instead of waiting
 * (so runs are deterministic and never block), and the readers return the clock.
 */
public final class TimeModule {
    private TimeModule() {}

    static PyBuiltinFunction fn(String name, PyBuiltinFunction.Impl impl) {
        return new PyBuiltinFunction(name, impl).inModule("time");
    }

    public static void init(Interp in, PyModule m) {
        var rt = in.rt;
        m.put("time", fn("time", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return new PyFloat(rt.wallBase + rt.readClock());
        }}));
        m.put("time_ns", fn("time_ns", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of((long) ((rt.wallBase + rt.readClock()) * 1e9));
        }}));
        m.put("monotonic", fn("monotonic", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return new PyFloat(rt.monotonicBase + rt.readClock());
        }}));
        m.put("monotonic_ns", fn("monotonic_ns", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of((long) ((rt.monotonicBase + rt.readClock()) * 1e9));
        }}));
        m.put("perf_counter", fn("perf_counter", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return new PyFloat(rt.monotonicBase + rt.readClock());
        }}));
        m.put("perf_counter_ns", fn("perf_counter_ns", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return PyInt.of((long) ((rt.monotonicBase + rt.readClock()) * 1e9));
        }}));
        m.put("process_time", fn("process_time", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            return new PyFloat(rt.clock);
        }}));
        m.put("sleep", fn("sleep", new PyBuiltinFunction.Impl() { public PyObject call(PyObject[] a, String[] k) {
            if (a.length != 1) throw Exc.typeError("time.sleep() takes exactly one argument (" + a.length + " given)");
            double d;
            if (a[0] instanceof PyFloat f) d = f.value;
            else if (a[0] instanceof PyInt i) d = i.toDouble();
            else throw Exc.typeError("'" + a[0].getType().tpName() + "' object cannot be interpreted as an integer");
            if (d < 0) throw Exc.valueError("sleep length must be non-negative");
            rt.sleep(d);
            return PyNone.INSTANCE;
        }}));
    }
}
