package dev.coroscope.app.lessons;

import dev.coroscope.app.autosave.AutosaveStore;
import dev.coroscope.app.autosave.EditorAutosave;
import dev.coroscope.app.autosave.ManualIoThread;
import dev.coroscope.app.editor.EditorViewModel;
import dev.coroscope.app.files.ScriptedFileDialogs;
import dev.coroscope.lessons.LessonCatalog;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The lesson browser wired as the app wires it, without a toolkit: a real editor view model, the
 * autosave over a folder, the progress store; the FX queue and the disk thread are run by {@link
 * #settle()}. A second fixture over the same folder is the app's next start.
 */
final class LessonFixture {
    final Path home;
    final LessonCatalog catalog;
    final ScriptedFileDialogs files = new ScriptedFileDialogs();
    final ScriptedLessonDialogs dialogs = new ScriptedLessonDialogs();
    final EditorViewModel editor = new EditorViewModel(files);
    final ManualIoThread io = new ManualIoThread();
    final Deque<Runnable> fxQueue = new ArrayDeque<>();
    final List<String> problems = new ArrayList<>();
    final EditorAutosave autosave;
    final LessonBrowserViewModel browser;

    LessonFixture(Path home, LessonCatalog catalog) {
        this.home = home;
        this.catalog = catalog;
        autosave = new EditorAutosave(editor, new AutosaveStore(home), io, dialogs, fxQueue::add);
        ProgressStore store = new ProgressStore(home, io, problems::add);
        browser = new LessonBrowserViewModel(catalog, editor, autosave, store, dialogs);
    }

    /** Lets the FX queue and then the disk thread catch up, as time passing would. */
    void settle() {
        do {
            while (!fxQueue.isEmpty()) {
                fxQueue.remove().run();
            }
            io.runScheduled();
        } while (!fxQueue.isEmpty());
    }

    /** Types {@code text} as the new content of the editor (the view does this on each keystroke). */
    void type(String text) {
        editor.setText(text);
    }
}
