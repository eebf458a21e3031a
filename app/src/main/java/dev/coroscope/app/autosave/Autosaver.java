package dev.coroscope.app.autosave;

import dev.coroscope.app.files.SourceFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Keeps the editor's text on disk within a second of each change: every change hands over a
 * {@link Snapshot} (cheap: the text is an immutable string), and the newest snapshot per target is
 * written (or its copy deleted) on the {@link IoThread} {@link #DELAY_MILLIS} after the first change
 * not yet written. Bursts of typing cost one write.
 *
 * <p>Invariants: for each target, the last snapshot handed over is the last one applied, and a
 * snapshot is applied no later than {@code DELAY_MILLIS} plus the time of the writes queued before
 * it; writes happen on the I/O thread only, in the order the snapshots were handed over. A failed
 * write is reported (in plain words) to the problem listener, and the next success clears it.
 *
 * <p>Thread-safe: {@link #submit} is called on the FX thread, the writes run on the I/O thread.
 */
public final class Autosaver {
    /** How long after a change its text is written. Well under the one-second promise, yet one write per burst. */
    public static final long DELAY_MILLIS = 300;

    /** What is kept: a lesson's edited example, or the recovery copy of an opened file. */
    public sealed interface Target permits LessonTarget, FileTarget {
    }

    /** A lesson's example as the learner edited it. */
    public record LessonTarget(String lessonId) implements Target {
    }

    /** The recovery copy of a file's unsaved text. */
    public record FileTarget(Path file) implements Target {
        public FileTarget {
            file = file.toAbsolutePath().normalize();
        }
    }

    /** The text of a target at one moment; {@code keep} false means "nothing to keep: delete the copy". */
    public record Snapshot(Target target, String text, boolean keep) {
        public Snapshot {
            Objects.requireNonNull(target);
            text = keep ? Objects.requireNonNull(text) : "";
        }

        public static Snapshot keep(Target target, String text) {
            return new Snapshot(target, text, true);
        }

        public static Snapshot forget(Target target) {
            return new Snapshot(target, "", false);
        }
    }

    private final AutosaveStore store;
    private final IoThread io;
    private final long delayMillis;
    private final Consumer<String> problems;
    /** Snapshots not written yet, newest per target, in the order targets were first handed over. */
    private final Map<Target, Snapshot> pending = new LinkedHashMap<>();
    private boolean scheduled;
    private boolean failing;

    /**
     * {@code problems} hears, on the I/O thread, a plain sentence when keeping a copy fails and
     * {@code null} when it works again.
     */
    public Autosaver(AutosaveStore store, IoThread io, Consumer<String> problems) {
        this(store, io, DELAY_MILLIS, problems);
    }

    Autosaver(AutosaveStore store, IoThread io, long delayMillis, Consumer<String> problems) {
        this.store = store;
        this.io = io;
        this.delayMillis = delayMillis;
        this.problems = problems;
    }

    public AutosaveStore store() {
        return store;
    }

    /** Hands over the newest text of a target; it is applied within {@link #DELAY_MILLIS}. */
    public void submit(Snapshot snapshot) {
        synchronized (this) {
            pending.put(snapshot.target(), snapshot);
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        io.schedule(this::writePending, delayMillis);
    }

    /** Applies every pending snapshot now and waits for it (before reading a copy back, or closing). */
    public void flush() {
        io.runAndWait(this::writePending);
    }

    /** Applies what is pending, then stops the I/O thread. */
    public void close() {
        flush();
        io.shutdown();
    }

    /** True while some snapshot waits to be applied (for tests). */
    synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    private void writePending() {
        List<Snapshot> batch;
        synchronized (this) {
            scheduled = false;
            batch = new ArrayList<>(pending.values());
            pending.clear();
        }
        for (Snapshot s : batch) {
            apply(s);
        }
    }

    private void apply(Snapshot s) {
        try {
            if (s.target() instanceof LessonTarget l) {
                if (s.keep()) {
                    store.writeLesson(l.lessonId(), s.text());
                } else {
                    store.deleteLesson(l.lessonId());
                }
            } else if (s.target() instanceof FileTarget f) {
                if (s.keep()) {
                    store.writeRecovery(f.file(), s.text());
                } else {
                    store.deleteRecovery(f.file());
                }
            }
            if (failing) {
                failing = false;
                problems.accept(null);
            }
        } catch (SourceFileException e) {
            failing = true;
            problems.accept("Your edits could not be kept on disk. " + e.getMessage());
        } catch (RuntimeException e) {
            failing = true;
            problems.accept("Your edits could not be kept on disk (a fault in Coroscope).");
        }
    }
}
