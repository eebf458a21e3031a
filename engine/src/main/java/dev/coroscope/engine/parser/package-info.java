/**
 * The parser: tokens to the syntax tree of {@code dev.coroscope.engine.ast}, and syntax errors as
 * CPython 3.11 reports them.
 *
 * <p>Entry points: {@link dev.coroscope.engine.parser.SourceDecoder#decode} (file bytes to text),
 * {@link dev.coroscope.engine.parser.Parser#parse} (text to {@code Ast.Module}). A program that is
 * not valid Python raises {@link dev.coroscope.engine.parser.PySyntaxError}, whose
 * {@link dev.coroscope.engine.parser.SyntaxErrorInfo} renders exactly what {@code python3} prints.
 * {@link dev.coroscope.engine.parser.StringParser} handles string literals and f-strings.
 */
package dev.coroscope.engine.parser;
