/**
 * The code pane: the Python editor's pure text functions ({@link
 * dev.coroscope.app.editor.PythonHighlighter} for syntax colours, {@link
 * dev.coroscope.app.editor.Indentation} for Tab and Enter), the document's view model ({@link
 * dev.coroscope.app.editor.EditorViewModel}: text, file, open and save), the marks the visualizer
 * puts on the code ({@link dev.coroscope.app.editor.CodePaneViewModel}: executing line, task
 * markers, breakpoints, the error) and the views ({@link dev.coroscope.app.editor.CodeEditorView},
 * a RichTextFX {@code CodeArea}; {@link dev.coroscope.app.editor.CodePaneView} with its gutter).
 */
package dev.coroscope.app.editor;
