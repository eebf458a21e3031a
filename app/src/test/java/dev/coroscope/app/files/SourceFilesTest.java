package dev.coroscope.app.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path folder;

    @Test
    void written_text_reads_back_unchanged() throws Exception {
        Path file = folder.resolve("demo.py");
        String text = "async def main():\n    print('héllo ✓')\n";
        SourceFiles.write(file, text, false);
        SourceFiles.Loaded loaded = SourceFiles.read(file);
        assertEquals(text, loaded.text());
        assertFalse(loaded.windowsLineBreaks());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void saving_replaces_the_old_content_and_leaves_no_temporary_file() throws Exception {
        Path file = folder.resolve("demo.py");
        Files.writeString(file, "old content that is longer than the new one\n");
        SourceFiles.write(file, "new\n", false);
        assertEquals("new\n", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void a_failed_save_leaves_the_original_file_intact() throws Exception {
        Path file = folder.resolve("demo.py");
        Files.writeString(file, "print('safe')\n");
        // A lone surrogate cannot be encoded in UTF-8, so this save fails after the file was chosen.
        SourceFileException e = assertThrows(SourceFileException.class,
                () -> SourceFiles.write(file, "print('\uD800')\n", false));
        assertTrue(e.getMessage().contains("demo.py was not saved"), e.getMessage());
        assertEquals("print('safe')\n", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void a_save_into_a_missing_folder_fails_in_plain_words_and_cleans_up() {
        Path file = folder.resolve("missing").resolve("demo.py");
        SourceFileException e = assertThrows(SourceFileException.class,
                () -> SourceFiles.write(file, "x = 1\n", false));
        assertEquals("The folder for demo.py does not exist, so it was not saved.", e.getMessage());
    }

    @Test
    void saving_keeps_the_permissions_of_the_file_it_replaces() throws Exception {
        Path file = folder.resolve("demo.py");
        Files.writeString(file, "x = 1\n");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-r-----");
            Files.setPosixFilePermissions(file, permissions);
            SourceFiles.write(file, "x = 2\n", false);
            assertEquals(permissions, Files.getPosixFilePermissions(file));
        }
    }

    @Test
    void windows_line_breaks_are_read_as_newlines_and_written_back_as_they_were() throws Exception {
        Path file = folder.resolve("win.py");
        Files.write(file, "a = 1\r\nb = 2\r\n".getBytes(StandardCharsets.UTF_8));
        SourceFiles.Loaded loaded = SourceFiles.read(file);
        assertEquals("a = 1\nb = 2\n", loaded.text());
        assertTrue(loaded.windowsLineBreaks());
        SourceFiles.write(file, loaded.text() + "c = 3\n", loaded.windowsLineBreaks());
        assertEquals("a = 1\r\nb = 2\r\nc = 3\r\n", Files.readString(file));
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_text() throws Exception {
        Path file = folder.resolve("bom.py");
        Files.write(file, "\uFEFFx = 1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("x = 1\n", SourceFiles.read(file).text());
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_in_plain_words() throws Exception {
        Path file = folder.resolve("latin1.py");
        Files.write(file, new byte[] {'x', '=', (byte) 0xE9, '\n'});
        SourceFileException e = assertThrows(SourceFileException.class, () -> SourceFiles.read(file));
        assertEquals("latin1.py is not a UTF-8 text file, so it cannot be opened.", e.getMessage());
    }

    @Test
    void a_missing_file_is_reported_in_plain_words() {
        SourceFileException e = assertThrows(SourceFileException.class,
                () -> SourceFiles.read(folder.resolve("gone.py")));
        assertEquals("gone.py does not exist (it may have been moved or deleted).", e.getMessage());
    }

    @Test
    void a_file_over_the_size_limit_is_refused() throws Exception {
        Path file = folder.resolve("big.py");
        Files.write(file, new byte[(int) SourceFiles.MAX_BYTES + 1]);
        SourceFileException e = assertThrows(SourceFileException.class, () -> SourceFiles.read(file));
        assertTrue(e.getMessage().startsWith("big.py is larger than 1 MB"), e.getMessage());
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
