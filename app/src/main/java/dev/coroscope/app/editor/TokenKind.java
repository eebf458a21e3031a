package dev.coroscope.app.editor;

import dev.coroscope.app.theme.StyleClasses;

/** The kinds of highlighted text, each with the style class its spans get. */
public enum TokenKind {
    KEYWORD(StyleClasses.SYNTAX_KEYWORD),
    ASYNC_KEYWORD(StyleClasses.SYNTAX_ASYNC),
    CONSTANT(StyleClasses.SYNTAX_CONSTANT),
    BUILTIN(StyleClasses.SYNTAX_BUILTIN),
    DEFINITION(StyleClasses.SYNTAX_DEFINITION),
    STRING(StyleClasses.SYNTAX_STRING),
    NUMBER(StyleClasses.SYNTAX_NUMBER),
    COMMENT(StyleClasses.SYNTAX_COMMENT),
    DECORATOR(StyleClasses.SYNTAX_DECORATOR);

    private final String styleClass;

    TokenKind(String styleClass) {
        this.styleClass = styleClass;
    }

    public String styleClass() {
        return styleClass;
    }
}
