package dev.coroscope.engine.trace;

/** The stream an {@code output} event was written to. */
public enum StdStream {
    STDOUT("stdout"), STDERR("stderr");

    static final StdStream[] VALUES = values();
    private final String json;

    StdStream(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
