/**
 * Python source files on disk: reading and atomic writing ({@link
 * dev.coroscope.app.files.SourceFiles}), the plain-words failure they report ({@link
 * dev.coroscope.app.files.SourceFileException}), and the dialogs a view model asks through ({@link
 * dev.coroscope.app.files.FileDialogs}, implemented with JavaFX by {@link
 * dev.coroscope.app.files.FxFileDialogs}).
 */
package dev.coroscope.app.files;
