package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "coroutine ... was never awaited" appears when CPython's refcount would drop the coroutine. */
class LifetimeTest {

    private static final String HINT = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";

    @Test
    void aDiscardedCallResultWarnsAtThatLine() {
        var c = EngineTestSupport.run("async def f(): pass\nf()\nprint('after')\n", 0);
        assertEquals("after\n", c.out.toString());
        assertEquals("prog.py:2: RuntimeWarning: coroutine 'f' was never awaited\n  f()\n" + HINT, c.err.toString());
    }

    @Test
    void aLocalDroppedAtReturnWarnsAtTheCallersLine() {
        var c = EngineTestSupport.run("async def g(): pass\ndef h():\n    x = g()\n    return 1\nh()\nh()\n", 0);
        assertEquals("prog.py:5: RuntimeWarning: coroutine 'g' was never awaited\n  h()\n" + HINT
                + "prog.py:6: RuntimeWarning: coroutine 'g' was never awaited\n  h()\n" + HINT, c.err.toString());
    }

    @Test
    void theSameLocationWarnsOnce() {
        var c = EngineTestSupport.run("async def f(): pass\ndef h():\n    f()\nfor i in range(3):\n    h()\n", 0);
        assertEquals("prog.py:3: RuntimeWarning: coroutine 'f' was never awaited\n  f()\n" + HINT, c.err.toString());
    }

    @Test
    void aReturnedCoroutineIsStillAlive() {
        var c = EngineTestSupport.run("async def f(): pass\ndef make():\n    return f()\nc = make()\nc.close()\n", 0);
        assertEquals("", c.err.toString());
    }

    @Test
    void aModuleLevelCoroutineWarnsAtShutdown() {
        var c = EngineTestSupport.run("async def f(): pass\nc = f()\nprint('end')\n", 0);
        assertEquals("end\n", c.out.toString());
        assertEquals("sys:1: RuntimeWarning: coroutine 'f' was never awaited\n", c.err.toString());
    }

    @Test
    void rebindingTheOnlyNameWarnsThere() {
        var c = EngineTestSupport.run("async def f(): pass\nx = f()\nx = None\nprint('x')\n", 0);
        assertEquals("prog.py:3: RuntimeWarning: coroutine 'f' was never awaited\n  x = None\n" + HINT, c.err.toString());
    }
}
