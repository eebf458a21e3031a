package dev.coroscope.app.console;

import dev.coroscope.app.session.RunSession;
import dev.coroscope.engine.trace.StdStream;
import dev.coroscope.engine.trace.TraceState;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The console: what the program has written to stdout and stderr as of the current step, in the
 * order it was written, as runs of one stream each. Only the last {@link #MAX_CHARS} characters
 * are kept (a program printing in a loop must not drown the window); {@code truncated} says when
 * earlier text was left out.
 */
public final class ConsoleViewModel {
    /** Most characters the console shows. */
    public static final int MAX_CHARS = 100_000;

    /** Text of one stream. */
    public record Run(StdStream stream, String text) {
    }

    private final ReadOnlyObjectWrapper<List<Run>> runs = new ReadOnlyObjectWrapper<>(this, "runs", List.of());
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper(this, "truncated");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);

    public ConsoleViewModel(RunSession session) {
        session.stateProperty().addListener((obs, old, now) -> update(now));
        update(session.getState());
    }

    /** The text, as runs of one stream each, oldest first (adjacent chunks of a stream merged). */
    public ReadOnlyObjectProperty<List<Run>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public List<Run> getRuns() {
        return runs.get();
    }

    public ReadOnlyBooleanProperty truncatedProperty() {
        return truncated.getReadOnlyProperty();
    }

    /** True while nothing has been written. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** All the shown text of one stream (for tests and copying). */
    public String text(StdStream stream) {
        StringBuilder b = new StringBuilder();
        for (Run r : runs.get()) {
            if (r.stream() == stream) {
                b.append(r.text());
            }
        }
        return b.toString();
    }

    private void update(TraceState s) {
        List<TraceState.OutputChunk> chunks = s.output();
        // Walk back from the newest chunk until the cap is reached.
        int budget = MAX_CHARS;
        int first = chunks.size();
        while (first > 0 && budget > 0) {
            first--;
            budget -= chunks.get(first).text().length();
        }
        boolean cut = budget < 0 || first > 0;
        List<Run> out = new ArrayList<>();
        StdStream stream = null;
        StringBuilder text = new StringBuilder();
        for (int i = first; i < chunks.size(); i++) {
            TraceState.OutputChunk c = chunks.get(i);
            String t = c.text();
            if (i == first && budget < 0) {
                t = t.substring(-budget);
            }
            if (c.stream() != stream && text.length() > 0) {
                out.add(new Run(stream, text.toString()));
                text.setLength(0);
            }
            stream = c.stream();
            text.append(t);
        }
        if (text.length() > 0) {
            out.add(new Run(stream, text.toString()));
        }
        if (!out.equals(runs.get())) {
            runs.set(List.copyOf(out));
        }
        truncated.set(cut);
        empty.set(out.isEmpty());
    }
}
