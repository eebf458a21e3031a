package dev.coroscope.app.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads and writes Python source files as UTF-8 text with {@code \n} line breaks in memory.
 *
 * <p>Invariant of {@link #write}: the target file is either left exactly as it was or replaced
 * whole by the new text; a failure never truncates it. The text goes to a temporary file in the
 * same folder, which is flushed to disk and then moved over the target.
 */
public final class SourceFiles {

    /** Larger files are refused: Coroscope shows small teaching programs. */
    public static final long MAX_BYTES = 1_000_000;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SourceFiles() {
    }

    /** The text of a file read by {@link #read}, and whether it used Windows line breaks. */
    public record Loaded(String text, boolean windowsLineBreaks) {
    }

    /** Reads {@code file} as UTF-8; line breaks become {@code \n}, a byte-order mark is dropped. */
    public static Loaded read(Path file) throws SourceFileException {
        String name = displayName(file);
        try {
            if (Files.isDirectory(file)) {
                throw new SourceFileException(name + " is a folder, not a file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new SourceFileException(name + " is larger than 1 MB. Coroscope opens small programs only.");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            boolean windows = text.contains("\r\n");
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            return new Loaded(text, windows);
        } catch (CharacterCodingException e) {
            throw new SourceFileException(name + " is not a UTF-8 text file, so it cannot be opened.", e);
        } catch (IOException e) {
            throw new SourceFileException(describe("open", name, e), e);
        }
    }

    /**
     * Replaces the content of {@code file} (created if missing) with {@code text} in UTF-8, with
     * Windows line breaks if {@code windowsLineBreaks}.
     */
    public static void write(Path file, String text, boolean windowsLineBreaks) throws SourceFileException {
        String name = displayName(file);
        String content = windowsLineBreaks ? text.replace("\n", "\r\n") : text;
        ByteBuffer bytes;
        try {
            bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new SourceFileException("The text contains characters that cannot be saved as UTF-8, so "
                    + name + " was not saved.", e);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (isReadOnly(file)) {
            throw new SourceFileException(name + " is read-only, so it was not saved. Use Save As to keep"
                    + " your changes under another name.");
        }
        Path temp = null;
        try {
            temp = createTempFile(folder, file.getFileName().toString());
            copyPermissions(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            moveOver(temp, file);
            temp = null;
        } catch (IOException e) {
            if (outOfSpace(folder, bytes.limit())) {
                throw new SourceFileException("There is not enough free space on the disk to save " + name
                        + ", so it was not saved. The file on disk is unchanged.", e);
            }
            throw new SourceFileException(describe("save", name, e) + unchanged(file), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The save already failed and says so; a stray temp file is the lesser harm.
                }
            }
        }
    }

    /**
     * Whether the person marked {@code file} read-only: it exists and nobody may write it. Checked
     * on the permissions, not by trying, because the atomic move would replace a read-only file
     * (only the folder's permission counts for that), and an administrator may write anything.
     */
    private static boolean isReadOnly(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null) {
            try {
                Set<PosixFilePermission> p = view.readAttributes().permissions();
                return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                        && !p.contains(PosixFilePermission.OTHERS_WRITE);
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return !Files.isWritable(file);
    }

    /** After a failed save: whether the disk lacks room for {@code needed} bytes (and a little more). */
    private static boolean outOfSpace(Path folder, long needed) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < needed + 4096;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String unchanged(Path file) {
        return Files.exists(file) ? " The file on disk is unchanged." : "";
    }

    /** The name a dialog or the title shows for {@code file}. */
    public static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * A new empty file next to the target. Not {@link Files#createTempFile}: that one is private
     * to the owner, and the moved file would keep those permissions.
     */
    private static Path createTempFile(Path folder, String targetName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + targetName + "." + Long.toHexString(
                    ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // Keeping the default permissions is acceptable; losing the text is not.
        }
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A message fit for a learner: the system's own sentence, not a Java class name or a path dump. */
    private static boolean isPlainWords(String reason) {
        return reason.length() < 120 && !reason.contains("Exception") && !reason.contains("java.")
                && !reason.contains("/") && !reason.contains("\\");
    }

    private static String describe(String verb, String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return verb.equals("open")
                    ? name + " does not exist (it may have been moved or deleted)."
                    : "The folder for " + name + " does not exist, so it was not saved.";
        }
        if (e instanceof AccessDeniedException) {
            return verb.equals("open")
                    ? "You do not have permission to read " + name + "."
                    : "You do not have permission to save " + name + " in that folder.";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            // The reason is the operating system's own wording, e.g. "Read-only file system".
            return "Could not " + verb + " " + name + ": " + fse.getReason() + ".";
        }
        String reason = e.getMessage();
        if (reason != null && isPlainWords(reason)) {
            // A write that fails midway reports the system's wording, e.g. "No space left on device".
            return "Could not " + verb + " " + name + ": " + reason + ".";
        }
        return "Could not " + verb + " " + name + ".";
    }
}
