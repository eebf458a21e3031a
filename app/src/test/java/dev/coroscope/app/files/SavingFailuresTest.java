package dev.coroscope.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import dev.coroscope.app.editor.EditorViewModel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that cannot happen (disk full, read-only file or folder) never truncates the file and
 * says why in plain words; the editor keeps the unsaved text and says so too.
 */
class SavingFailuresTest {
    @TempDir
    Path folder;

    /** A 64 KB disk, nearly full. */
    private static FileSystem smallDisk() throws Exception {
        FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(1024).setMaxSize(64 * 1024).setAttributeViews("basic", "posix").build());
        Files.createDirectories(fs.getPath("/work"));
        Files.write(fs.getPath("/work/filler.bin"), new byte[58 * 1024]);
        return fs;
    }

    @Test
    void a_save_on_a_full_disk_leaves_the_file_as_it_was_and_says_the_disk_is_full() throws Exception {
        try (FileSystem fs = smallDisk()) {
            Path file = fs.getPath("/work/demo.py");
            Files.writeString(file, "print('safe')\n");
            String big = "x = 1\n".repeat(2000);
            SourceFileException e = assertThrows(SourceFileException.class, () -> SourceFiles.write(file, big, false));
            assertEquals("There is not enough free space on the disk to save demo.py, so it was not saved."
                    + " The file on disk is unchanged.", e.getMessage());
            assertEquals("print('safe')\n", Files.readString(file));
            assertEquals(List.of(fs.getPath("/work/demo.py"), fs.getPath("/work/filler.bin")), filesIn(fs.getPath("/work")));
        }
    }

    @Test
    void a_read_only_file_is_not_replaced_and_the_message_says_so() throws Exception {
        Path file = folder.resolve("demo.py");
        Files.writeString(file, "print('safe')\n");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        SourceFileException e = assertThrows(SourceFileException.class,
                () -> SourceFiles.write(file, "print('changed')\n", false));
        assertEquals("demo.py is read-only, so it was not saved. Use Save As to keep your changes under another name.",
                e.getMessage());
        assertEquals("print('safe')\n", Files.readString(file));
        assertEquals(List.of(file), filesIn(folder));
    }

    @Test
    void a_read_only_folder_refuses_the_save_in_plain_words() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("locked"));
        Path file = sub.resolve("demo.py");
        Files.writeString(file, "print('safe')\n");
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"));
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // An administrator may write into any folder: then there is no failure to test.
            assumeTrue(!Files.isWritable(sub), "running with rights that ignore folder permissions");
            SourceFileException e = assertThrows(SourceFileException.class,
                    () -> SourceFiles.write(file, "print('changed')\n", false));
            assertEquals("You do not have permission to save demo.py in that folder. The file on disk is unchanged.",
                    e.getMessage());
            assertEquals("print('safe')\n", Files.readString(file));
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void the_editor_keeps_the_unsaved_text_and_shows_why_the_save_failed() throws Exception {
        try (FileSystem fs = smallDisk()) {
            Path file = fs.getPath("/work/demo.py");
            Files.writeString(file, "print('safe')\n");
            ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
            EditorViewModel editor = new EditorViewModel(dialogs);
            assertTrue(editor.openFile(file));
            editor.setText("x = 1\n".repeat(2000));
            assertFalse(editor.save());
            assertTrue(editor.isModified());
            assertEquals(List.of("Could not save the file: There is not enough free space on the disk to save demo.py,"
                    + " so it was not saved. The file on disk is unchanged."), dialogs.errors);
            assertEquals("print('safe')\n", Files.readString(file));
        }
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
