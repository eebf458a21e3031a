package dev.coroscope.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StderrTest {
    private static final String CPYTHON = """
            Task exception was never retrieved
            future: <Task finished name='Task-2' coro=<risky() done, defined at example.py:3> exception=ValueError('disk full')>
            Traceback (most recent call last):
              File "<stdlib>/asyncio/tasks.py", line 277, in __step
                result = coro.send(None)
                         ^^^^^^^^^^^^^^^
              File "example.py", line 5, in risky
                raise ValueError("disk full")
            ValueError: disk full
            """;

    @Test
    void library_frames_and_markers_are_dropped() {
        String engine = """
                Task exception was never retrieved
                future: <Task finished name='Task-2' coro=<risky() done, defined at example.py:3> exception=ValueError('disk full')>
                Traceback (most recent call last):
                  File "example.py", line 5, in risky
                    raise ValueError("disk full")
                ValueError: disk full
                """;
        assertEquals(Stderr.comparable(engine), Stderr.comparable(CPYTHON));
    }

    @Test
    void a_different_message_still_differs() {
        assertNotEquals(Stderr.comparable(CPYTHON), Stderr.comparable(CPYTHON.replace("disk full", "disk ok")));
    }

    @Test
    void addresses_are_masked_and_absolute_library_paths_recognised() {
        String text = "  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n"
                + "    return runner.run(main)\n"
                + "<coroutine object f at 0x7f3a2b>   \n";
        assertEquals("<coroutine object f at 0x?>", Stderr.comparable(text));
    }
}
