package dev.coroscope.app.lessons;

/**
 * Where a question's text may break inside code. JavaFX wraps a label's (non-complex) text only at
 * whitespace, so a dotted name wider than the question card's line ({@code asyncio.sleep(1).} in the
 * lesson pane) was cut at whatever letter reached the edge ("asyncio.sleep(1" / ")."). A hair space
 * (U+200A, whitespace to JavaFX, and the narrowest space fonts have) after each dot that joins two
 * names gives the line a place to break between them instead. (A zero-width space is no break to
 * JavaFX: it uses Unicode's line breaking only for complex scripts.)
 *
 * <p>Invariant: only hair spaces are added, and only after a dot with a name, digit or closing
 * bracket before it and a name after it; a sentence's full stop (followed by a space or the end)
 * and a number's decimal point are left alone.
 */
final class LineBreaks {
    /** U+200A HAIR SPACE: a break opportunity about a tenth of an em wide. */
    static final char BREAK = '\u200a';

    private LineBreaks() {
    }

    /** {@code text} with a break opportunity after every dot inside a dotted name. */
    static String inCode(String text) {
        StringBuilder b = null;
        for (int i = 1; i + 1 < text.length(); i++) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            boolean joinsNames = text.charAt(i) == '.'
                    && (Character.isLetterOrDigit(before) || before == '_' || before == ')' || before == ']')
                    && (Character.isLetter(after) || after == '_');
            if (joinsNames) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8).append(text, 0, i + 1);
                } else {
                    b.append('.');
                }
                b.append(BREAK);
            } else if (b != null) {
                b.append(text.charAt(i));
            }
        }
        if (b == null) {
            return text;
        }
        return b.append(text.charAt(text.length() - 1)).toString();
    }
}
