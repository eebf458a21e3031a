package dev.coroscope.app.theme;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's colour and badge, the same in every panel (card, code-pane marker, conveyor handle,
 * timer, scrubber mark). The colour is the task's creation index modulo {@link #PALETTE_SIZE}; it
 * reaches the stylesheet as a style class ({@code task-color-N}) that sets the looked-up colour
 * {@code -cs-task} from the theme's {@code -cs-task-N}. Colour is never the only signal: the badge
 * (the task's number, or the start of its name) goes with it.
 */
public final class TaskColors {
    /** Distinct task colours each theme defines ({@code -cs-task-0 .. -cs-task-7}). */
    public static final int PALETTE_SIZE = 8;
    /** The style class of nodes that belong to no task (module code, plain callbacks). */
    public static final String NO_TASK = "task-color-none";
    private static final Pattern DEFAULT_NAME = Pattern.compile("Task-(\\d+)");

    private TaskColors() {
    }

    /** The style class for the task created {@code index}-th (0-based), or {@link #NO_TASK} for a negative index. */
    public static String styleClass(int index) {
        return index < 0 ? NO_TASK : "task-color-" + (index % PALETTE_SIZE);
    }

    /**
     * Gives {@code node} the colour of task {@code colorIndex} (-1: no task), replacing its colour
     * class in place: one change to its style classes, so it restyles once (and not at all when the
     * colour stays).
     */
    public static void apply(javafx.scene.Node node, int colorIndex) {
        String wanted = styleClass(colorIndex);
        javafx.collections.ObservableList<String> classes = node.getStyleClass();
        if (classes.contains(wanted)) {
            return;
        }
        for (int i = 0; i < classes.size(); i++) {
            if (classes.get(i).startsWith("task-color-")) {
                classes.set(i, wanted);
                return;
            }
        }
        classes.add(wanted);
    }

    /** Every colour style class, to remove before adding the current one. */
    public static String[] allStyleClasses() {
        String[] all = new String[PALETTE_SIZE + 1];
        for (int i = 0; i < PALETTE_SIZE; i++) {
            all[i] = styleClass(i);
        }
        all[PALETTE_SIZE] = NO_TASK;
        return all;
    }

    /** The badge of a task: {@code 2} for {@code Task-2}, else the first three characters of its name. */
    public static String badge(String taskName) {
        if (taskName == null || taskName.isEmpty()) {
            return "";
        }
        Matcher m = DEFAULT_NAME.matcher(taskName);
        if (m.matches()) {
            return m.group(1);
        }
        return taskName.length() <= 3 ? taskName : taskName.substring(0, 3);
    }
}
