package dev.coroscope.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lessons packaged with Coroscope, as the app loads them. */
class LessonCatalogTest {
    static final Path SOURCES = Path.of("src/main/resources", LessonLoader.ROOT);
    static final LessonCatalog CATALOG = LessonLoader.fromClasspath();

    @Test
    void every_packaged_lesson_loads_and_validates() {
        assertEquals("", CATALOG.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        assertEquals(indexEntries().size(), CATALOG.lessons().size());
    }

    @Test
    void the_index_lists_exactly_the_lesson_folders() throws IOException {
        TreeSet<String> folders = new TreeSet<>();
        try (Stream<Path> children = Files.list(SOURCES)) {
            children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(folders::add);
        }
        List<String> indexed = indexEntries();
        List<String> missing = new ArrayList<>(folders);
        missing.removeAll(indexed);
        List<String> absent = new ArrayList<>(indexed);
        absent.removeAll(folders);
        assertEquals(List.of(), missing, "folders missing from index.txt");
        assertEquals(List.of(), absent, "index.txt entries without a folder");
    }

    @Test
    void the_course_opens_on_the_first_lesson() {
        assertEquals("01-hello-coroutine", CATALOG.first().orElseThrow().id());
    }

    @Test
    void there_are_enough_lessons_and_each_asks_at_least_two_questions() {
        assertTrue(CATALOG.lessons().size() >= 25, "only " + CATALOG.lessons().size() + " lessons");
        for (Lesson lesson : CATALOG.lessons()) {
            assertTrue(lesson.questions().size() >= 2, lesson.id() + " asks " + lesson.questions().size());
        }
    }

    private static List<String> indexEntries() {
        List<Problem> problems = new ArrayList<>();
        List<String> ids = LessonLoader.index(LessonSource.directory(SOURCES), problems);
        assertEquals(List.of(), problems);
        return ids;
    }
}
