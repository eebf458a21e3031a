package dev.coroscope.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coroscope.app.files.FileDialogs.UnsavedChanges;
import dev.coroscope.lessons.Lesson;
import dev.coroscope.lessons.LessonCatalog;
import dev.coroscope.lessons.LessonLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lesson browser over the packaged lessons, and the progress it remembers between runs. */
class LessonBrowserViewModelTest {
    static final LessonCatalog CATALOG = LessonLoader.fromClasspath();

    @TempDir
    Path home;
    @TempDir
    Path work;

    private Lesson lesson(int index) {
        return CATALOG.lessons().get(index);
    }

    private LessonFixture started() {
        LessonFixture f = new LessonFixture(home, CATALOG);
        f.browser.start();
        f.settle();
        return f;
    }

    @Test
    void the_packaged_lessons_are_listed_in_order_with_no_progress_at_first() {
        LessonFixture f = new LessonFixture(home, CATALOG);
        assertEquals(CATALOG.lessons().size(), f.browser.items().size());
        assertTrue(CATALOG.lessons().size() >= 30, "the course has at least 30 lessons");
        assertEquals("01", f.browser.items().get(0).number());
        assertEquals(lesson(0).title(), f.browser.items().get(0).title());
        assertTrue(f.browser.items().stream().allMatch(i -> i.getStatus() == LessonItem.Status.NOT_STARTED));
        assertEquals("not started", f.browser.items().get(5).getStatusText());
    }

    @Test
    void the_first_start_opens_the_first_lesson_with_its_example() {
        LessonFixture f = started();
        assertEquals(lesson(0), f.browser.getLesson());
        assertEquals(lesson(0).example(), f.editor.getText());
        assertTrue(f.browser.isLessonInEditor());
        assertFalse(f.browser.isEdited());
        assertTrue(f.editor.isKept());
        assertEquals("Lesson 1 of " + CATALOG.lessons().size(), f.browser.positionProperty().get());
        assertFalse(f.browser.hasPreviousProperty().get());
        assertTrue(f.browser.hasNextProperty().get());
        assertEquals(LessonItem.Status.OPENED, f.browser.items().get(0).getStatus());
        assertTrue(f.browser.items().get(0).currentProperty().get());
    }

    @Test
    void opening_lesson_two_shows_its_example_and_next_and_previous_walk_the_list() {
        LessonFixture f = started();
        assertTrue(f.browser.open(lesson(1).id()));
        assertEquals(lesson(1).example(), f.editor.getText());
        assertEquals("Lesson 2 of " + CATALOG.lessons().size(), f.browser.positionProperty().get());
        f.browser.next();
        assertEquals(lesson(2), f.browser.getLesson());
        f.browser.previous();
        f.browser.previous();
        assertEquals(lesson(0), f.browser.getLesson());
        f.browser.previous();
        assertEquals(lesson(0), f.browser.getLesson(), "no lesson before the first");
        assertFalse(f.browser.items().get(1).currentProperty().get());
    }

    @Test
    void edits_to_a_lesson_are_kept_and_shown_again_without_asking() {
        LessonFixture f = started();
        String mine = lesson(0).example().replace("\"Ada\"", "\"Grace\"");
        f.type(mine);
        assertTrue(f.browser.isEdited());
        assertFalse(f.editor.isModified(), "nothing unsaved: the edit is kept");
        f.browser.next();
        f.settle();
        assertEquals(lesson(1).example(), f.editor.getText());
        assertTrue(f.browser.items().get(0).editedProperty().get());
        f.browser.previous();
        assertEquals(mine, f.editor.getText());
        assertTrue(f.browser.isEdited());
        assertEquals(List.of(), f.files.unsavedQuestions, "switching lessons never asks");
    }

    @Test
    void reset_example_asks_first_and_puts_the_shipped_example_back() {
        LessonFixture f = started();
        String mine = lesson(0).example() + "# mine\n";
        f.type(mine);
        f.dialogs.answerReset(false);
        f.browser.resetExample();
        assertEquals(mine, f.editor.getText(), "cancelled");
        f.dialogs.answerReset(true);
        f.browser.resetExample();
        assertEquals(lesson(0).example(), f.editor.getText());
        assertFalse(f.browser.isEdited());
        assertEquals(List.of(lesson(0).title(), lesson(0).title()), f.dialogs.resetQuestions);
        f.settle();
        assertTrue(f.autosave.editedLesson(lesson(0).id()).isEmpty(), "the kept edit is forgotten");
    }

    @Test
    void reset_example_of_an_unedited_lesson_asks_nothing() {
        LessonFixture f = started();
        f.browser.resetExample();
        assertEquals(lesson(0).example(), f.editor.getText());
        assertEquals(List.of(), f.dialogs.resetQuestions);
    }

    @Test
    void answers_and_completion_are_remembered_between_runs() {
        LessonFixture f = started();
        Lesson l = lesson(0);
        f.browser.answered(l.questions().get(0).id(), 1, true);
        assertEquals("1 of " + l.questions().size() + " answered", f.browser.items().get(0).getStatusText());
        for (int i = 1; i < l.questions().size(); i++) {
            f.browser.answered(l.questions().get(i).id(), 0, false);
        }
        assertEquals(LessonItem.Status.COMPLETED, f.browser.items().get(0).getStatus());
        assertEquals("done: 1 of " + l.questions().size() + " right", f.browser.items().get(0).getStatusText());
        f.browser.open(lesson(3).id());
        f.settle();

        LessonFixture again = started();
        assertEquals(lesson(3), again.browser.getLesson(), "continues where the learner was");
        assertEquals(LessonItem.Status.COMPLETED, again.browser.items().get(0).getStatus());
        assertEquals(LessonItem.Status.OPENED, again.browser.items().get(3).getStatus());
        assertEquals(LessonItem.Status.NOT_STARTED, again.browser.items().get(1).getStatus());
        assertEquals(new Progress.Answer(1, true),
                again.browser.progress().lesson(l.id()).answers().get(l.questions().get(0).id()));
    }

    @Test
    void a_lesson_edit_is_shown_at_the_next_start() {
        LessonFixture f = started();
        f.browser.open(lesson(4).id());
        String mine = lesson(4).example() + "# mine\n";
        f.type(mine);
        f.settle();

        LessonFixture again = started();
        assertEquals(lesson(4), again.browser.getLesson());
        assertEquals(mine, again.editor.getText());
        assertTrue(again.browser.isEdited());
    }

    @Test
    void an_opened_file_is_reopened_at_the_next_start_beside_its_lesson() throws Exception {
        LessonFixture f = started();
        f.browser.open(lesson(2).id());
        Path file = work.resolve("mine.py");
        Files.writeString(file, "print('mine')\n");
        assertTrue(f.editor.openFile(file));
        f.settle();
        assertFalse(f.browser.isLessonInEditor());
        assertEquals("The editor shows mine.py, not this lesson's example.", f.browser.editorNoteProperty().get());

        LessonFixture again = started();
        assertEquals(lesson(2), again.browser.getLesson());
        assertEquals(file, again.editor.getFile());
        assertEquals("print('mine')\n", again.editor.getText());
        again.browser.backToLesson();
        assertTrue(again.browser.isLessonInEditor());
        again.settle();

        LessonFixture third = started();
        assertEquals(null, third.editor.getFile(), "back on the lesson: the file is not reopened");
        assertEquals(lesson(2).example(), third.editor.getText());
    }

    @Test
    void opening_a_lesson_over_a_file_with_unsaved_changes_asks_first() throws Exception {
        LessonFixture f = started();
        Path file = work.resolve("mine.py");
        Files.writeString(file, "x = 1\n");
        f.editor.openFile(file);
        f.type("x = 2\n");
        f.files.answerUnsaved(UnsavedChanges.CANCEL);
        assertFalse(f.browser.open(lesson(1).id()));
        assertEquals("x = 2\n", f.editor.getText());
        f.files.answerUnsaved(UnsavedChanges.DISCARD);
        assertTrue(f.browser.open(lesson(1).id()));
        assertEquals(lesson(1).example(), f.editor.getText());
        assertEquals(List.of("mine.py", "mine.py"), f.files.unsavedQuestions);
    }

    @Test
    void the_list_toggles_and_opening_from_it_shows_the_text_again() {
        LessonFixture f = started();
        f.browser.toggleList();
        assertTrue(f.browser.showingListProperty().get());
        f.browser.open(lesson(6).id());
        assertFalse(f.browser.showingListProperty().get());
        assertEquals(lesson(6).example(), f.editor.getText());
    }
}
