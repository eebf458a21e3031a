/**
 * The main window: its view model ({@link dev.coroscope.app.main.MainWindowViewModel}: title, zoom,
 * theme, caret position, closing), the visualizer's view models wired to one run session
 * ({@link dev.coroscope.app.main.Visualizer}), the view that lays out every panel and catches the
 * playback keys ({@link dev.coroscope.app.main.MainWindowView}) and
 * {@link dev.coroscope.app.main.MainWindow}, which puts them on a stage with the engine adapter.
 */
package dev.coroscope.app.main;
