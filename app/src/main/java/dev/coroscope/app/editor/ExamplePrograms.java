package dev.coroscope.app.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example programs shipped as resources next to this class's package, under {@code examples/}.
 * Each is a real Python program: {@code python3} runs it as it is.
 */
public final class ExamplePrograms {

    /** The reference page's gather example; it prints {@code ['a', 'b']}. */
    public static final String GATHER = "gather.py";
    /** A hundred tasks that sleep and yield, gathered by main; it prints {@code 328350}. */
    public static final String HUNDRED_TASKS = "hundred_tasks.py";

    private static final String FOLDER = "/dev/coroscope/app/examples/";

    private ExamplePrograms() {
    }

    /** The source text of the example called {@code name}. */
    public static String source(String name) {
        try (InputStream in = ExamplePrograms.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing example " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
