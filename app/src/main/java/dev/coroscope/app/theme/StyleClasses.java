package dev.coroscope.app.theme;

/**
 * Every CSS style-class name the app puts on a node, in one place, so that views and the
 * stylesheets in {@code assets} agree on a single spelling. A stylesheet rule for a name that is
 * not listed here is dead; a name listed here without a rule renders with the defaults.
 */
public final class StyleClasses {

    private StyleClasses() {
    }

    /** The main window's root pane. */
    public static final String MAIN_WINDOW = "main-window";
    /** The bar of status items at the bottom of the main window. */
    public static final String STATUS_BAR = "status-bar";
    /** The caret position label in the status bar. */
    public static final String CARET_POSITION = "caret-position";
    /** The zoom label in the status bar. */
    public static final String ZOOM_LEVEL = "zoom-level";

    /** The Python code editor (a RichTextFX {@code CodeArea}). */
    public static final String CODE_EDITOR = "code-editor";

    // Syntax classes, set on text spans by the highlighter.
    /** A Python keyword other than {@code async} and {@code await}. */
    public static final String SYNTAX_KEYWORD = "syntax-keyword";
    /** {@code async} or {@code await}: the words Coroscope teaches, so they stand out. */
    public static final String SYNTAX_ASYNC = "syntax-async";
    /** {@code True}, {@code False}, {@code None}. */
    public static final String SYNTAX_CONSTANT = "syntax-constant";
    /** A name of a built-in function or type, such as {@code print}. */
    public static final String SYNTAX_BUILTIN = "syntax-builtin";
    /** The name introduced by {@code def} or {@code class}. */
    public static final String SYNTAX_DEFINITION = "syntax-definition";
    /** A string literal, including its prefix and quotes. */
    public static final String SYNTAX_STRING = "syntax-string";
    /** A number literal. */
    public static final String SYNTAX_NUMBER = "syntax-number";
    /** A comment, from {@code #} to the end of the line. */
    public static final String SYNTAX_COMMENT = "syntax-comment";
    /** A decorator line's {@code @name}. */
    public static final String SYNTAX_DECORATOR = "syntax-decorator";

    // The visualizer.
    /** The narration line across the top of the window. */
    public static final String NARRATION = "narration";
    /** The narration's sentence. */
    public static final String NARRATION_TEXT = "narration-text";
    /** A panel: a titled area of the window (board, loop, inspector, console). */
    public static final String PANEL = "panel";
    /** A panel's title. */
    public static final String PANEL_TITLE = "panel-title";
    /** A short line of secondary text under a panel's title. */
    public static final String PANEL_NOTE = "panel-note";
    /** A small round badge in a task's colour with its number. */
    public static final String TASK_BADGE = "task-badge";

    /** The task board (a scrolling flow of cards). */
    public static final String TASK_BOARD = "task-board";
    /** A task card (the control); its pseudo-classes are :running, :suspended, :done and the states. */
    public static final String TASK_CARD = "task-card";
    /** The task's name on its card. */
    public static final String TASK_NAME = "task-name";
    /** The state word (RUNNING, WAITING, ...) with its icon. */
    public static final String TASK_STATE = "task-state";
    /** A line of detail on a card (coroutine, waits on, result). */
    public static final String TASK_DETAIL = "task-detail";
    /** The await chain on a card. */
    public static final String AWAIT_CHAIN = "await-chain";
    /** A coroutine in an await chain (a link to the inspector). */
    public static final String CHAIN_LINK = "chain-link";
    /** The lamp of a flag (cr_running, cr_suspended); :on when the flag is True. */
    public static final String LAMP = "lamp";
    /** The ring that flashes when a task is woken. */
    public static final String PULSE_RING = "pulse-ring";

    /** The event-loop view. */
    public static final String EVENT_LOOP = "event-loop";
    /** The ready queue's conveyor (the control). */
    public static final String CONVEYOR = "conveyor";
    /** A handle riding the conveyor; :this-iteration when it runs in the current iteration. */
    public static final String HANDLE_CHIP = "handle-chip";
    /** The timer heap's list. */
    public static final String TIMER_HEAP = "timer-heap";
    /** One timer in the heap. */
    public static final String TIMER_ROW = "timer-row";
    /** The virtual clock (the control). */
    public static final String VIRTUAL_CLOCK = "virtual-clock";
    /** The clock's time in large digits. */
    public static final String CLOCK_TIME = "clock-time";
    /** The loop iteration counter. */
    public static final String LOOP_ITERATION = "loop-iteration";

    /** The inspector panel. */
    public static final String INSPECTOR = "inspector";
    /** An expression in the inspector (e.g. {@code cr_running}). */
    public static final String INSPECTOR_EXPR = "inspector-expr";
    /** Its value as Python prints it. */
    public static final String INSPECTOR_VALUE = "inspector-value";

    /** The console (a read-only text area). */
    public static final String CONSOLE = "console";
    /** Text the program wrote to stdout. */
    public static final String CONSOLE_STDOUT = "console-stdout";
    /** Text the program wrote to stderr. */
    public static final String CONSOLE_STDERR = "console-stderr";

    /** The playback bar. */
    public static final String PLAYBACK_BAR = "playback-bar";
    /** The scrubber with its task-switch marks. */
    public static final String SCRUBBER = "scrubber";
    /** A task-switch mark on the scrubber. */
    public static final String SCRUB_MARK = "scrub-mark";
    /** The Stop button, shown while the engine runs. */
    public static final String STOP_BUTTON = "stop-button";

    // Code pane marks.
    /** The gutter of one line: number, breakpoint, task markers. */
    public static final String GUTTER = "gutter";
    /** The line number in the gutter. */
    public static final String LINE_NUMBER = "line-number";
    /** The breakpoint dot; :set when the line has one. */
    public static final String BREAKPOINT = "breakpoint";
    /** A task's marker in the gutter (its badge in its colour); :running for the running task. */
    public static final String TASK_MARKER = "task-marker";
    /** The paragraph being executed. */
    public static final String EXECUTING_LINE = "executing-line";
    /** The paragraph of the program's error. */
    public static final String ERROR_LINE = "error-line";
    /** The error banner under the code. */
    public static final String ERROR_BANNER = "error-banner";

    // Icons (see Icons).
    /** Any icon region. */
    public static final String ICON = "icon";
    public static final String ICON_RUNNING = "icon-running";
    public static final String ICON_READY = "icon-ready";
    public static final String ICON_WAITING = "icon-waiting";
    public static final String ICON_DONE = "icon-done";
    public static final String ICON_FAILED = "icon-failed";
    public static final String ICON_CANCELLED = "icon-cancelled";
    public static final String ICON_PLAY = "icon-play";
    public static final String ICON_PAUSE = "icon-pause";
    public static final String ICON_STOP = "icon-stop";
    public static final String ICON_STEP = "icon-step";
    public static final String ICON_STEP_BACK = "icon-step-back";
    public static final String ICON_STEP_OVER = "icon-step-over";
    public static final String ICON_STEP_INTO = "icon-step-into";
    public static final String ICON_STEP_OUT = "icon-step-out";
    public static final String ICON_RESTART = "icon-restart";
    public static final String ICON_ERROR = "icon-error";
    public static final String ICON_CLOCK = "icon-clock";
}
