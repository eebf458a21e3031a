package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The built-in warm-up program ({@link Engine#warmUp}) runs to its end without an error: an error
 * would end it early, silently (its output is discarded), and leave the loop's profile half made.
 */
class WarmUpProgramTest {

    @Test
    void runsToItsEndQuietly() throws IOException {
        String src;
        try (InputStream is = Engine.class.getResourceAsStream("/dev/coroscope/engine/vm/warmup.py")) {
            assertNotNull(is, "warmup.py is on the class path");
            src = new String(is.readAllBytes(), StandardCharsets.UTF_8);
        }
        EngineTestSupport.Captured c = EngineTestSupport.run(src, 0);
        assertEquals("", c.err.toString());
        assertEquals("", c.out.toString());
        assertEquals(RunResult.Outcome.COMPLETED, c.result.outcome());
        assertEquals(0, c.result.exitStatus());
    }
}
