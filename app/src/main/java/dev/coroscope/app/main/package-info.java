/**
 * The main window: its view model ({@link dev.coroscope.app.main.MainWindowViewModel}: title, zoom,
 * caret position, closing), its view ({@link dev.coroscope.app.main.MainWindowView}: menu bar,
 * editor, status bar) and {@link dev.coroscope.app.main.MainWindow}, which puts them on a stage.
 */
package dev.coroscope.app.main;
