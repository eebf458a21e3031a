package dev.coroscope.app.lessons;

import dev.coroscope.app.autosave.IoThread;
import dev.coroscope.app.files.SourceFileException;
import dev.coroscope.app.files.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Keeps {@link Progress} in {@code <app data>/progress.json}. Each {@link #save} writes the whole
 * file atomically (temporary file, flush, move) on the {@link IoThread}, so a crash leaves the
 * previous progress or the new one; a missing or damaged file reads as no progress.
 */
public final class ProgressStore {
    /** The file's name inside the app data folder. */
    public static final String FILE_NAME = "progress.json";

    private final Path file;
    private final IoThread io;
    private final Consumer<String> problems;

    /** {@code problems} hears (on the I/O thread) a plain sentence when the progress cannot be written. */
    public ProgressStore(Path appData, IoThread io, Consumer<String> problems) {
        this.file = appData.resolve(FILE_NAME);
        this.io = io;
        this.problems = problems;
    }

    public Path file() {
        return file;
    }

    /** The progress saved last time, or none. */
    public Progress load() {
        try {
            return Progress.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return new Progress();
        }
    }

    /** Writes {@code progress} as it is now (serialised here, written on the I/O thread). */
    public void save(Progress progress) {
        String json = progress.toJson();
        io.schedule(() -> write(json), 0);
    }

    private void write(String json) {
        try {
            Files.createDirectories(file.getParent());
            SourceFiles.write(file, json, false);
        } catch (IOException | SourceFileException e) {
            problems.accept("Your lesson progress could not be kept on disk."
                    + (e instanceof SourceFileException ? " " + e.getMessage() : ""));
        }
    }
}
