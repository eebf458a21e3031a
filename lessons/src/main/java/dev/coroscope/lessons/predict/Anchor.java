package dev.coroscope.lessons.predict;

/**
 * Where the app pauses to ask a question: just before line {@code line} of the example starts
 * for the {@code hit}-th time, counting every time any frame starts that line (a frame resuming
 * after an await does not start its line again).
 */
public record Anchor(int line, int hit) {
    @Override
    public String toString() {
        return "line " + line + " hit " + hit;
    }
}
