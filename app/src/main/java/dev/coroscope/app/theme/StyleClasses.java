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
}
