/**
 * The Python code editor: the pure text functions it is built on ({@link
 * dev.coroscope.app.editor.PythonHighlighter} for syntax colours, {@link
 * dev.coroscope.app.editor.Indentation} for Tab and Enter), its view model ({@link
 * dev.coroscope.app.editor.EditorViewModel}: the document, its file, open and save) and its view
 * ({@link dev.coroscope.app.editor.CodeEditorView}, a RichTextFX {@code CodeArea}).
 */
package dev.coroscope.app.editor;
