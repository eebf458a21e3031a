package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coroscope.engine.runtime.PyBaseException;
import dev.coroscope.engine.runtime.PyGenBase;
import dev.coroscope.engine.runtime.PyObject;
import dev.coroscope.engine.runtime.Ops;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VM reports lines, calls, returns, stores and coroutine states to a tracer. */
class TracerTest {

    static final class Recorder implements Tracer {
        final List<String> events = new ArrayList<>();

        @Override
        public void line(Frame frame, int line, boolean back) {
            events.add("line " + frame.code.name + ":" + line);
        }

        @Override
        public void call(Frame frame) {
            events.add("call " + frame.code.qualname);
        }

        @Override
        public void returned(Frame frame, PyObject value) {
            events.add("return " + frame.code.name + " " + Ops.repr(value));
        }

        @Override
        public void exception(Frame frame, PyBaseException exc) {
            events.add("exception " + frame.code.name + " " + exc.getType().name());
        }

        @Override
        public void store(Frame frame, String name, PyObject value, String kind) {
            events.add("store " + kind + " " + name + "=" + Ops.repr(value));
        }

        @Override
        public void genState(PyGenBase gen, PyGenBase.State state) {
            events.add("gen " + gen.qualname + " " + state);
        }
    }

    @Test
    void linesCallsReturnsAndStoresAreReported() {
        Recorder r = new Recorder();
        EngineTestSupport.run("def f(a):\n    b = a + 1\n    return b\nx = f(1)\n", 0, r);
        assertEquals(List.of("call <module>", "line <module>:1", "store global f=" + r.events.get(2).substring(15),
                "line <module>:4", "call f", "line f:2", "store local b=2", "line f:3", "return f 2",
                "store global x=2", "return <module> None"), r.events);
    }

    @Test
    void aLoopReportsItsLineOnEveryIteration() {
        Recorder r = new Recorder();
        EngineTestSupport.run("for i in range(2): pass\n", 0, r);
        long lines = r.events.stream().filter(e -> e.startsWith("line")).count();
        assertEquals(3, lines);
    }

    @Test
    void coroutineStatesAreReported() {
        Recorder r = new Recorder();
        EngineTestSupport.run("import types\n@types.coroutine\ndef p():\n    yield 1\nasync def c():\n    await p()\n"
                + "co = c()\nco.send(None)\ntry:\n    co.send(None)\nexcept StopIteration:\n    pass\n", 0, r);
        List<String> states = r.events.stream().filter(e -> e.startsWith("gen c")).toList();
        assertEquals(List.of("gen c CREATED", "gen c RUNNING", "gen c SUSPENDED", "gen c RUNNING", "gen c CLOSED"), states);
    }
}
