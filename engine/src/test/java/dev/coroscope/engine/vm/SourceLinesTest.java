package dev.coroscope.engine.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Runtime#splitLines} (the lines tracebacks quote) splits exactly as the regular expression
 * it replaced, {@code text.split("\r\n|\r|\n", -1)}: every line ending kind, mixes of them, empty
 * lines and a text ending with or without a line ending. Likewise {@link TracebackPrinter#linesWithEnds}
 * and {@code text.split("(?<=\n)")}.
 */
class SourceLinesTest {

    private static String[] byRegex(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    @Test
    void lineEndingsOfEveryKind() {
        for (String text : new String[] {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\r", "\r\n\r\n", "a\n\rb",
                "\r\r\n\n", "x = 1\r\nprint(x)\n\n# end"}) {
            assertArrayEquals(byRegex(text), Runtime.splitLines(text), () -> "text " + text.replace("\r", "\\r")
                    .replace("\n", "\\n"));
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', ' ', '\r', '\n').ofMaxLength(40);
    }

    @Property(tries = 500)
    void sameAsTheRegularExpression(@ForAll("texts") String text) {
        assertArrayEquals(byRegex(text), Runtime.splitLines(text));
    }

    @Property(tries = 500)
    void piecesWithTheirLineFeedsAsTheLookbehindSplit(@ForAll("texts") String text) {
        assertArrayEquals(text.split("(?<=\n)"), TracebackPrinter.linesWithEnds(text).toArray(new String[0]));
    }

    @Test
    void piecesWithTheirLineFeedsFixedCases() {
        for (String text : new String[] {"", "\n", "\n\n", "a", "a\n", "a\nb", "\na\n\nb\n"}) {
            assertArrayEquals(text.split("(?<=\n)"), TracebackPrinter.linesWithEnds(text).toArray(new String[0]), text);
        }
    }
}
