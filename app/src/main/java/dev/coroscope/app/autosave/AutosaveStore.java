package dev.coroscope.app.autosave;

import dev.coroscope.app.files.SourceFileException;
import dev.coroscope.app.files.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kept copies of the learner's text under {@code <app data>/autosave/}:
 * <ul>
 *   <li>{@code lessons/NN-slug.py}: a lesson's example as the learner edited it; absent while the
 *       example is unchanged;
 *   <li>{@code files/KEY.py} and {@code files/KEY.path}: a recovery copy of an opened file's unsaved
 *       text and the file's absolute path, {@code KEY} being derived from that path; absent while
 *       the file has no unsaved changes.
 * </ul>
 *
 * <p>Every write is atomic (a temporary file in the same folder, flushed, then moved over the
 * copy), so a crash or {@code kill -9} at any moment leaves either the previous copy or the new one,
 * never a torn one. Reads never fail: an unreadable copy counts as none.
 */
public final class AutosaveStore {
    private static final Pattern LESSON_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A recovery copy of a file's unsaved text and when it was written. */
    public record Recovery(Path file, String text, Instant savedAt) {
    }

    private final Path lessons;
    private final Path files;

    /** A store under {@code appData} (see {@link AppData#folder()}). */
    public AutosaveStore(Path appData) {
        Path root = appData.resolve("autosave");
        this.lessons = root.resolve("lessons");
        this.files = root.resolve("files");
    }

    // ---- lessons ----------------------------------------------------------------------------

    /** The learner's edited text of lesson {@code lessonId}'s example, if they edited it. */
    public Optional<String> readLesson(String lessonId) {
        return read(lessonCopy(lessonId));
    }

    public void writeLesson(String lessonId, String text) throws SourceFileException {
        write(lessonCopy(lessonId), text);
    }

    /** Forgets the edits of lesson {@code lessonId} (its example is shown as shipped again). */
    public void deleteLesson(String lessonId) throws SourceFileException {
        delete(lessonCopy(lessonId));
    }

    /** Where the edited text of {@code lessonId} lives. */
    public Path lessonCopy(String lessonId) {
        if (!LESSON_ID.matcher(lessonId).matches()) {
            throw new IllegalArgumentException("not a lesson id: " + lessonId);
        }
        return lessons.resolve(lessonId + ".py");
    }

    // ---- files ------------------------------------------------------------------------------

    /** The recovery copy of {@code file}'s unsaved text, if one was kept. */
    public Optional<Recovery> readRecovery(Path file) {
        Path copy = recoveryCopy(file);
        Optional<String> text = read(copy);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Recovery(absolute(file), text.get(), Files.getLastModifiedTime(copy).toInstant()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void writeRecovery(Path file, String text) throws SourceFileException {
        Path copy = recoveryCopy(file);
        Path path = pathNote(copy);
        String name = absolute(file).toString();
        if (!read(path).map(name::equals).orElse(false)) {
            write(path, name);
        }
        write(copy, text);
    }

    /** Forgets the recovery copy of {@code file} (its changes were saved or discarded). */
    public void deleteRecovery(Path file) throws SourceFileException {
        Path copy = recoveryCopy(file);
        delete(copy);
        delete(pathNote(copy));
    }

    /** Where the recovery copy of {@code file} lives. */
    public Path recoveryCopy(Path file) {
        return files.resolve(key(absolute(file)) + ".py");
    }

    // ---- internals --------------------------------------------------------------------------

    private static Path pathNote(Path copy) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - ".py".length()) + ".path");
    }

    private static Path absolute(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /** A name for the copy that is the same for the same path and safe on every file system. */
    private static String key(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file.toString().getBytes(StandardCharsets.UTF_8));
            String name = SourceFiles.displayName(file).replaceAll("[^A-Za-z0-9_.-]", "_");
            if (name.length() > 40) {
                name = name.substring(0, 40);
            }
            return name + "-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void write(Path file, String text) throws SourceFileException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new SourceFileException("Coroscope could not create the folder " + file.getParent()
                    + " to keep your edits in.", e);
        }
        SourceFiles.write(file, text, false);
    }

    private static void delete(Path file) throws SourceFileException {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            // Already gone: that is what was asked.
        } catch (IOException e) {
            throw new SourceFileException("Coroscope could not remove its old copy " + file + ".", e);
        }
    }
}
