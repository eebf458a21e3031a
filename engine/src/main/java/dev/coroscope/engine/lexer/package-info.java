/**
 * The lexer: source text to tokens, as CPython 3.11's tokenizer makes them. {@link
 * dev.coroscope.engine.lexer.Lexer} produces {@link dev.coroscope.engine.lexer.Token}s (INDENT and
 * DEDENT included, positions on every token) over a {@link dev.coroscope.engine.lexer.Source}, and
 * describes a failure as a {@link dev.coroscope.engine.lexer.LexError} for the parser to report.
 */
package dev.coroscope.engine.lexer;
