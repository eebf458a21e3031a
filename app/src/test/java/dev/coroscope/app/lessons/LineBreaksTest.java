package dev.coroscope.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineBreaksTest {
    private static final String B = String.valueOf(LineBreaks.BREAK);

    @Test
    void aDottedNameMayBreakAfterEachDot() {
        assertEquals("greet is back from asyncio." + B + "sleep(1). What does the virtual clock show?",
                LineBreaks.inCode("greet is back from asyncio.sleep(1). What does the virtual clock show?"));
        assertEquals("type(coro)." + B + "__name__ and task." + B + "get_coro()." + B + "cr_frame",
                LineBreaks.inCode("type(coro).__name__ and task.get_coro().cr_frame"));
        assertEquals("d[0]." + B + "x", LineBreaks.inCode("d[0].x"));
    }

    @Test
    void aLessonsInlineCodeBreaksAfterADotAndNeverAtItsSpaces() {
        assertEquals("loop." + B + "create_future()", LessonTextView.codeSpan("loop.create_future()"));
        assertEquals("async\u00a0def", LessonTextView.codeSpan("async def"));
        assertEquals("await\u00a0asyncio." + B + "sleep(0)", LessonTextView.codeSpan("await asyncio.sleep(0)"));
    }

    @Test
    void sentencesNumbersAndEllipsesAreLeftAlone() {
        for (String s : new String[] {"It prints 0.5 then 1.", "Done. Next", "Wait... then go", "a .b", ".x", "x.", "", "a", "ab"}) {
            assertEquals(s, LineBreaks.inCode(s));
        }
    }
}
