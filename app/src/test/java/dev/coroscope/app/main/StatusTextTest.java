package dev.coroscope.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The status bar speaks of the whole recorded run, never as if it were the current step. */
class StatusTextTest {

    @Test
    void a_finished_run_is_marked_as_the_whole_runs_ending() {
        assertEquals("Whole run: the program finished.", MainWindowView.statusText("", "The program finished.", false));
    }

    @Test
    void the_files_state_comes_first() {
        assertEquals("Saved  \u00b7  Whole run: the program ended with ZeroDivisionError: division by zero at line 3.",
                MainWindowView.statusText("Saved",
                        "The program ended with ZeroDivisionError: division by zero at line 3.", false));
    }

    @Test
    void a_run_in_progress_says_so_unchanged() {
        assertEquals("Running\u2026", MainWindowView.statusText("", "Running\u2026", true));
    }

    @Test
    void no_run_message_leaves_the_files_state_alone() {
        assertEquals("Saved", MainWindowView.statusText("Saved", "", false));
        assertEquals("", MainWindowView.statusText("", "", false));
    }
}
