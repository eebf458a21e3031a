package dev.coroscope.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The --trace format: one object per line, exact field names, escapes. */
class JsonLinesTest {

    @Test
    void each_kind_has_its_fields_in_order() {
        String json = JsonLines.toString(SimRun.gather(new Recorder()));
        String[] lines = json.split("\n");
        assertTrue(lines.length > 100);
        for (int i = 0; i < lines.length; i++) {
            assertTrue(lines[i].startsWith("{\"seq\":" + i + ",\"kind\":\""), lines[i]);
        }
        assertEquals(List.of("seq", "kind", "current", "explain", "coro", "name", "state", "cr_running",
                "cr_suspended", "cr_await", "line", "awaits", "frame", "flavor", "origin"), keys(firstOf(lines, "coro")));
        assertEquals(List.of("seq", "kind", "current", "explain", "task", "coro", "state", "waiting_on", "task_id",
                "waiting_future", "result", "exception"), keys(firstOf(lines, "task")));
        assertEquals(List.of("seq", "kind", "current", "explain", "frame", "line"), keys(firstOf(lines, "line")));
        assertEquals(List.of("seq", "kind", "current", "explain", "frame", "parent", "code", "line", "coro"),
                keys(firstOf(lines, "call")));
        assertEquals(List.of("seq", "kind", "current", "explain", "frame", "value", "exception"),
                keys(firstOf(lines, "return")));
        assertEquals(List.of("seq", "kind", "current", "explain", "frame", "name", "value", "global", "mutated"),
                keys(firstOf(lines, "store")));
        assertEquals(List.of("seq", "kind", "current", "explain", "future", "state", "repr"),
                keys(firstOf(lines, "future")));
        assertEquals(List.of("seq", "kind", "current", "explain", "op", "handle", "callback", "cancelled"),
                keys(firstOf(lines, "ready")));
        assertEquals(List.of("seq", "kind", "current", "explain", "op", "handle", "when", "callback", "cancelled"),
                keys(firstOf(lines, "timer")));
        assertEquals(List.of("seq", "kind", "current", "explain", "now"), keys(firstOf(lines, "clock")));
        assertEquals(List.of("seq", "kind", "current", "explain", "op", "iteration"), keys(firstOf(lines, "loop")));
        assertEquals(List.of("seq", "kind", "current", "explain", "stream", "text"), keys(firstOf(lines, "output")));
        assertEquals(List.of("seq", "kind", "current", "explain", "reason", "message"), keys(firstOf(lines, "end")));
        assertTrue(firstOf(lines, "clock").endsWith("\"now\":0.5}"));
        assertTrue(json.contains("\"text\":\"['a', 'b']\\n\""));
    }

    @Test
    void exceptions_warnings_and_odd_characters_are_escaped() {
        Recorder rec = new Recorder();
        rec.call(1, -1, "<module>", 1, -1);
        rec.raised(1, "ValueError", "a \"quoted\"\tline\nnext \\ \u0001 \u00e9\u4e2d", 2);
        rec.warning("RuntimeWarning", "coroutine 'f' was never awaited");
        String[] lines = JsonLines.toString(rec.snapshot()).split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].contains("\"message\":\"a \\\"quoted\\\"\\tline\\nnext \\\\ \\u0001 \u00e9\u4e2d\""),
                lines[1]);
        assertEquals(List.of("seq", "kind", "current", "explain", "frame", "type", "message", "line"), keys(lines[1]));
        assertEquals(List.of("seq", "kind", "current", "explain", "category", "message"), keys(lines[2]));
        assertTrue(lines[0].contains("\"parent\":null"), lines[0]);
    }

    private static String firstOf(String[] lines, String kind) {
        for (String l : lines) {
            if (l.contains(",\"kind\":\"" + kind + "\",")) {
                return l;
            }
        }
        throw new AssertionError("no " + kind);
    }

    /** Top-level keys in order (values here never contain the pattern "," + quote + word + quote + colon). */
    private static List<String> keys(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[{,]\"([a-z_]+)\":(?=(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]*)[,}])").matcher(line);
        int pos = 0;
        while (m.find(pos)) {
            out.add(m.group(1));
            pos = m.end() + m.group(2).length();
        }
        return out;
    }
}
