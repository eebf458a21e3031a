package dev.coroscope.app.autosave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveStoreTest {
    @TempDir
    Path home;

    @Test
    void a_lesson_copy_reads_back_and_is_gone_after_delete() throws Exception {
        AutosaveStore store = new AutosaveStore(home);
        assertEquals(Optional.empty(), store.readLesson("01-hello-coroutine"));
        store.writeLesson("01-hello-coroutine", "print('mine')\n");
        assertEquals(Optional.of("print('mine')\n"), store.readLesson("01-hello-coroutine"));
        assertEquals(home.resolve("autosave/lessons/01-hello-coroutine.py"), store.lessonCopy("01-hello-coroutine"));
        store.deleteLesson("01-hello-coroutine");
        assertEquals(Optional.empty(), store.readLesson("01-hello-coroutine"));
        store.deleteLesson("01-hello-coroutine");
    }

    @Test
    void a_recovery_copy_is_kept_beside_the_path_it_belongs_to_and_never_in_the_file() throws Exception {
        AutosaveStore store = new AutosaveStore(home);
        Path file = home.resolve("work/demo.py");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "saved\n");
        store.writeRecovery(file, "unsaved\n");

        AutosaveStore.Recovery r = store.readRecovery(file).orElseThrow();
        assertEquals("unsaved\n", r.text());
        assertEquals(file.toAbsolutePath().normalize(), r.file());
        assertEquals("saved\n", Files.readString(file));
        Path copy = store.recoveryCopy(file);
        assertTrue(copy.startsWith(home.resolve("autosave/files")), copy.toString());
        assertEquals(file.toAbsolutePath().normalize().toString(),
                Files.readString(copy.resolveSibling(copy.getFileName().toString().replaceAll("\\.py$", ".path"))));

        store.deleteRecovery(file);
        assertEquals(Optional.empty(), store.readRecovery(file));
        assertEquals(List.of(), list(home.resolve("autosave/files")));
    }

    @Test
    void two_files_with_the_same_name_in_different_folders_get_different_copies() {
        AutosaveStore store = new AutosaveStore(home);
        Path a = store.recoveryCopy(home.resolve("a/demo.py"));
        Path b = store.recoveryCopy(home.resolve("b/demo.py"));
        assertNotEquals(a, b);
        assertEquals(a, store.recoveryCopy(home.resolve("a/../a/demo.py")));
    }

    @Test
    void writing_leaves_no_temporary_file_behind() throws Exception {
        AutosaveStore store = new AutosaveStore(home);
        for (int i = 0; i < 5; i++) {
            store.writeLesson("02-await", "x = " + i + "\n");
        }
        assertEquals(List.of(home.resolve("autosave/lessons/02-await.py")), list(home.resolve("autosave/lessons")));
    }

    @Test
    void a_lesson_id_that_could_escape_the_folder_is_refused() {
        AutosaveStore store = new AutosaveStore(home);
        assertThrows(IllegalArgumentException.class, () -> store.lessonCopy("../evil"));
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
